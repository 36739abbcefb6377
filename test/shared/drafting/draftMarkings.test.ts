import { describe, expect, it } from 'vitest';
import { draftSchema } from '../../../shared/drafting/draft';
import { draftToParsedNotice } from '../../../shared/drafting/draftAsNotice';
import { draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import { NOTICE_TEMPLATE, daningDraft } from './draftFixtures';

describe('份号, 密级 and 紧急程度 of a draft', () => {
  it('starts without them', () => {
    const draft = daningDraft();
    expect([draft.copyNumber, draft.secrecy, draft.secrecyTerm, draft.urgency]).toEqual([null, null, null, null]);
    const document = draftToNoticeDocument(draft, NOTICE_TEMPLATE);
    expect([document.copyNumber, document.secrecy, document.urgency]).toEqual([null, null, null]);
  });

  it('prints them above the 版头 as 000012 / 机密★1年 / 特急', () => {
    const draft = { ...daningDraft(), copyNumber: '000012', secrecy: '机密' as const, secrecyTerm: '1年', urgency: '特急' as const };
    const document = draftToNoticeDocument(draft, NOTICE_TEMPLATE);
    expect([document.copyNumber, document.secrecy, document.urgency]).toEqual(['000012', '机密★1年', '特急']);
    const notice = draftToParsedNotice(draft, NOTICE_TEMPLATE);
    expect([notice.copyNumber, notice.secrecy, notice.secrecyTerm, notice.urgency]).toEqual(['000012', '机密', '1年', '特急']);
  });

  it('reads a draft saved before these elements existed, and refuses a malformed 份号', () => {
    const { copyNumber: _c, secrecy: _s, secrecyTerm: _t, urgency: _u, ...older } = daningDraft();
    const parsed = draftSchema.parse(older);
    expect([parsed.copyNumber, parsed.secrecy, parsed.urgency]).toEqual([null, null, null]);
    expect(draftSchema.safeParse({ ...older, copyNumber: '12' }).success).toBe(false);
    expect(draftSchema.safeParse({ ...older, secrecy: '内部' }).success).toBe(false);
  });
});
