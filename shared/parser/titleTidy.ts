/**
 * The last look at a chosen title, whatever rule chose it: a page prints titles with its own marks around them,
 * and where the page's line breaks were lost those marks stay glued on. A title printed twice in a row counts
 * once, and what follows its 文种 is cut when it is page matter (a bullet, a dash, a 文号 or an issue number in
 * brackets, a file's extension, a 来自: link): marks, digits or Latin letters, never a qualifier such as （试行）.
 */
import { DOC_KINDS } from '../domain/notice';
import { withTraditional } from './traditionalForms';
import { placeOf } from './unitNames';
import { withoutFrontMatter } from './titleFront';
import { isChromeLine } from './webChrome';

const KIND = withTraditional(new RegExp(`(?:通知书|${DOC_KINDS.join('|')}|公示|方案|预案|办法|规定|细则|规则|要点|计划|答复|复函)`, 'g'));
/** A title's own qualifier after its 文种: （试行）, （2021—2025年）, （第一批）. */
const QUALIFIER = /^[（(][^（）()]{1,12}[）)]$/;
const TITLE_VERB = withTraditional(/关于|转发|印发/);
/** Longer text after the 文种 is more likely the title's own words than page matter. */
const MAX_TAIL = 16;
/** A title repeats from this many of its first characters on. */
const REPEAT_HEAD = 8;

/** Which offsets stand outside 《》, 〈〉 and “”: a 文种 inside them ends a cited document's name, not the title. */
function outsideQuotes(title: string): boolean[] {
  const outside: boolean[] = [];
  let depth = 0;
  for (const ch of title) {
    if (ch === '《' || ch === '〈' || ch === '“') depth++;
    outside.push(depth === 0);
    if ((ch === '》' || ch === '〉' || ch === '”') && depth > 0) depth--;
  }
  return outside;
}

function withoutRepeat(title: string): string {
  const head = title.slice(0, Math.max(REPEAT_HEAD, Math.min(14, Math.floor(title.length / 3))));
  const again = title.indexOf(head, head.length);
  // (A document the title quotes may open with the same name: "甲区人民政府关于印发《甲区人民政府工作规则》的通知".)
  return again > 0 && outsideQuotes(title)[again] ? title.slice(0, again) : title;
}

/** The body's first heading run on after the title: "第一章总则", "一、总则". */
const BODY_HEADING = /^第[一二三四五六七八九十0-9]{1,3}[章节条]/;
/** A qualifier opening what follows the 文种, page matter after it: "（试行）第一章总则". */
const QUALIFIER_HEAD = /^[（(][^（）()]{1,12}[）)]/;

/** Marks, digits or Latin letters, a page's button ("大中小", "打印本页") or the body's first heading. */
function isPageTail(tail: string): boolean {
  if (tail.length > MAX_TAIL || /[的之]/.test(tail) || TITLE_VERB.test(tail)) return false;
  return !/^[\u4e00-\u9fff]+$/.test(tail) || isChromeLine(tail) || BODY_HEADING.test(tail);
}

/** A site's tag on a document's validity after its title: "(有效)", "（已废止）". */
const VALIDITY_TAG = withTraditional(/^[（(](?:现行)?(?:有效|失效|已失效|废止|已废止|已修订)[）)]$/);

function withoutPageTail(title: string): string {
  const outside = outsideQuotes(title);
  let end = -1;
  for (const m of title.matchAll(KIND)) if (outside[m.index]) end = m.index + m[0].length;
  if (end < 0 || end === title.length) return title;
  const tail = title.slice(end);
  if (VALIDITY_TAG.test(tail)) return title.slice(0, end);
  const qualifier = QUALIFIER_HEAD.exec(tail)?.[0] ?? '';
  if (qualifier && qualifier.length < tail.length && isPageTail(tail.slice(qualifier.length)))
    return title.slice(0, end + qualifier.length);
  return isPageTail(tail) && !QUALIFIER.test(tail) ? title.slice(0, end) : title;
}

/**
 * A page's field label glued before the title it names ("文号" with an empty value, "标题："): cut when a colon
 * ends it, or when the title opens right after it (关于…, 对…) or is printed again after it; "文号管理办法" stays.
 */
const LABEL_HEAD = /^(?:文号|文號|标题|標題|题名|題名)([:：]?)(?=[\u4e00-\u9fff《])/;
const OPENS_TITLE = withTraditional(/^(?:关于|对)/);

function withoutLabel(title: string): string {
  const label = LABEL_HEAD.exec(title);
  if (!label) return title;
  const rest = title.slice(label[0].length);
  return label[1] || OPENS_TITLE.test(rest) || withoutRepeat(rest) !== rest ? rest : title;
}

/** Spaces a page's extraction left beside brackets and quotation marks ("《甲预案 (试行) 》"): no title writes them. */
const SPACE_BY_MARK = /\s+(?=[()（）《》〈〉“”])|(?<=[()（）《》〈〉“”])\s+/g;

/** A page heading's name and the document's own title run together: each ends with its 文种 or 政策. */
const NAME_END = withTraditional(new RegExp(`(?:${DOC_KINDS.join('|')}|公示|方案|预案|办法|规定|细则|规则|要点|计划|政策)`, 'g'));
const ENDS_NAME = withTraditional(
  new RegExp(`(?:${DOC_KINDS.join('|')}|公示|方案|预案|办法|规定|细则|规则|要点|计划|政策)(?:[（(][^（）()]{1,12}[）)])?$`),
);

/**
 * A page's heading glued before the document's own title ("甲州乙县投资优惠政策乙县招商引资优惠政策（试行）"):
 * where a name ends and a place opens another whole name, the second is the title; a heading issues nothing.
 */
function withoutHeadingBefore(title: string): string {
  const outside = outsideQuotes(title);
  for (const m of title.matchAll(NAME_END)) {
    const end = m.index + m[0].length;
    const head = title.slice(0, end);
    const rest = title.slice(end);
    if (!outside[m.index] || rest.length < 8 || TITLE_VERB.test(head) || /[之的]$/.test(head)) continue;
    if (placeOf(rest) && ENDS_NAME.test(rest) && !TITLE_VERB.test(rest)) return rest;
  }
  return title;
}

/** A title a page quoted whole ("“甲县…的通知”"): the quotation marks are the page's. */
const QUOTED_WHOLE = /^“([^“”]+)”$/;

export function tidyTitle(title: string): string {
  const unquoted = title.replace(QUOTED_WHOLE, '$1');
  return withoutFrontMatter(withoutHeadingBefore(withoutPageTail(withoutRepeat(withoutLabel(unquoted))))).replace(SPACE_BY_MARK, '');
}
