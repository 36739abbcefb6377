import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/inProcessCli';
import { CORPUS_FILES } from '../../corpus';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
const db = join(dir, 'archive.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const imported = await cli('import', ...CORPUS_FILES, '--db', db);
  expect(imported.code, imported.log).toBe(0);
});

describe('the archive commands', () => {
  it('import reports each file on stderr and a summary on stdout', async () => {
    const again = await cli('import', ...CORPUS_FILES, join(dir, 'missing.pdf'), '--db', db);
    expect(again.code).toBe(1);
    expect(again.log).toMatch(/\[1\/6\] 已存在 .*daning-county-2025\.txt/);
    expect(again.out).toContain('导入完成：新导入 0 份，已存在 5 份，疑似重复 0 份，失败 1 份。');
    expect(again.out).toMatch(/失败：\n {2}.*missing\.pdf：找不到文件/);
  });

  it('search --json prints exactly { total, hits: [{ noticeId, docNumber, title, clause, snippet }] }', async () => {
    const { code, out } = await cli('search', '燃气', '--db', db, '--json', '--limit', '2');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(['total', 'hits']);
    expect(result.total).toBe(5);
    expect(result.hits).toHaveLength(2);
    for (const hit of result.hits) {
      expect(Object.keys(hit)).toEqual(['noticeId', 'docNumber', 'title', 'clause', 'snippet']);
      expect(Object.keys(hit.clause)).toEqual(['number', 'heading']);
      expect(hit.snippet).toContain('【燃气】');
    }
  });

  it('search applies its filters and prints a readable list without --json', async () => {
    const { out } = await cli('search', '安全', '--db', db, '--issuer', '阳泉', '--year', '2025', '--status', 'pending');
    expect(out).toMatch(/^共 1 份公文。/);
    expect(out).toContain('阳政发〔2025〕1号');
    expect(out).toMatch(/条款 .+：/);
  });

  it('search takes hostile text literally', async () => {
    const { code, out } = await cli('search', '"安全" OR (消防*', '--db', db, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).total).toBe(0);
  });

  it("unit lists a unit's tasks by any alias, each namesake under its own jurisdiction's name", async () => {
    const { out } = await cli('unit', '太原市应急局', '--db', db, '--json');
    const result = JSON.parse(out);
    expect(result.units).toEqual(['太原市应急管理局']);
    expect(result.tasks.length).toBeGreaterThan(0);
    expect(result.tasks.every((task: { docNumber: string }) => task.docNumber === '并政发〔2025〕1号')).toBe(true);
    const county = JSON.parse((await cli('unit', '县应急局', '--db', db, '--json')).out);
    expect(county.units).toEqual(expect.arrayContaining(['大宁县应急管理局', '阳城县应急管理局']));
  });

  it('unit marks the tasks it has as a member of a group', async () => {
    const { out } = await cli('unit', '昕水镇', '--db', db);
    expect(out).toMatch(/^昕水镇人民政府：共 \d+ 项任务（其中 \d+ 项经所属群体）。/);
    expect(out).toContain('作为“大宁县各乡镇”成员');
  });

  it('show takes an id or a 文号 and lists the choices when issuers share it', async () => {
    const byNumber = await cli('show', '阳政发〔2025〕1号', '--db', db);
    expect(byNumber.out).toContain('阳泉市人民政府');
    expect(byNumber.out).toContain('晋政发〔2025〕1号：未存档');
    const json = JSON.parse((await cli('show', '1', '--db', db, '--json')).out);
    expect(json.notice.docNumber.text).toBe('大政发〔2025〕1号');
    expect((await cli('show', '阳政发〔2030〕1号', '--db', db)).log).toContain('档案库中没有');
  });

  it('backup and restore round-trip through the command line', async () => {
    const out = join(dir, 'backup.db');
    expect((await cli('backup', '--db', db, '--out', out)).out).toContain('已备份到');
    const restored = await cli('restore', '--db', db, '--from', out);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain('恢复前的档案库已另存为');
  });

  it('answers a missing argument with one Chinese line and exit code 2', async () => {
    for (const argv of [
      ['search', '--db', db],
      ['import', '--db', db],
      ['backup', '--db', db],
      ['restore', '--db', db],
      ['search', 'x', '--db', db, '--limit', 'abc'],
      ['search', 'x', '--db', db, '--status', 'closed'],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.log.split('\n')).toHaveLength(1);
      expect(result.log).toMatch(/^错误：/);
    }
  });

  it('refuses a file that is not an archive database', async () => {
    const notDb = join(dir, 'notice.txt');
    writeFileSync(notDb, '大宁县人民政府文件\n'.repeat(400));
    const result = await cli('search', '燃气', '--db', notDb);
    expect(result.code).toBe(1);
    expect(result.log).toMatch(/^错误：.*不是公文台档案/);
    expect(readFileSync(notDb, 'utf8')).toBe('大宁县人民政府文件\n'.repeat(400));
  });
});
