import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/import/decodeText';
import type { ParsedNotice } from '../../../shared/domain/notice';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { CORPUS_NAMES, corpusText, FIXTURES_DIR, fixtureText } from '../../corpus';

/** Every notice of another shape in test/fixtures/notices. */
const FIXTURE_NAMES = readdirSync(resolve(FIXTURES_DIR, 'notices'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

/** What must not change when only the encoding, line endings and page furniture change. */
function structure(notice: ParsedNotice) {
  return {
    issuer: notice.issuer,
    docNumber: notice.docNumber,
    title: notice.title,
    recipients: notice.recipients,
    signedDate: notice.signedDate,
    cc: notice.cc,
    citations: notice.citations,
    unplaced: notice.unplaced,
    clauses: notice.clauses.map(({ line: _line, ...clause }) => clause),
  };
}

/**
 * The text as a clerk gets it from a printed PDF: CRLF, a footer every 25 lines (a short notice gets at
 * least one page break), the issuer repeated after it.
 */
function withPageFurniture(text: string, runningHeader: string, footer: (page: number) => string): string {
  const lines = text.split('\n');
  const pageLines = Math.min(25, Math.max(8, Math.floor(lines.length / 2)));
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, i) => {
    out.push(line);
    if (i > 0 && i % pageLines === 0 && i < lines.length - 5) {
      out.push('', footer(page++), '', runningHeader, '');
    }
  });
  return out.join('\r\n');
}

const FOOTERS = [(n: number) => `— ${n} —`, (n: number) => `－${n}－`, (n: number) => `- ${n} -`, (n: number) => `第${n}页 共9页`];

const SAMPLES = [
  ...CORPUS_NAMES.map((name) => ({ name, text: corpusText(name) })),
  ...FIXTURE_NAMES.map((name) => ({ name, text: fixtureText(`notices/${name}.txt`) })),
];

describe('the same notices re-encoded and paginated', () => {
  SAMPLES.forEach(({ name, text }, i) => {
    const original = parseNotice(text);
    const header = original.issuer ?? '人民政府';

    it(`parses ${name} as GB18030 with CRLF and page footers exactly as the original`, () => {
      const variant = withPageFurniture(text, header, FOOTERS[i % FOOTERS.length]);
      const decoded = decodeText(iconv.encode(variant, 'gb18030'));
      expect(decoded.ok && decoded.encoding).toBe('gb18030');
      if (!decoded.ok) return;
      expect(structure(parseNotice(decoded.text))).toEqual(structure(original));
    });

    it(`parses ${name} as UTF-16 with a BOM exactly as the original`, () => {
      const decoded = decodeText(iconv.encode(text.replace(/\n/g, '\r\n'), 'utf-16le', { addBOM: true }));
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(structure(parseNotice(decoded.text))).toEqual(structure(original));
    });
  });
});
