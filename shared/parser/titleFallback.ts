/**
 * A title when the header gave none and the page's table named none: the first line above the body written as a
 * title is ("…关于…的通知", a page's label before it at most). Whatever made the header miss it (a label glued on,
 * a lead that ended the header early), a line of that shape there is the notice's title; below the 主送 such a
 * line names another document (an attachment, a link to the next page). Below a sentence (a site's motto, a news
 * report above a reprinted notice) it is the title only when a notice opens under it: its 主送 or its 文号.
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
/** A page's fields printed after the title on its line ("…的通知 发布时间：2023-05-06 浏览次数：12"). */
const PAGE_FIELDS_AFTER =
  /\s*(?:(?:发布|更新|成文|发文)(?:时间|日期)|来源|浏览次数|浏览量|阅读次数|点击数|字号|作者|发布人|发布者)\s*[：:].*$|\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}.*$/;
/** How many lines below a title its 主送 or 文号 stands. */
const OPENING_REACH = 2;
const ADDRESSEES_END = /[：:]$/;
const DOC_NUMBER = /[〔［[(（]\s*\d{4}\s*[〕］\])）]\s*第?\s*\d+\s*号/;

export function titleLineNearTop(lines: readonly { text: string }[]): string | null {
  // (A table's cell bars after the title are the page's.)
  const scanned = lines.slice(0, TITLE_SCAN).map((line) => line.text.replace(TRAILING_BARS, ''));
  let belowSentence = false;
  for (const [at, text] of scanned.entries()) {
    if (ADDRESSEES_END.test(text)) return null;
    if (text.includes('。')) {
      belowSentence = true;
      continue;
    }
    // (A mirror's pronunciations inside the words are kept as written: "關(guān)于".)
    const shaped = [text.replace(PAGE_FIELDS_AFTER, ''), text].find((t) => TITLE_SHAPE.test(withoutPinyin(t)));
    if (text.length > MAX_TITLE || !shaped) continue;
    const title = shaped.replace(LABEL_BEFORE, '');
    if (!TITLE_SHAPE.test(withoutPinyin(title))) continue;
    if (!belowSentence || opensNotice(scanned.slice(at + 1, at + 1 + OPENING_REACH))) return title;
  }
  return null;
}

function opensNotice(below: readonly string[]): boolean {
  return below.some((text) => ADDRESSEES_END.test(text) || DOC_NUMBER.test(text));
}
