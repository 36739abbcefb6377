import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../archive/archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

const NOTICE =
  '阳泉市人民政府办公室\n阳政办发〔2025〕7号\n关于做好汛期安全生产工作的通知\n各县（区）人民政府：\n一、县应急局牵头开展汛期检查。\n阳泉市人民政府办公室\n2025年5月6日\n';

async function call<T>(method: string, args: unknown): Promise<T> {
  const result = await t.api(method, args);
  if (!result.ok) throw new Error(result.error);
  return result.value as T;
}

const titles = async () => (await call<{ rows: { title: string }[] }>('archive.listNotices', {})).rows.map((r) => r.title);

describe('backups through the contract', () => {
  it('lists automatic backups and the pre-restore copies apart, and restores either by name', async () => {
    t = tempCore();
    await call('archive.importText', { text: NOTICE });
    const made = await call<{ fileName: string; kind: string }>('backup.create', {});
    expect(made).toMatchObject({ fileName: 'archive-20250506-093000.db', kind: 'automatic' });
    await call('archive.importText', { text: NOTICE.replace('汛期安全生产', '森林防火').replace('7号', '8号') });

    await call('backup.restore', { fileName: made.fileName });
    expect(await titles()).toEqual(['关于做好汛期安全生产工作的通知']);
    const { backups } = await call<{ backups: { fileName: string; kind: string }[] }>('backup.list', {});
    expect(backups.map((b) => [b.fileName, b.kind])).toEqual([
      ['archive-20250506-093000.db', 'automatic'],
      ['before-restore-20250506-093000.db', 'pre-restore'],
    ]);

    // The copy saved before the restore brings back what the restore replaced.
    await call('backup.restore', { fileName: 'before-restore-20250506-093000.db' });
    expect((await titles()).sort()).toEqual(['关于做好森林防火工作的通知', '关于做好汛期安全生产工作的通知']);
  });

  it('restores an uploaded file without leaving it behind, and refuses a bad one in Chinese', async () => {
    t = tempCore();
    await call('archive.importText', { text: NOTICE });
    const made = await call<{ fileName: string }>('backup.create', {});
    const bytes = new Uint8Array(readFileSync(join(t.dir, 'backups', made.fileName)));
    expect(await t.api('backup.restoreFromFile', { fileName: '备份.db', bytes })).toEqual({ ok: true, value: { restored: true } });
    expect(await t.api('backup.restoreFromFile', { fileName: '笔记.db', bytes: new TextEncoder().encode('会议记录') })).toEqual({
      ok: false,
      error: '这不是有效的数据库文件，没有做任何替换。',
    });
    expect(readdirSync(join(t.dir, 'backups')).filter((name) => name.includes('.partial-') || name.startsWith('upload-'))).toEqual([]);
    expect(await titles()).toEqual(['关于做好汛期安全生产工作的通知']);
  });
});
