/**
 * The document an 印发/转发 notice carries, printed after the notice's date with or without a "附件" label:
 * its title line (…方案, …办法, …要点 with an optional (2023—2025年)) or its first numbered item opens it.
 */
import { withoutPinyin } from '../domain/pinyinRuns';
import { matchClauseMarker } from './clauseMarkers';
import { isAttachmentHeading, isOrgNameLine } from './lineKinds';
import { withTraditional } from './traditionalForms';

const ATTACHED_TITLE = withTraditional(
  /(方案|办法|规定|细则|要点|计划|规划|规则|制度|预案|意见|措施|清单|任务|分工|分解|(分工|分解|任务|清单|台账)表|纲要|指南|标准|守则|章程|决定|通知|批复|复函|函|通报|通告|公告|报告|请示)([（(][^（）()]{1,20}[）)])?$/,
);

function isAttachedTitle(line: string): boolean {
  // (A mirror's pronunciations inside the title's last word, "細(xì)則", are no part of it.)
  const text = withoutPinyin(line);
  return text.length <= 80 && !/[。；;，,：:]/.test(text) && ATTACHED_TITLE.test(text);
}

/** A document's opening sentence of purpose ("为贯彻落实…，…"), long as body text is: page chrome has none. */
const PURPOSE_OPENING = /^(为了?|根据|按照)[^。！？]{4,}[，,]/;

/**
 * A speech's or report's 题注 under its (possibly lost) title: "——2021年3月2日在…代表大会第五次会议上".
 * The speaker's line and "各位代表：" follow it before the first clause.
 */
const DELIVERY_NOTE = /^(——|－－|--)\s*(\d{4}|[〇○◯零一二三四五六七八九]{4})\s*年[^。；;]{0,30}在/;

/** Whether a line is the heading of an attached document: "附件2", or its title. */
export function isAttachedHeading(text: string): boolean {
  return isAttachmentHeading(text) || isAttachedTitle(text);
}

/** Whether the lines after the signature open an attached document rather than stray page text. */
export function opensAttachedDocument(texts: readonly string[]): boolean {
  if (texts.length === 0) return false;
  if (isAttachedHeading(texts[0])) return true;
  // A title over its table of contents ("…实施细则及文种式样" / "目录"), whatever its last word.
  if (texts.length > 1 && /^目\s*录$/.test(texts[1]) && texts[0].length <= 80 && !/[。；;，,：:]/.test(texts[0])) return true;
  if (texts[0].length >= 30 && PURPOSE_OPENING.test(texts[0])) return true;
  if (DELIVERY_NOTE.test(texts[0])) return true;
  // A forwarded document opens with its own issuers' names and a title wrapped over lines.
  let start = 0;
  while (start < Math.min(texts.length, 4) && isOrgNameLine(texts[start])) start++;
  let title = '';
  for (const text of texts.slice(start, start + 4)) {
    title += text;
    if (isAttachedTitle(title)) return true;
  }
  return texts.slice(0, 4).some((t) => matchClauseMarker(t) !== null);
}
