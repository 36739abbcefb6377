import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bodyParts, decodeParsed, encodeParsed } from '../../../electron/core/archive/parsedRecord';
import { clauseSpans, packSpans, unpackSpans } from '../../../electron/core/archive/search/clauseSpans';
import { foldForSearch } from '../../../electron/core/archive/search/searchText';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { CORPUS_NAMES, FIXTURES_DIR, corpusText, fixtureText } from '../../corpus';
import { clauses as outline, notice } from '../../shared/noticeFixture';

const texts = [
  ...CORPUS_NAMES.map(corpusText),
  ...readdirSync(join(FIXTURES_DIR, 'notices')).map((name) => fixtureText(join('notices', name))),
];

describe('the stored parsed notice', () => {
  it('reads back exactly what the parser produced, for every corpus and fixture notice', () => {
    for (const text of texts) {
      const parsed = parseNotice(text);
      expect(decodeParsed(encodeParsed(parsed, text), text)).toEqual(parsed);
    }
  });

  it("keeps each clause's text once, the body referring to it", () => {
    const parsed = notice({
      body: '开头。\n一、甲\n（一）乙乙。\n结尾',
      clauses: outline([
        ['一、', '甲'],
        ['（一）', '乙乙。'],
      ]),
    });
    const [first, second] = parsed.clauses;
    expect(
      bodyParts(parsed.body, [
        { ...first, text: '甲' },
        { ...second, text: '乙乙。' },
      ]),
    ).toEqual(['开头。\n一、', 0, '\n（一）', 1, '\n结尾']);
  });

  it('keeps body text that does not repeat a clause as it is', () => {
    expect(bodyParts('只有正文', [])).toEqual(['只有正文']);
    const parsed = notice({ body: '正文', clauses: outline([['一、', '不在正文里']]) });
    expect(decodeParsed(encodeParsed(parsed, '正文'), '正文').body).toBe('正文');
  });
});

describe('the stored parsed notice against its original text', () => {
  const text = corpusText(CORPUS_NAMES[0]);
  const parsed = parseNotice(text);

  it('is a fraction of the record deflated alone: the clauses are references into the text', () => {
    const alone = deflateRawSync(Buffer.from(JSON.stringify(parsed), 'utf8')).length;
    expect(encodeParsed(parsed, text).length).toBeLessThan(alone / 2);
  });

  it('still reads records written before the text served as dictionary', () => {
    const { body, ...rest } = parsed;
    const legacy = deflateRawSync(Buffer.from(JSON.stringify({ ...rest, bodyParts: bodyParts(body, parsed.clauses) }), 'utf8'), {
      level: 3,
    });
    expect(decodeParsed(legacy, text)).toEqual(parsed);
  });

  it('is the same record whether the text is given as it is or as its UTF-8 bytes', () => {
    const long = `${'前言。'.repeat(20_000)}\n${text}`;
    for (const original of [text, long]) {
      const parsedOriginal = parseNotice(original);
      expect(encodeParsed(parsedOriginal, Buffer.from(original, 'utf8')).equals(encodeParsed(parsedOriginal, original))).toBe(true);
    }
  });

  it('keeps a text longer than the deflate window whole', () => {
    const long = `${'前言。'.repeat(20_000)}\n${text}`;
    const parsedLong = parseNotice(long);
    expect(decodeParsed(encodeParsed(parsedLong, long), long)).toEqual(parsedLong);
  });
});

describe('clause spans in the folded text', () => {
  it("finds every clause of the corpus notices, in order, each byte span holding the clause's heading", () => {
    for (const name of CORPUS_NAMES) {
      const text = corpusText(name);
      const bytes = Buffer.from(text, 'utf8');
      const parsed = parseNotice(text);
      const spans = clauseSpans(text, foldForSearch(text), parsed.clauses);
      spans.forEach((span, i) => {
        expect(span, `${name} clause ${parsed.clauses[i].path}`).not.toBeNull();
        const inside = foldForSearch(bytes.toString('utf8', span!.start, span!.end));
        expect(inside).toContain(foldForSearch(parsed.clauses[i].heading).slice(0, 8));
        if (i > 0) expect(span!.start).toBeGreaterThan(spans[i - 1]!.start);
      });
    }
  });

  it('keeps the spans of the clauses it found in a small blob', () => {
    expect(unpackSpans(packSpans([{ start: 10, end: 90 }, null, { start: 90, end: 70_000 }]))).toEqual([
      { position: 0, start: 10, end: 90 },
      { position: 2, start: 90, end: 70_000 },
    ]);
    expect(unpackSpans(null)).toEqual([]);
  });
});
