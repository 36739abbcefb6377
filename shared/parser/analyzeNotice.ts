/** Parse and 公文校对 in one step: the notice with the parser's and the lint's findings together. */
import type { ParsedNotice } from '../domain/notice';
import { lintNotice } from '../lint/lint';
import { parseNotice } from './parseNotice';

export function analyzeNotice(text: string): ParsedNotice {
  const notice = parseNotice(text);
  return { ...notice, findings: [...notice.findings, ...lintNotice(notice)] };
}
