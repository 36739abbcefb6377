import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { SYNC_FILE_ACCESS, extractFile, extractText, extractTextFromBytes } from '../../../electron/core/import/extractText';
import { FIXTURES_DIR, corpusText } from '../../corpus';
import { noticeDocx } from '../../fixtures/import/noticeDocx';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('extractText', () => {
  it('reads .txt in GB18030 as well as UTF-8', async () => {
    const text = corpusText('yangcheng-county-2024');
    expect(await extractText(file('gbk.txt', iconv.encode(text, 'gb18030')))).toEqual({ ok: true, text, format: 'txt' });
    expect(await extractText(file('utf8.TXT', text))).toEqual({ ok: true, text, format: 'txt' });
  });

  it('reads .docx and .pdf by their extension', async () => {
    const docx = await extractText(file('通知.docx', await noticeDocx()));
    expect(docx).toMatchObject({ ok: true, format: 'docx', text: expect.stringContaining('一、加强组织领导') });
    const pdf = await extractText(join(FIXTURES_DIR, 'import', 'notice.pdf'));
    expect(pdf).toMatchObject({ ok: true, format: 'pdf', text: expect.stringContaining('大宁县人民政府文件') });
  });

  it('explains each file it cannot use, in Chinese', async () => {
    mkdirSync(join(dir, 'folder.txt'));
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.txt'), /^找不到文件/],
      [join(dir, 'folder.txt'), /是文件夹/],
      [file('empty.txt', ''), /^文件是空的$/],
      [file('old.doc', 'x'), /另存为 \.docx/],
      [file('paper.ofd', 'x'), /OFD/],
      [file('sheet.xlsx', 'x'), /不支持“\.xlsx”格式/],
      [file('noext', 'x'), /无扩展名/],
      [file('blank.txt', '   \n\n  '), /没有文字/],
    ];
    for (const [path, reason] of cases) {
      const result = await extractText(path);
      expect(result.ok, path).toBe(false);
      if (!result.ok) expect(result.error, path).toMatch(reason);
      // The import's reader process reads files at once: it explains them the same way.
      expect(await extractFile(path, undefined, SYNC_FILE_ACCESS), path).toEqual(result);
    }
  });

  it('reads a file at once as it reads it asynchronously', async () => {
    const path = file('sync.txt', corpusText('yangcheng-county-2024'));
    expect(await extractFile(path, undefined, SYNC_FILE_ACCESS)).toEqual(await extractFile(path));
  });

  it('refuses more than 20 MB from bytes too (an upload from the UI)', async () => {
    const result = await extractTextFromBytes(new Uint8Array(20 * 1024 * 1024 + 1), 'big.txt');
    expect(result).toEqual({ ok: false, error: '文件超过 20 MB（20.0 MB），不能导入' });
  });
});
