/**
 * A title when the header gave none and the page's table named none: the first line above the body written as a
 * title is ("…关于…的通知", a page's label before it at most). Whatever made the header miss it (a label glued on,
 * a lead that ended the header early), a line of that shape there is the notice's title; below the 主送 or the
 * first sentence such a line names another document (an attachment, a link to the next page).
 */
import { DOC_KINDS } from '../domain/notice';
import { withoutPinyin } from '../domain/pinyinRuns';
import { withTraditional } from './traditionalForms';

/** How far down the page the title may stand below the site's furniture. */
const TITLE_SCAN = 80;
const MAX_TITLE = 120;
const TITLE_SHAPE = withTraditional(
  new RegExp(
    `(?:关[于於]|印发|转发)[^，。；,;！？!?]{2,}(?:${DOC_KINDS.join('|')}|方案|预案|办法|规定|细则|规则|要点|计划)(?:[（(][^）)]{1,12}[）)])?$`,
  ),
);
const TRAILING_BARS = /[\s|｜]+$/;
/** A page's label before the title ("名称：", "[发布机构]"): the title starts after it. */
const LABEL_BEFORE = /^.*[:：\]】]\s*/;

export function titleLineNearTop(lines: readonly { text: string }[]): string | null {
  for (const line of lines.slice(0, TITLE_SCAN)) {
    // (A table's cell bars after the title are the page's.)
    const text = line.text.replace(TRAILING_BARS, '');
    if (text.includes('。') || /[：:]$/.test(text)) return null;
    // (A mirror's pronunciations inside the words are kept as written: "關(guān)于".)
    if (text.length > MAX_TITLE || !TITLE_SHAPE.test(withoutPinyin(text))) continue;
    const title = text.replace(LABEL_BEFORE, '');
    if (TITLE_SHAPE.test(withoutPinyin(title))) return title;
  }
  return null;
}
