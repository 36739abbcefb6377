import { afterEach, describe, expect, it } from 'vitest';
import type { Registration } from '../../../shared/api/archiveContract';
import { CORPUS_FILES, corpusText } from '../../corpus';
import { tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

async function archiveCorpus() {
  const summary = await t.core.archive.importPaths([...CORPUS_FILES]);
  return summary.outcomes.map((o) => o.noticeId!);
}

describe('收文登记', () => {
  it('numbers arrivals per year in the office\'s pattern', async () => {
    t = tempCore();
    const [first, second] = await archiveCorpus();
    expect(value(t.core.registration.get(first)).registrationNumber).toBe('收〔2025〕1号');
    expect(value(t.core.registration.get(second)).registrationNumber).toBe('收〔2025〕2号');
    value(t.core.registration.setPattern('收文{year}-{n:3}'));
    const next = t.core.archive.importText({ text: corpusText('yangquan-city-2025').replace('市直各单位', '市直各单位，各企业') });
    expect(value(t.core.registration.get(next.noticeId!)).registrationNumber).toBe('收文2025-006');
  });

  it('continues a paper register from a given number', () => {
    t = tempCore();
    value(t.core.registration.setNextSerial(2025, 88));
    const outcome = t.core.archive.importText({ text: corpusText('xiying-town-2021') });
    expect(value(t.core.registration.get(outcome.noticeId!)).registrationNumber).toBe('收〔2025〕88号');
  });

  it('refuses patterns without exactly one {n}', () => {
    t = tempCore();
    expect(t.core.registration.setPattern('收〔{year}〕号')).toEqual({ ok: false, error: '收文编号格式中应有且只有一个{n}（顺序号）。' });
    expect(t.core.registration.setPattern('{n}-{n}').ok).toBe(false);
    expect(t.core.registration.setPattern('收{x}{n}').ok).toBe(false);
  });

  it('saves the form and records each changed field in the history', async () => {
    t = tempCore();
    const [id] = await archiveCorpus();
    const before = value(t.core.registration.get(id));
    const fields: Registration = { ...before, handler: '县应急局', dueDate: '2025-05-20', proposal: '请县应急局牵头办理。', status: 'in_progress' };
    expect(value(t.core.registration.update(id, fields))).toEqual(fields);
    const history = value(t.core.archive.history(id)).entries.slice(1);
    expect(history).toEqual([
      expect.objectContaining({ action: '修改收文登记', field: '办理期限', before: null, after: '2025-05-20' }),
      expect.objectContaining({ field: '承办科室', after: '县应急局' }),
      expect.objectContaining({ field: '拟办意见', after: '请县应急局牵头办理。' }),
      expect.objectContaining({ field: '办理状态', before: '待办', after: '在办' }),
    ]);
    value(t.core.registration.setStatus(id, 'done'));
    expect(value(t.core.archive.history(id)).entries.at(-1)).toMatchObject({ field: '办理状态', before: '在办', after: '办结' });
  });

  it('refuses a 收文编号 another notice holds, a deadline before arrival, and an unknown status', async () => {
    t = tempCore();
    const [a, b] = await archiveCorpus();
    const fields = value(t.core.registration.get(b));
    expect(t.core.registration.update(b, { ...fields, registrationNumber: '收〔2025〕1号' })).toEqual({
      ok: false, error: '收文编号“收〔2025〕1号”已被另一份公文使用。',
    });
    expect(t.core.registration.update(b, { ...fields, dueDate: '2025-01-01' })).toMatchObject({ ok: false, error: expect.stringContaining('办理期限不能早于收文日期') });
    expect(t.core.registration.update(b, { ...fields, status: 'lost' as 'done' }).ok).toBe(false);
    expect(value(t.core.registration.get(a)).registrationNumber).toBe('收〔2025〕1号');
    expect(value(t.core.registration.get(b))).toEqual(fields);
  });

  it('lists every live notice in the register with its registration', async () => {
    t = tempCore();
    const ids = await archiveCorpus();
    value(t.core.archive.delete(ids[0]));
    const rows = t.core.archive.listNotices().rows;
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ status: 'pending', receivedDate: '2025-05-06', possibleDuplicate: false, archivalCode: null });
  });

  it('refuses to change the registration of a notice in the recycle bin', async () => {
    t = tempCore();
    const [id] = await archiveCorpus();
    value(t.core.archive.delete(id));
    expect(t.core.registration.setStatus(id, 'done')).toEqual({ ok: false, error: '找不到这份公文，或它已在回收站中。' });
  });
});

describe('settings changes', () => {
  it('are recorded in the audit log too', () => {
    t = tempCore();
    value(t.core.registration.setPattern('收{year}-{n:4}'));
    value(t.core.registration.setNextSerial(2025, 30));
    value(t.core.filing.updateSettings({ fondsCode: 'Z109' }));
    const rows = t.core.db.prepare("SELECT field, before, after FROM audit_log WHERE action = 'settings' ORDER BY id").all();
    expect(rows).toEqual([
      { field: 'registration.pattern', before: '收〔{year}〕{n}号', after: '收{year}-{n:4}' },
      { field: 'registration.lastSerial.2025', before: '0', after: '29' },
      { field: 'filing.fondsCode', before: null, after: 'Z109' },
    ]);
  });
});
