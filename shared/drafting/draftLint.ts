/** 公文校对 of a draft before it is written out: the notice lint over the draft's ParsedNotice view. */
import type { Finding } from '../domain/notice';
import { lintNotice } from '../lint/lint';
import type { Draft } from './draft';
import { draftToParsedNotice } from './draftAsNotice';
import type { NoticeTemplate } from './templates';

export function lintDraft(draft: Draft, template: NoticeTemplate): Finding[] {
  return lintNotice(draftToParsedNotice(draft, template));
}
