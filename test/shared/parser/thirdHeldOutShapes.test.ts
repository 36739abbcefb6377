import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from a third held-out set. */

describe('a page whose full-width indents were lost as ?? at line starts', () => {
  const notice = parseNotice(
    [
      '各区人民政府,市政府各部门:',
      '??经市政府同意,现将《甲市养老服务发展规划(2020—2025年)》印发给你们,请认真贯彻执行。',
      '甲市人民政府办公室',
      '??2020年3月9日',
      '??甲市养老服务发展规划(2020—2025年)',
      '??一、发展基础',
      '??近年来,我市养老服务体系不断健全。',
      '??二、总体要求',
      '??(一)指导思想。',
      '??坚持以人民为中心。',
    ].join('\n'),
  );

  it('reads the signature, the date and the clauses as if the indents were spaces', () => {
    expect(notice.issuer).toBe('甲市人民政府办公室');
    expect(notice.signedDate).toBe('2020-03-09');
    expect(notice.clauses.map((c) => c.heading)).toEqual(['发展基础', '总体要求', '指导思想']);
  });
});
