import { describe, expect, it } from 'vitest';
import { draftSchema } from '../../../shared/drafting/draft';
import { draftLayout, draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import { asLaidOut } from '../../../shared/drafting/noticeLayouts';
import { daningDraft, NOTICE_TEMPLATE } from './draftFixtures';

const ATTENDANCE = { present: ['王志刚', '李红梅'], absent: ['吴十'], attending: ['县应急局 郑一'] };

describe('the format (版式) a draft is written in', () => {
  it('is 文件, unsealed, for a new draft and for one saved before drafts kept it', () => {
    const draft = daningDraft();
    expect(draftLayout(draft)).toEqual({ layout: 'file', sealed: false });
    const { layout, sealed, attendance, signer, ...older } = draft;
    expect([layout, sealed, attendance, signer]).toEqual(['file', false, { present: [], absent: [], attending: [] }, '']);
    expect(draftSchema.parse(older)).toEqual(draft);
  });

  it('keeps a 纪要’s lists and a 令’s 签发人 in the draft, and hands each format only what it prints', () => {
    const draft = draftSchema.parse({ ...daningDraft(), layout: 'minutes', attendance: ATTENDANCE, signer: '县长 张三' });
    expect(draftLayout(draft)).toEqual({ layout: 'minutes', sealed: false, attendance: ATTENDANCE });
    expect(draftToNoticeDocument(draft, NOTICE_TEMPLATE)).toMatchObject({ layout: 'minutes', attendance: ATTENDANCE });
    expect(draftLayout({ ...draft, layout: 'order' })).toEqual({ layout: 'order', sealed: false, signer: '县长 张三' });
    expect(draftLayout({ ...draft, layout: 'letter', sealed: true })).toEqual({ layout: 'letter', sealed: true });
    // An upward 文件 (上行文, §7.2.4) prints its 签发人; a downward one leaves the field empty.
    expect(draftLayout({ ...draft, layout: 'file', signer: '张三' })).toEqual({ layout: 'file', sealed: false, signer: '张三' });
    expect(draftToNoticeDocument({ ...draft, layout: 'file', signer: '' }, NOTICE_TEMPLATE).signer).toBeUndefined();
    expect(draftSchema.safeParse({ ...draft, layout: 'poster' }).success).toBe(false);
  });

  it('lays out the 签发人 in a 文件 and a 令 only, for the .docx and the preview alike', () => {
    const doc = draftToNoticeDocument(draftSchema.parse({ ...daningDraft(), signer: '张三' }), NOTICE_TEMPLATE);
    expect(asLaidOut(doc).signer).toBe('张三');
    expect(asLaidOut({ ...doc, layout: 'order' }).signer).toBe('张三');
    expect(asLaidOut({ ...doc, layout: 'letter' }).signer).toBeNull();
    expect(asLaidOut({ ...doc, layout: 'minutes' }).signer).toBeNull();
  });
});
