import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareClauses } from '../../../shared/drafting/coverage';
import { createDraft } from '../../../shared/drafting/createDraft';
import { draftSchema } from '../../../shared/drafting/draft';
import { lintDraft } from '../../../shared/drafting/draftLint';
import { draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { CORPUS_NAMES, corpusText } from '../../corpus';
import { CITY_TO_COUNTY, DANING, NOTICE_TEMPLATE } from './draftFixtures';

const texts = CORPUS_NAMES.map(corpusText);

/** A corpus notice cut, spliced and sprinkled with noise: what clerks paste on a bad day. */
const mangled = fc
  .tuple(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), fc.nat(), fc.string({ maxLength: 40 }))
  .map(([i, a, b, noise]) => {
    const text = texts[i];
    const from = a % text.length;
    const to = from + (b % Math.max(1, text.length - from));
    return `${text.slice(0, from)}${noise}${text.slice(to)}`;
  });

describe('drafting from whatever the parser made of a notice', () => {
  it('never throws, and always yields a valid draft, a document and findings', () => {
    fc.assert(
      fc.property(mangled, (text) => {
        const notice = parseNotice(text);
        const draft = createDraft({
          upstream: { noticeId: null, notice },
          organization: DANING,
          ruleSet: CITY_TO_COUNTY,
          template: NOTICE_TEMPLATE,
          signedDate: '2025-04-20',
        });
        expect(draftSchema.safeParse(draft).success).toBe(true);
        expect(draft.title.startsWith('大宁县人民政府关于')).toBe(true);
        expect(draftToNoticeDocument(draft, NOTICE_TEMPLATE).body.length).toBeGreaterThan(0);
        expect(Array.isArray(lintDraft(draft, NOTICE_TEMPLATE))).toBe(true);
        const report = compareClauses(notice.clauses, parseNotice(texts[0]).clauses);
        expect(report.matches.every((m) => m.score >= 0 && m.score <= 1)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('titles a draft of an upstream notice without a title', () => {
    const notice = parseNotice('各县（市、区）：\n一、做好防汛工作。');
    const draft = createDraft({
      upstream: { noticeId: null, notice },
      organization: DANING,
      ruleSet: CITY_TO_COUNTY,
      template: NOTICE_TEMPLATE,
      signedDate: null,
    });
    expect(draft.title).toBe('大宁县人民政府关于贯彻落实上级文件的通知');
    expect(draft.opening).not.toContain('《》');
  });
});
