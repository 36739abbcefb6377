import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/import/decodeText';

const corpusDir = resolve(import.meta.dirname, '../../../../shared/corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((name) => ({
    name,
    text: readFileSync(resolve(corpusDir, name), 'utf8'),
  }));

const LETTER =
  '各乡镇，县直各部门：\r\n一、强化政治引领\r\n（一）强化理论学习。（责任单位：县应急局）\r\n大宁县人民政府\r\n2025年4月3日\r\n';

const encodings = [
  { label: 'UTF-8', encode: (t: string) => iconv.encode(t, 'utf8'), encoding: 'utf-8' },
  { label: 'UTF-8 with BOM', encode: (t: string) => iconv.encode(t, 'utf8', { addBOM: true }), encoding: 'utf-8' },
  { label: 'GB18030', encode: (t: string) => iconv.encode(t, 'gb18030'), encoding: 'gb18030' },
  { label: 'GBK', encode: (t: string) => iconv.encode(t, 'gbk'), encoding: 'gb18030' },
  { label: 'UTF-16LE with BOM', encode: (t: string) => iconv.encode(t, 'utf16le', { addBOM: true }), encoding: 'utf-16le' },
  { label: 'UTF-16LE without BOM', encode: (t: string) => iconv.encode(t, 'utf16le'), encoding: 'utf-16le' },
  { label: 'UTF-16BE with BOM', encode: (t: string) => iconv.encode(t, 'utf16be', { addBOM: true }), encoding: 'utf-16be' },
  { label: 'UTF-16BE without BOM', encode: (t: string) => iconv.encode(t, 'utf16be'), encoding: 'utf-16be' },
] as const;

describe('decodeText', () => {
  for (const { label, encode, encoding } of encodings) {
    it(`reads every corpus notice saved as ${label}`, () => {
      for (const { name, text } of corpus) {
        expect(decodeText(encode(text)), name).toEqual({ ok: true, text, encoding });
      }
    });

    it(`reads a short CRLF notice saved as ${label}`, () => {
      expect(decodeText(encode(LETTER))).toEqual({ ok: true, text: LETTER, encoding });
    });
  }

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('Notice No. 1\n'))).toEqual({ ok: true, text: 'Notice No. 1\n', encoding: 'utf-8' });
  });

  it('reads UTF-16 text that is nearly all ASCII, by where its NULs fall', () => {
    expect(decodeText(iconv.encode('2025-04-03 notice\n', 'utf16le'))).toMatchObject({ ok: true, encoding: 'utf-16le' });
    expect(decodeText(iconv.encode('2025-04-03 notice\n', 'utf16be'))).toMatchObject({ ok: true, encoding: 'utf-16be' });
  });

  it('keeps UTF-8 whose last character was cut off as UTF-8', () => {
    // The first two of the three bytes of 中 (E4 B8 AD).
    const bytes = new Uint8Array([...iconv.encode(LETTER.repeat(20), 'utf8'), 0xe4, 0xb8]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: `${LETTER.repeat(20)}\ufffd`, encoding: 'utf-8' });
  });

  it('strips the byte order mark from the text', () => {
    const result = decodeText(iconv.encode('通知', 'utf8', { addBOM: true }));
    expect(result).toEqual({ ok: true, text: '通知', encoding: 'utf-8' });
  });

  it('refuses an empty file, and one holding only a BOM', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: '文件是空的' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, error: '文件是空的' });
  });

  it('refuses binary data: a PNG, a text with NULs, control characters', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const withNuls = new Uint8Array([...iconv.encode('大宁县人民政府文件', 'utf8'), 0, 0, 0, 0, ...iconv.encode('通知', 'utf8')]);
    const controls = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x41)));
    for (const bytes of [png, withNuls, controls]) {
      const result = decodeText(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^文件不是文本（可能是二进制文件）/);
    }
  });

  it('refuses random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 256, maxLength: 4096 }), (bytes) => {
        expect(decodeText(bytes).ok).toBe(false);
      }),
    );
  });

  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const result = decodeText(bytes);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
