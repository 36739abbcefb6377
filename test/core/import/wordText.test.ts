import CFB from 'cfb';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTextFromBytes } from '../../../electron/core/import/extractText';
import { looksScrambled, wordText } from '../../../electron/core/import/wordText';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { FIXTURES_DIR } from '../../corpus';
import { noticeDocx, typedNoticeParagraphs } from '../../fixtures/import/noticeDocx';

const doc = () => readFileSync(join(FIXTURES_DIR, 'import', 'notice.doc'));
/** The same notice numbered by Word's automatic numbering (buildWordFixtures.ts). */
const numberedDoc = () => readFileSync(join(FIXTURES_DIR, 'import', 'numbered.doc'));
const CLAUSE_TREE = ['1:一', '2:一', '2:二', '3:1', '3:2', '1:二', '2:一'];

/** numbered.doc claiming 32767 lists in its PlfLst (the FIB's fcPlfLst, pair 73), so reading them runs off the stream. */
function damagedListTable(): Buffer {
  const file = CFB.read(numberedDoc(), { type: 'buffer' });
  const stream = (name: string) => file.FileIndex.find((e) => e.name === name)!;
  const fcPlfLst = Buffer.from(stream('WordDocument').content as Uint8Array).readUInt32LE(154 + 73 * 8);
  const table = Buffer.from(stream('1Table').content as Uint8Array);
  table.writeInt16LE(0x7fff, fcPlfLst);
  stream('1Table').content = table;
  return Buffer.from(CFB.write(file, { type: 'buffer' }) as Buffer);
}
const SAVE_AS = /请在 Word\/WPS 中.*另存为 \.docx 后再导入/;

/** notice.doc with its text's bytes scrambled, as Word's RC4 encryption leaves them. */
function scrambledDoc(): Buffer {
  const bytes = doc();
  const start = bytes.indexOf(Buffer.from('大宁县人民政府文件', 'utf16le'));
  const end = bytes.indexOf(Buffer.from('（此件公开发布）', 'utf16le')) + 16;
  const noise = randomBytes(end - start);
  for (let i = start; i < end; i++) bytes[i] ^= noise[i - start] | 1;
  return bytes;
}

/** numbered.doc saved by LibreOffice with the open password 1234 (buildWordFixtures.ts). */
const encryptedDoc = () => readFileSync(join(FIXTURES_DIR, 'import', 'encrypted.doc'));

/**
 * A password-protected .docx as Word and WPS write it (MS-OFFCRYPTO agile encryption): an OLE file with
 * an EncryptionInfo stream (version 4.4, XML descriptor) and the encrypted ZIP as EncryptedPackage.
 */
function encryptedDocx(): Buffer {
  const file = CFB.utils.cfb_new();
  const descriptor =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>';
  CFB.utils.cfb_add(file, 'EncryptionInfo', Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from(descriptor)]));
  CFB.utils.cfb_add(file, 'EncryptedPackage', randomBytes(8192));
  return Buffer.from(CFB.write(file, { type: 'buffer' }) as Buffer);
}

describe('.doc and .wps import', () => {
  it('reads a Word 97–2003 notice, typed clause numbers and all', async () => {
    const result = await wordText(doc());
    expect(result.ok && result.text.split('\n').filter(Boolean)).toEqual(typedNoticeParagraphs());
    const notice = parseNotice(result.ok ? result.text : '');
    expect(notice.docNumber?.text).toBe('大政发〔2025〕9号');
    expect(notice.clauses.map((c) => `${c.level}:${c.number}`)).toEqual(CLAUSE_TREE);
  });

  it('puts back the clause numbers of Word automatic numbering shows (一、 /（一）/ 1.), which word-extractor drops', async () => {
    const result = await wordText(numberedDoc());
    expect(result.ok && result.text.split('\n').filter(Boolean)).toEqual(typedNoticeParagraphs());
    expect(parseNotice(result.ok ? result.text : '').clauses.map((c) => `${c.level}:${c.number}`)).toEqual(CLAUSE_TREE);
  });

  it('still reads the text when the list tables are damaged, only without the numbers', async () => {
    const result = await wordText(damagedListTable());
    expect(result.ok && result.text).toContain('加强组织领导');
    expect(result.ok && result.text).not.toContain('一、加强组织领导');
  });

  it('chooses the reader by the bytes: a .doc renamed .docx, a .wps, a .docx renamed .doc', async () => {
    expect(await extractTextFromBytes(doc(), '通知.docx')).toMatchObject({
      ok: true,
      format: 'doc',
      text: expect.stringContaining('大政发〔2025〕9号'),
    });
    expect(await extractTextFromBytes(doc(), '通知.WPS')).toMatchObject({ ok: true, format: 'wps' });
    expect(await extractTextFromBytes(await noticeDocx(), '通知.doc')).toMatchObject({
      ok: true,
      format: 'docx',
      text: expect.stringContaining('一、加强组织领导'),
    });
  });

  it('refuses a password-protected .doc, .wps or .docx with a reason naming what to do', async () => {
    const encrypted = /^文件设有打开密码.*另存为未加密的 \.docx/;
    for (const [bytes, name] of [
      [encryptedDoc(), '通知.doc'],
      [encryptedDoc(), '通知.wps'],
      [encryptedDoc(), '通知.docx'],
      [encryptedDocx(), '通知.docx'],
      [encryptedDocx(), '通知.doc'],
    ] as const) {
      expect(await extractTextFromBytes(bytes, name)).toEqual({ ok: false, error: expect.stringMatching(encrypted) });
    }
  });

  it('tells the clerk to save as .docx when the file is scrambled, damaged or not Word at all', async () => {
    expect(await wordText(scrambledDoc())).toEqual({ ok: false, error: expect.stringMatching(SAVE_AS) });
    const truncated = doc().subarray(0, 1024);
    for (const bytes of [truncated, randomBytes(8192), Buffer.from('这是一个文本文件，不是 Word 文档。'.repeat(40))]) {
      expect(await wordText(bytes)).toEqual({ ok: false, error: expect.stringMatching(SAVE_AS) });
      expect(await extractTextFromBytes(bytes, '旧文件.doc')).toEqual({ ok: false, error: expect.stringMatching(SAVE_AS) });
    }
    expect(await extractTextFromBytes(randomBytes(8192), '公文.ofd')).toEqual({
      ok: false,
      error: expect.stringContaining('不是有效的 OFD'),
    });
  });

  it('tells readable text from the noise an encrypted document decodes to', () => {
    expect(looksScrambled(typedNoticeParagraphs().join('\n'))).toBe(false);
    expect(looksScrambled(randomBytes(400).toString('utf16le'))).toBe(true);
  });
});
