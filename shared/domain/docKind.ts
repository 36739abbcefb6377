/**
 * 文种 from a title: 标题 = 发文机关 + 事由 + 文种, so the kind is how the title ends
 * (…实施方案的通知 is a 通知, …的复函 a 函, …会议纪要 a 纪要).
 */
import { DOC_KINDS, type DocKind } from './notice';

// Longest first, so 命令 wins over 令.
const KINDS_BY_LENGTH = [...DOC_KINDS].sort((a, b) => b.length - a.length);

// A status note after the kind does not change it: …的意见（征求意见稿）, …的通知（试行）.
const TRAILING_NOTE = /[（(](?:试行|暂行|草案|征求意见稿|送审稿|修订稿|修订|讨论稿|代拟稿)[)）]$/;

// "…的通报表扬" / "…的通报批评" name the 通报 by what it does.
const BULLETIN_VERB = /通报(表扬|批评|表彰)$/;

export function docKindOfTitle(title: string): DocKind | null {
  let t = title.replace(/[\s。.]+$/, '');
  t = t.replace(TRAILING_NOTE, '').replace(/\s+$/, '').replace(BULLETIN_VERB, '通报');
  return KINDS_BY_LENGTH.find((kind) => t.endsWith(kind)) ?? null;
}
