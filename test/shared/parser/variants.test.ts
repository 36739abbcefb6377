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
 * The structure with paragraph breaks inside a clause left out: where a paragraph ended exactly at the
 * end of a printed line, nothing in hard-wrapped text tells whether the next line starts a new one.
 */
function wrapInsensitive(notice: ParsedNotice) {
  const { clauses, unplaced, ...rest } = structure(notice);
  return {
    ...rest,
    unplaced: unplaced.map((t) => t.replace(/\n/g, '')),
    clauses: clauses.map((c) => ({ ...c, text: c.text.replace(/\n/g, '') })),
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

/**
 * The text as a PDF prints it: every line of running text broken after `width` characters (spaces that
 * PDF extraction puts between characters not counted); lines laid out with runs of spaces or tabs (the 印发
 * line, a web page's table) and table rows are left as they are.
 */
function hardWrapped(text: string, width: number, blankLines: boolean): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (/\S\s{2,}\S|\||\t/.test(t)) {
      out.push(t);
      continue;
    }
    let current = '';
    let visible = 0;
    for (const ch of t) {
      current += ch;
      if (ch !== ' ') visible++;
      if (visible === width) {
        out.push(current.trim());
        current = '';
        visible = 0;
      }
    }
    if (current.trim()) out.push(current.trim());
  }
  return out.join(blankLines ? '\n\n' : '\n');
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

    it(`parses ${name} hard-wrapped at 28 characters, blank lines between, as the original`, () => {
      expect(wrapInsensitive(parseNotice(hardWrapped(text, 28, true)))).toEqual(wrapInsensitive(original));
    });

    it(`parses ${name} hard-wrapped at 30 characters as the original`, () => {
      expect(wrapInsensitive(parseNotice(hardWrapped(text, 30, false)))).toEqual(wrapInsensitive(original));
    });

    it(`parses ${name} as UTF-16 with a BOM exactly as the original`, () => {
      const decoded = decodeText(iconv.encode(text.replace(/\n/g, '\r\n'), 'utf-16le', { addBOM: true }));
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(structure(parseNotice(decoded.text))).toEqual(structure(original));
    });
  });
});
