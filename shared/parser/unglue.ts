/**
 * Splits a document that a web page or a paste ran together (everything on one line, or paragraphs glued)
 * back into the lines it was printed in: before clause markers (一、 （一） 1. （1）), around the 署名 and
 * 成文日期, before 附件, 抄送 and a 附注, and in the header between 文号, title and 主送. Text inside 《》,
 * quotes and brackets is never split, nor a 文号, a date or a number such as 2.5.
 */
import { chineseToInt } from '../domain/chineseNumerals';
import { parseDate } from '../domain/dates';
import { DOC_KINDS } from '../domain/notice';
import { ENDS_WITH_PAGE_LABEL, PAGE_LABELS, isPageLabel } from './metadataTable';
import { withTraditional } from './traditionalForms';
import { isChromeLine } from './webChrome';
import { UNIT_NAME_END, isCompleteOrgName, placeOf, splitGluedNames, splitOrgList } from './unitNames';

const TITLE_VERB = /关于|關於|關于|转发|轉發|印发|印發/;
/** Shorter lines hold nothing glued: the shortest glued pair is a 署名 and its date ("甲县人民政府2023年5月6日"). */
const MIN_GLUED = 12;
/**
 * Only a line this long is a glued document rather than a page's metadata row or a long paragraph: its
 * spaces and its header are split too (clause markers, dates, 附件 and 抄送 split any line from MIN_GLUED on).
 */
const MIN_GLUED_DOCUMENT = 150;
/** A bracket or quotation that does not close within this many characters, or before the same opener again, was cut: its opener is text. */
const MAX_SPAN = 160;

const OPENERS: Record<string, string> = {
  '《': '》',
  '〈': '〉',
  '“': '”',
  '（': '）',
  '(': ')',
  '〔': '〕',
  '【': '】',
  '[': ']',
  '［': '］',
};

/** Opener → closer by character code, 0 for other characters: the scan makes no string and no map lookup per character. */
const CLOSER_OF = new Uint16Array(0x10000);
for (const [open, close] of Object.entries(OPENERS)) CLOSER_OF[open.charCodeAt(0)] = close.charCodeAt(0);
/**
 * Where a clause marker may stand, found by the regular expression engine rather than character by character
 * (what stands before it is checked by markerAt: a lookbehind here is tried at every offset).
 */
const MARKER_CANDIDATE = /[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[.．、]/g;

interface MarkerForm {
  level: number;
  re: RegExp;
  arabic: boolean;
}
const CHINESE_MARKERS: MarkerForm[] = [{ level: 1, re: /([一二三四五六七八九十]{1,3})、/y, arabic: false }];
const BRACKET_MARKERS: MarkerForm[] = [
  { level: 2, re: /[（(]([一二三四五六七八九十]{1,3})[）)]/y, arabic: false },
  { level: 4, re: /[（(](\d{1,2})[）)]/y, arabic: true },
];
/** (A digit after the point makes a number such as 2.5, unless a year opens the item: "2.2018年民生实事".) */
const ARABIC_MARKERS: MarkerForm[] = [{ level: 3, re: /(\d{1,2})[.．、](?!(?!(?:19|20)\d\d\s*年)[\d.．、])/y, arabic: true }];

/** Where a sentence, a clause or a bracketed unit list ends: a marker after it opens a new line. */
const BOUNDARY_BEFORE = /[\s。；;！!？?：:）)】〕”]/;
/** A mirror's pinyin run closing right before an offset ("統(tǒng)一、"): its bracket ends no sentence nor unit list. */
const PINYIN_BEFORE = /[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,8}[)）]$/;

/** Whether a marker at `i` stands after a boundary: a sentence's, a bracket's or a quotation's end, or a space. */
function afterBoundary(text: string, i: number): boolean {
  return BOUNDARY_BEFORE.test(text[i - 1]) && !PINYIN_BEFORE.test(text.slice(Math.max(0, i - 12), i));
}
const CONTENT_AFTER = /[\u4e00-\u9fff《“]/;
const YEAR_OPENING = /^(19|20)\d\d\s*年/;
/**
 * What a document's first clause may be glued to: its title's name ("…应急预案一、总则") or a chapter's heading
 * ("…第一章总则一、为…"). Only 一、 is cut there: the numbering starts with it.
 */
const OPENS_BEFORE_FIRST_CLAUSE = withTraditional(
  /(方案|预案|办法|规定|规则|细则|要点|计划|意见|制度|条例|纲要|规划|指南|第[一二三四五六七八九十]{1,3}章[\u4e00-\u9fff\s]{1,16})[）)]?$/,
);
/** A sentence that names a document rather than printing its title ("按照方案一、二的要求"). */
const NAMES_DOCUMENT = /[按据照将把对]|参照|结合|执行/;

/** Whether the 一、 at `i` opens a document's clauses right after its title or chapter heading. */
function opensFirstClause(text: string, i: number): boolean {
  if (!OPENS_BEFORE_FIRST_CLAUSE.test(text.slice(Math.max(0, i - 24), i))) return false;
  if (/[一二三四五六七八九十]/.test(text[i + 2] ?? '')) return false;
  const sentence = text.slice(Math.max(0, i - 40), i);
  return !NAMES_DOCUMENT.test(sentence.slice(sentence.search(/[^。！？；;：:]*$/)));
}

/** Headings run straight on into their first sub-item ("一、总体要求（一）指导思想"): this close. */
const HEADING_REACH = 50;

const DATE =
  /(\d{4}|[〇○◯零OoＯ0０一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/g;
/** DATE where it stands at an offset. */
const DATE_HERE = new RegExp(DATE.source, 'y');
const SPACE = /\s/;

/**
 * DATE's matches in a text, as matchAll gives them, tried only where a 年 stands (a scan tries every character):
 * a date holds one 年, after its year's 4 characters and the spaces after them.
 */
function datesIn(text: string): RegExpExecArray[] {
  const dates: RegExpExecArray[] = [];
  let end = 0;
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    let start = at;
    while (start > 0 && SPACE.test(text[start - 1])) start--;
    start -= 4;
    if (start < end) continue;
    DATE_HERE.lastIndex = start;
    const m = DATE_HERE.exec(text);
    if (m) {
      dates.push(m);
      end = start + m[0].length;
    }
  }
  return dates;
}

/** What continues a sentence after a date ("5月6日前报送", "6日起施行", "6日，县政府召开"). */
const DATE_GOES_ON = /^\s*([前后起至以止内，,、的在到召举开为是及和与]|星期|周[一二三四五六日天])/;
const SENTENCE_END = /[。！!？?；;]/;
const CLOSING_FORMULA = /特此(通知|通报|函告|函复|批复|报告|公告|通告|决定)[。！]?/g;
/**
 * 特此通知 that lost its 特 ("…落实。此通知附件:…"): after a sentence, before an 附件, a date or the line's end,
 * where no sentence goes on ("此通知自印发之日起施行").
 */
const LOST_FORMULA = /(?<=[。！!])此(通知|通报|函告|函复|批复|报告|公告|通告|决定)[。！]?(?=附\s*件|\d{4}\s*年|[〇○◯零一二]{4}年|\s|$)/g;

const TITLE_WORD = withTraditional(
  new RegExp(`(${[...DOC_KINDS, '方案', '办法', '规定', '细则', '要点', '计划'].join('|')})([（(][^）)]{1,12}[）)])?`, 'g'),
);
const TITLE_END = new RegExp(`(${TITLE_WORD.source})$`);
/** A code's character, with the pinyin a mirror site injects after it ("發(fā)"). */
const CODE_CHAR = '(?:[\\u4e00-\\u9fff](?:\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,8}\\))?)';
/** The bracket that opens a 文号's year (a pinyin run's bracket is no such bracket). */
const YEAR_BRACKET = /[〔[［【(（﹝]\s*\d{4}/;
/** A 文号's 号 with the pinyin a mirror injects after it ("號(hào)"). */
const HAO = '[号號](?:\\(hào\\))?';
const DOC_NUMBER = new RegExp(`${CODE_CHAR}{1,12}\\s*[〔[［【(（﹝]\\s*\\d{4}\\s*[〕\\]］】)）﹞]\\s*第?\\s*\\d{1,4}\\s*${HAO}`, 'g');
/** The end of a news lead before the document it reprints. */
const LEAD_END = withTraditional(/(全文|原文)(发布|公布|刊发)?如下\s*[:：]/g);
const LEAD_START = new RegExp(LEAD_END.source);
/** What such a 文号 holds: checked first, as most header lines hold none. */
const LOST_YEAR_BRACKET = /[〔[［【﹝](?:19|20)\d{3}/;
const BARE_DOC_NUMBER = new RegExp(`^[〔[［【﹝]\\s*\\d{4}\\s*[〕\\]］】﹞]\\s*第?\\s*\\d{1,4}\\s*${HAO}`);
const LOST_DOC_NUMBER_BEFORE_TEXT = new RegExp(`${CODE_CHAR}{2,12}[〔[［【﹝](?:19|20)\\d{3,6}(?=[\\u4e00-\\u9fff])`, 'g');
const DOC_NUMBER_AT_START = new RegExp(`^${DOC_NUMBER.source}\\s*`);
const CODE_BEFORE_YEAR = new RegExp(`${CODE_CHAR}{1,12}\\s*${YEAR_BRACKET.source}`);
/** A page's toolbar button glued before the 文号 or the 主送 ("打印长绿府议〔2019〕1号", "朗读县水务局:"). */
const TOOLBAR_BEFORE = /^(打印本[页頁]|打印|朗[读讀]|关闭|關閉|分享|收藏)(?=[\u4e00-\u9fff])/;
/** Page chrome that a glued page keeps in its first line: split it off so it is dropped as chrome. */
const CHROME_START = withTraditional(
  /(当前位置|您的位置|所在位置|信息来源|文章来源|访问次数|更新时间|点击(数|次数|量)|(?<![\u4e00-\u9fff])(来源|时间|日期|字号|字体|浏览(次数|量)?|阅读|作者)[:：]|发布时间|发布日期|【打印】|【关闭】|索引号|下载地址|点击此处下载)/g,
);
/**
 * A page's field label, address or date glued right after a title's 文种 ("…的复函时间:2024-07-24", "…的批复http://",
 * "…的通知2019-05-30").
 */
const CHROME_AFTER_TITLE = withTraditional(
  /(发布|发文|成文|更新)?(来源|时间|日期|字号|字体|浏览(次数|量)?|阅读|作者|发布者|发布人|编辑)[:：]|导语|https?:\/\/|\d{4}-\d{1,2}-\d{1,2}(?!\d)/g,
);

/** How long a word may be that opens a page's label glued after a title ("上载", "信息"). */
const LABEL_PREFIX = 2;

/** A page's label standing at a given offset. */
const PAGE_LABEL_HERE = new RegExp(PAGE_LABELS.source, 'y');
/** A font-size toolbar with its buttons lost ("字号:[ ]"), text glued after it (the 主送 of a glued page). */
const TOOLBAR_BEFORE_TEXT = /字\s*[体號号]\s*[:：]\s*[[［【][\s大中小]*[\]］】](?=\s*[\u4e00-\u9fff])/g;
/** A page's date or time with text glued after it. */
const STAMP_BEFORE_TEXT = /\d{4}-\d{1,2}-\d{1,2}(\s*\d{1,2}:\d{2}(:\d{2})?)?(?=[\u4e00-\u9fff])/g;

/**
 * The closed bracket, quotation and 《》 pairs of a text, as [start, end) offset ranges of what they hold, in
 * order of their openers (a list, not an array over every offset: most lines hold few pairs).
 */
function protectedSpans(text: string): number[] {
  const spans: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = CLOSER_OF[text.charCodeAt(i)];
    if (close === 0) continue;
    const open = text.charCodeAt(i);
    const limit = Math.min(text.length, i + 1 + MAX_SPAN);
    for (let j = i + 1; j < limit; j++) {
      // The same opener again first: this one was cut ("《…实行《…》"), the later one holds the pair.
      if (text.charCodeAt(j) === open) break;
      if (text.charCodeAt(j) !== close) continue;
      if (j > i + 1) spans.push(i + 1, j);
      break;
    }
  }
  return spans;
}

/**
 * Whether an offset of `text` lies inside a closed pair; the pairs are found on the first question, as most
 * lines hold nothing to split. (A returned arrow: tsx names each arrow bound to a name, on every call.)
 */
function insideTest(text: string): (i: number) => boolean {
  let spans: number[] | null = null;
  return (i) => {
    // Nothing opens before the first character (a line mostly starts with its marker).
    if (i <= 0) return false;
    spans ??= protectedSpans(text);
    for (let s = 0; s < spans.length && spans[s] <= i; s += 2) if (i < spans[s + 1]) return true;
    return false;
  };
}

interface MarkerHit {
  level: number;
  n: number;
}

/** Whether a character code is an ASCII digit or the start of a marker's number. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function markerAt(text: string, i: number): MarkerHit | null {
  const code = text.charCodeAt(i);
  const beforeCode = i > 0 ? text.charCodeAt(i - 1) : 0;
  // Most digits are inside numbers and dates: rejected before any pattern is tried.
  if (isDigit(beforeCode) || beforeCode === 0x2e || beforeCode === 0xff0e || beforeCode === 0x7b2c) return null;
  const candidates = isDigit(code) ? ARABIC_MARKERS : code === 0xff08 || code === 0x28 ? BRACKET_MARKERS : CHINESE_MARKERS;
  for (const { level, re, arabic } of candidates) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    // A half-width "1. " keeps a space before its text.
    let next = i + m[0].length;
    if (arabic && text[next] === ' ') next++;
    // (An item may open with its year: "附件:1.…分解表2.2018年民生实事任务表".)
    if (!CONTENT_AFTER.test(text[next] ?? '') && !(level === 3 && YEAR_OPENING.test(text.slice(next, next + 6)))) return null;
    if (level === 1 && i > 0 && /[一二三四五六七八九十]/.test(text[i - 1])) return null;
    const n = arabic ? Number(m[1]) : chineseToInt(m[1]);
    return n === null ? null : { level, n };
  }
  return null;
}

/**
 * The last word of a heading as 公文 write them ("总体要求", "指导思想", "保障措施"), each two characters long
 * (runOnHeadingEnd tests only a heading's last two).
 */
const HEADING_NOUN = withTraditional(
  /(要求|目标|思想|原则|措施|任务|情况|保障|机制|事项|范围|分工|步骤|安排|内容|职责|依据|意义|背景|领导|时间|方式|对象|标准|程序|责任|问题|成效|做法|重点|举措|权属|目的|期限|回顾|地点)$/,
);
/** How the paragraph under a heading opens: a preposition, a leading verb, a year, a dash item. */
const BODY_START = withTraditional(
  /^(以|坚持|围绕|按照|根据|为了|为进一步|为(?:落实|深入|加快|切实|做好|推动|全面|贯彻|推进|加强|规范|有效|保障|确保|认真)|到\d|截至|截止|自|本|经|对|由|深入|认真|进一步|结合|全面|紧紧|聚焦|立足|着力|牢固|贯彻|当前|近年来|今年|明年|主要(?:围绕|包括|是|有)|\d{4}年|——)/,
);
/**
 * How the paragraph under a heading opens besides: addressing its organs ("各地区、", "请各…"), citing its basis
 * ("依据《…》"), a plan ("拟于"), or a guiding verb ("践行", "实行"). After a heading's noun these start a
 * paragraph; after a title's 文种 the 主送 may open so too, which the header finds by its colon.
 */
const PARAGRAPH_START = withTraditional(/^(各(?:地|级|有关|相关|责任|成员|单位|部门|乡|镇|县|市|区)|请各|依据|拟(?!定|订)|践行|实行)/);
/** A heading that ends in a noun phrase of its own ("…的深刻内涵"): its paragraph may restate its words. */
const NOUN_PHRASE_END = /的[\u4e00-\u9fff]{2,4}$/;
/** How many of a heading's characters its paragraph repeats at its opening ("…的目的和意义推行说理性…"). */
const RESTATED = 4;
/** A numeral and a measure word ("一届", "二次"): the phrase goes on to the noun they count. */
const NUMERAL = '一二三四五六七八九十百两0123456789';
const QUANTITY = /[一二三四五六七八九十百两\d][届屆次批个個项項轮輪期名所件位家]/;
/** How far after its marker a heading may end. */
const HEADING_WORDS = 30;
/** The pinyin a mirror site injects after a character ("指導(dǎo)思想"): no punctuation of the heading. */
const HEADING_STOP = /[。，,；;：:！!？?\s“《（(]/;
const PINYIN_ANYWHERE = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]/;
const PINYIN_RUN = /^[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,8}[)）]/;

/** k ↦ start + k. (Arrows made by a helper: tsx names an arrow written in an object literal, on every call.) */
function offsetFrom(start: number): (k: number) => number {
  return (k) => start + k;
}

/** k ↦ offsets[k]. */
function offsetIn(offsets: readonly number[]): (k: number) => number {
  return (k) => offsets[k];
}

/**
 * A heading's first words without injected pinyin, each character with its offset in the text: up to the first
 * punctuation, at most HEADING_WORDS characters.
 */
function headingWords(text: string, start: number): { words: string; at: (k: number) => number } {
  const window = text.slice(start, start + HEADING_WORDS);
  // Most headings hold no pinyin: their words are the window up to its first punctuation.
  if (!PINYIN_ANYWHERE.test(window)) {
    const stop = window.search(HEADING_STOP);
    return { words: stop >= 0 ? window.slice(0, stop) : window, at: offsetFrom(start) };
  }
  let words = '';
  const at: number[] = [];
  for (let i = start; i < text.length && words.length < HEADING_WORDS; i++) {
    const ch = text[i];
    const pinyin = (ch === '(' || ch === '（') && words !== '' ? PINYIN_RUN.exec(text.slice(i, i + 12)) : null;
    if (pinyin) {
      i += pinyin[0].length - 1;
      continue;
    }
    if (HEADING_STOP.test(ch)) break;
    words += text[i];
    at.push(i);
  }
  at.push(at.length ? at[at.length - 1] + 1 : start);
  return { words, at: offsetIn(at) };
}

/** The six characters after a heading's first k words, past its words' end into the text (pinyin left out). */
function plainAfter(text: string, words: string, at: (k: number) => number, k: number): string {
  return words.slice(k, k + 6) + (k + 6 > words.length ? text.slice(at(words.length), at(words.length) + 6) : '');
}

/**
 * Where a heading that runs straight on into its paragraph ends ("一、总体目标围绕…"): after a heading's last
 * word, before the paragraph's opening word, within the first words and before any punctuation; or where the
 * paragraph opens by restating the heading's words ("一、…的目的和意义推行说理性…", heading "…推行说理性…").
 */
function runOnHeadingEnd(text: string, markerAt: number): number | null {
  const start = text.slice(markerAt, markerAt + 6).search(/[、）)．.]/) + markerAt + 1;
  const { words, at } = headingWords(text, start);
  for (let k = 2; k <= words.length; k++) {
    // Every heading noun is two characters long: only the last two are tested.
    const noun = HEADING_NOUN.test(words.slice(k - 2, k));
    // (At the words' end the paragraph may open after a space: "一、总体情况 2022年…".)
    const after = noun ? plainAfter(text, words, at, k).trimStart() : '';
    // (要求 is a verb too, whose object names organs: "加强目标管理要求各单位建立台账".)
    const addressed = PARAGRAPH_START.test(after) && !(after.startsWith('各') && words.slice(k - 2, k) === '要求');
    if (noun && (BODY_START.test(after) || addressed)) return at(k);
    if (k < RESTATED + 2 || k + RESTATED > words.length || !(noun || NOUN_PHRASE_END.test(words.slice(k - 5, k)))) continue;
    // A numeral with its measure word modifies the noun after it ("产生的新一届|浦东新区政府"): no end in that phrase.
    if (QUANTITY.test(words.slice(k - 5, k)) || NUMERAL.includes(words[k - 1])) continue;
    const restated = words.slice(0, k).indexOf(words.slice(k, k + RESTATED));
    if (restated >= 0 && restated + RESTATED <= k) return at(k);
  }
  return null;
}

/** How far into the paragraph after a label's colon its words are looked for. */
const LABEL_ECHO_REACH = 24;

/**
 * Where a label heading ends that a glued line runs into its paragraph ("一、拟征收土地范围:拟启动征收土地位于…"):
 * after its colon, where the paragraph's first words restate the label's. A one-line item goes on after its colon
 * with other words ("二、征收目的:为实施公共利益…") and stays whole.
 */
function labelHeadingEnd(text: string, markerAt: number): number | null {
  const start = text.slice(markerAt, markerAt + 6).search(/[、）)．.]/) + markerAt + 1;
  const { words, at } = headingWords(text, start);
  const colon = at(words.length);
  if (words.length < RESTATED || (text[colon] !== '：' && text[colon] !== ':')) return null;
  const opening = text.slice(colon + 1, colon + 1 + LABEL_ECHO_REACH).split(/[。，,；;：:]/, 1)[0];
  for (let k = 0; k + RESTATED <= words.length; k++) if (opening.includes(words.slice(k, k + RESTATED))) return colon + 1;
  return null;
}

/** The last word of a heading over a list of units ("单位末位排名", "先进集体名单"). */
const LIST_HEADING_NOUN = withTraditional(/(排名|名单|名次)$/);
/** How far past a heading the units under it are looked at. */
const UNIT_LIST_REACH = 60;
/** What ends a heading-only item's units: the next item, or a date (the 成文日期 under the 署名). */
const ITEM_OR_DATE = /\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|\d{4}年|[〇○一二]{4}年/;
const PINYIN_RUNS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,8}[)）]/g;

/** Whether a text is units' names glued one after the other ("教育局信用社"), each plain and complete. */
function isUnitRun(text: string): boolean {
  const reached = new Uint8Array(text.length + 1);
  reached[0] = 1;
  for (let i = 0; i < text.length; i++) {
    if (!reached[i]) continue;
    for (let j = i + 3; j <= Math.min(text.length, i + 20); j++) if (!reached[j] && isPlainOrgName(text.slice(i, j))) reached[j] = 1;
  }
  return reached[text.length] === 1;
}

/**
 * Where a heading-only item ends that runs straight into the units listed under it ("1、单位末位排名教育局 信用社
 * 2、…"): after a heading's last word, where only units' names follow up to the next item, a date or the end.
 */
function unitListHeadingEnd(text: string, markerAt: number): number | null {
  const start = text.slice(markerAt, markerAt + 6).search(/[、）)．.]/) + markerAt + 1;
  const { words, at } = headingWords(text, start);
  let tail: string | null = null;
  for (let k = 2; k <= words.length - 3; k++) {
    const last = words.slice(k - 2, k);
    if (!HEADING_NOUN.test(last) && !LIST_HEADING_NOUN.test(last)) continue;
    if (tail === null) {
      const from = at(words.length);
      // The units may stand apart by spaces, and a mirror's pinyin after them is no part of their names.
      tail = words + text.slice(from, from + UNIT_LIST_REACH).replace(PINYIN_RUNS, '');
      const next = tail.search(ITEM_OR_DATE);
      if (next < 0 && from + UNIT_LIST_REACH < text.length) return null;
      if (next >= 0) tail = tail.slice(0, next);
      if (/[。！？；;，,：:、]/.test(tail)) return null;
    }
    // (A heading's 领导小组 is one word: "成立领导小组".)
    const units = tail.slice(k).trim();
    if (units.length < 3) return null;
    if (!units.startsWith('小组') && units.split(/\s+/).every(isUnitRun)) return at(k);
  }
  return null;
}

/**
 * Offsets before clause markers: after a sentence or bracket, continuing a numbering (from the line before
 * too), or a first sub-item under its heading.
 */
function markerCuts(text: string, isInside: (i: number) => boolean, previous: string): number[] {
  const cuts: number[] = [];
  const last: (number | undefined)[] = [];
  // The numbering goes on from the line before ("1、甲" / "乙2、丙").
  const before = markerAt(previous, 0);
  if (before) last[before.level] = before.n;
  let lastLevel = 0;
  let lastAt = -Infinity;
  // (exec rather than matchAll: a line without a marker pays no iterator.)
  MARKER_CANDIDATE.lastIndex = 0;
  for (let candidate = MARKER_CANDIDATE.exec(text); candidate; candidate = MARKER_CANDIDATE.exec(text)) {
    const i = candidate.index;
    const hit = markerAt(text, i);
    if (!hit || isInside(i)) continue;
    const accepted =
      i === 0 ||
      afterBoundary(text, i) ||
      (hit.level === 1 && hit.n === 1 && opensFirstClause(text, i)) ||
      (last[hit.level] !== undefined && hit.n === last[hit.level]! + 1) ||
      (hit.n === 1 && lastLevel > 0 && lastLevel < hit.level && i - lastAt <= HEADING_REACH);
    if (!accepted) continue;
    // An 附件 label keeps its first item on its line ("附件:1.名单2.方案"), as it is printed.
    const afterAttachmentLabel = /附\s*件\s*[：:]\s*$/.test(text.slice(Math.max(0, i - 6), i));
    if (!afterAttachmentLabel) cuts.push(i);
    // A heading joined to its text by a space ("一、提高认识 各单位要…") ends at the space.
    const space = text.slice(i, i + HEADING_REACH).search(/\s/);
    if (space > 3 && !/[。，,；;：:！？]/.test(text.slice(i, i + space)) && CONTENT_AFTER.test(text[i + space + 1] ?? '')) {
      cuts.push(i + space);
      // …unless the space stands between the units under a heading-only item ("1、末位排名教育局 信用社").
      const end = unitListHeadingEnd(text, i);
      if (end !== null) cuts.push(end);
    } else {
      // (A label's colon ends its heading only where lines were glued: a line of its own is a one-line item.)
      const end = runOnHeadingEnd(text, i) ?? unitListHeadingEnd(text, i) ?? (i > 0 ? labelHeadingEnd(text, i) : null);
      if (end !== null) cuts.push(end);
    }
    last[hit.level] = hit.n;
    last.length = hit.level + 1;
    lastLevel = hit.level;
    lastAt = i;
  }
  return cuts;
}

const ARTICLE = /第[一二三四五六七八九十百零〇]{1,5}条(?=\s|[\u4e00-\u9fff])/g;
const CHAPTER = /第[一二三四五六七八九十]{1,3}章(?=\s|[\u4e00-\u9fff])/g;
/** The name of the rules whose first chapter is glued after it ("…管理办法第一章总则第一条…"). */
const RULES_NAME_END = withTraditional(/(办法|规定|规则|细则|条例|章程|制度|准则|守则)[）)]?$/);
/** A sentence that names a part of the rules rather than printing it ("依照本办法第三章"). */
const NAMES_PART = /本[\u4e00-\u9fff]{2}$|[按据照依见][\u4e00-\u9fff]{0,30}$/;

/** Whether the 第一章 or 第一条 at `at` opens the rules whose name stands glued before it, not a sentence naming it. */
function opensRules(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return RULES_NAME_END.test(before) && !NAMES_PART.test(before.slice(before.search(/[^。！？；;，,：:\s]*$/)));
}

/**
 * Offsets before a 第X章 chapter heading that opens a line: after a sentence, or the first chapter right after
 * the name of the rules it opens.
 */
function chapterCuts(text: string, isInside: (i: number) => boolean): number[] {
  const cuts: number[] = [];
  if (!text.includes('章')) return cuts;
  for (const m of text.matchAll(CHAPTER)) {
    const afterName = m[0].startsWith('第一章') && opensRules(text, m.index);
    if (m.index > 0 && (afterName || /[。；;！？\s]/.test(text[m.index - 1])) && !isInside(m.index)) cuts.push(m.index);
  }
  return cuts;
}

/**
 * Offsets before a 第X条 article that opens a line: after a sentence, right after a clause's or chapter's
 * heading ("一、市级会议制度第一条 会议由…", "第一章总则第一条为…"), or the first one after the rules' name.
 * An article named inside a sentence ("依照本办法第三条") is no line.
 */
function articleCuts(text: string, isInside: (i: number) => boolean, headings: readonly number[]): number[] {
  const cuts: number[] = [];
  if (!text.includes('条') || !text.includes('第')) return cuts;
  for (const m of text.matchAll(ARTICLE)) {
    const heading = headings.filter((c) => c < m.index).pop();
    const afterHeading = heading !== undefined && m.index - heading <= HEADING_REACH && !/[。，,；;：:]/.test(text.slice(heading, m.index));
    const afterName = m[0].startsWith('第一条') && opensRules(text, m.index);
    if ((afterHeading || afterName || (m.index > 0 && /[。；;\s]/.test(text[m.index - 1]))) && !isInside(m.index)) cuts.push(m.index);
  }
  return cuts;
}

/** The issuers the header names (版头 "…文件", the title's "…关于"), to find them again in a glued 署名. */
function headerIssuers(text: string): string[] {
  const head = text.slice(0, 300);
  const names: string[] = [];
  const mark = head.search(/文\s*件(?=\s|[\u4e00-\u9fff])/);
  if (mark > 0) names.push(lastToken(head.slice(0, mark)));
  const verb = head.search(TITLE_VERB);
  if (verb > 0) names.push(...(/[^\s：:。，,]*(?:\s+[^\s：:。，,]+)*$/.exec(head.slice(0, verb).trimEnd())?.[0] ?? '').split(/\s+/));
  return names.filter((n) => n.length >= 3 && n.length <= 60 && isCompleteOrgName(n));
}

function lastToken(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.slice(trimmed.search(/\S+$/));
}

/** Where the trailing run of known issuer names before a date starts, or null. */
function knownNameStart(before: string, issuers: readonly string[]): number | null {
  let end = before.trimEnd().length;
  let start: number | null = null;
  for (;;) {
    const head = before.slice(0, end).trimEnd();
    const name = issuers.find((n) => head.endsWith(n));
    if (!name) return start;
    start = head.length - name.length;
    end = start;
  }
}

/** The start of the 署名 before a date: an organ's name back to the sentence before it, or the date itself. */
function signatureStart(text: string, dateAt: number, issuers: readonly string[]): number | null {
  const before = text.slice(Math.max(0, dateAt - 60), dateAt);
  const known = knownNameStart(before, issuers);
  const formula = [...before.matchAll(CLOSING_FORMULA)].pop();
  let from = formula ? formula.index + formula[0].length - 1 : -1;
  for (let k = before.length - 1; k > from; k--) {
    if (SENTENCE_END.test(before[k])) {
      from = k;
      break;
    }
  }
  const name = before.slice(from + 1).trim();
  const start = dateAt - before.length + from + 1;
  if (known !== null) {
    // A title may print its issuer's short form ("县人民政府关于…") and the 署名 the full name ("浠水县人民政府"):
    // a locality's name glued before the known one belongs to the 署名.
    const locality = before.slice(from + 1, known).trim();
    const full = locality !== '' && locality.length <= MAX_LOCALITY && !/[\s\d]/.test(locality) && isSignatureName(name);
    return full ? start : dateAt - before.length + known;
  }
  if (name === '') return from >= 0 || dateAt === 0 ? start : null;
  if (isSignatureName(name)) return start;
  // Names glued after a quotation, a bracket, a title's 文种 or a table's name ("…的通知》甲县农业局甲县财政局
  // 2018年6月22日", "附件:甲县汛期安全工作方案甲县人民政府2019年1月8日", "附件:任务分解表甲县人民政府…").
  for (let k = Math.max(1, before.length - 41); k < before.length - 2; k++) {
    // (An attachment's file name ends as its title does: "…(甲府〔2023〕1号).pdf甲县人民政府".)
    const afterTitle = TITLE_END.test(before.slice(Math.max(0, k - 16), k)) || LIST_END.test(before.slice(0, k)) || FILE_NAME_END.test(before.slice(0, k));
    // …or after a unit that ends a list item, when the 署名 opens with its locality ("…排名交通局甲县整治办公室").
    const afterUnit = UNIT_NAME_END.test(before.slice(Math.max(0, k - 4), k)) && opensWithLocality(before.slice(k));
    if (!/[》”」）)]/.test(before[k - 1]) && !afterTitle && !afterUnit) continue;
    const names = before.slice(k).trim();
    if (/^[\u4e00-\u9fff]/.test(names) && names.split(/\s+/).flatMap(splitGluedNames).every(isPlainOrgName))
      return dateAt - before.length + k;
  }
  // The names after the last spaces ("附件:任务分解表 甲县农业局 甲县财政局 2021年1月25日").
  let namesAt: number | null = null;
  for (const space of before.matchAll(/\s+/g)) {
    const after = before.slice(space.index).trim();
    // The name right under a heading-only list item is its content ("2、末位排名 交通局 甲县整治办公室").
    if (HEADING_ONLY_ITEM_END.test(before.slice(0, space.index))) continue;
    if (after !== '' && isSignatureName(after)) {
      namesAt = space.index + 1;
      break;
    }
  }
  if (namesAt !== null) return dateAt - before.length + namesAt;
  // A date alone after a line that became a space ("附件:情况表 2022年2月21日"), when nothing follows it; or
  // glued to the end of an 附件 line, which holds no sentence ("附件:情况表2022年2月21日").
  // (Only the next characters are looked at: a line holds many dates.)
  const after = text.slice(dateAt, dateAt + DATE_LOOKAHEAD).replace(DATE_AT_START, '');
  const endsText = dateAt + DATE_LOOKAHEAD >= text.length && after.trim() === '';
  // (A page's table may close after an 附件 line with its rule: "附件:…分解表 2007年4月13日 |"; a metadata row's
  // date closes its row so too, and is no 成文日期.)
  const endsTextInTable = dateAt + DATE_LOOKAHEAD >= text.length && /^[\s|｜]*$/.test(after);
  const closesLine = /\s$/.test(before) && !/[：:，,、]\s*$/.test(before) && (endsText || /^\s*([（(]|附\s*件|抄\s*送)/.test(after));
  // …and a 附注 may follow it ("附件:情况表2022年2月21日(联系人:…)").
  const endsAttachmentLine =
    (endsTextInTable || /^\s*[（(]/.test(after)) &&
    (/^附\s*件\s*\d*\s*[：:]/.test(text) || ATTACHMENT_LINE_END.test(text.slice(Math.max(0, dateAt - ATTACHMENT_REACH), dateAt))) &&
    !/[：:]\s*$/.test(before);
  // …or to the end of an 附件 item that ends in its bracket or 》 ("2.《…方案》(…名单)2023年5月6日"), the line's
  // end or the attachment's own 附件 label after it: a sentence ends in 。, and an item holds no comma
  // (its list's label may stand on the line before).
  const list = ATTACHMENT_LIST_END.exec(text.slice(Math.max(0, dateAt - ATTACHMENT_LIST_REACH), dateAt));
  const endsListItem =
    (endsText || /^\s*附\s*件/.test(after)) && /[）)》]$/.test(before) && (list !== null || !/[，,：:]/.test(before.slice(from + 1)));
  return closesLine || endsAttachmentLine || endsListItem ? dateAt : null;
}

/** An attached file's name ending in its type. */
const FILE_NAME_END = /\.(pdf|docx?|xlsx?|wps|ofd|zip|rar)$/i;

/** How a 署名 opens: its locality ("甲县", "中共甲市"), at most a few characters long. */
const LOCALITY_START = withTraditional(/^(中共)?[\u4e00-\u9fff]{1,5}[省市县区州旗镇乡]/);

/** Whether a name opens with its locality, not with the rest of the name before it ("委|办公室甲县…"). */
function opensWithLocality(name: string): boolean {
  return LOCALITY_START.test(name) && !UNIT_WORD_START.test(name);
}
const UNIT_WORD_START = withTraditional(/^(办公室|办|委|局|厅|处|室|会|组|院|社|所|站|队|中心|政府)/);

/** An 附件 line's label with its title after it, no sentence between: a date glued after it closes the document. */
const ATTACHMENT_LINE_END = /附\s*件\s*\d*\s*[：:][^。！？；;：:]*$/;
const ATTACHMENT_REACH = 100;
/** An 附件 list, items with no sentence nor comma in them: a date glued to its last item closes the document. */
const ATTACHMENT_LIST_END = /附\s*件\s*[：:][^。！？；;：:，,]*$/;
const ATTACHMENT_LIST_REACH = 300;
/** How far past a date's start its line is looked at: the date and what follows it. */
const DATE_LOOKAHEAD = 48;
/** The date a text opens with, to look past it. */
const DATE_AT_START = new RegExp(`^${DATE.source}`);

/** A numbered item without a sentence ending the text: its heading alone ("2、末位排名"). */
const HEADING_ONLY_ITEM_END =
  /(?:^|[。！？；;\s])(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)])[^。！？；;，,\s]{1,30}$/;

/** How long a locality's name before an organ's short name may be ("浠水", "黄冈市浠水"). */
const MAX_LOCALITY = 8;

/** A short 署名 printed letter-spaced ("国 务 院"): single characters apart by spaces. */
const LETTER_SPACED = /^[\u4e00-\u9fff](\s+[\u4e00-\u9fff]){1,5}$/;

/** Whether a text is the 署名's names (joint ones apart by spaces), a mirror's pinyin left out. */
function isSignatureName(name: string): boolean {
  const plain = name.includes('(') ? name.replace(PINYIN_RUNS, '') : name;
  const parts = LETTER_SPACED.test(plain) ? [plain.replace(/\s+/g, '')] : plain.split(/\s+/);
  return parts.every((part) => part.length <= 40 && !/[：:《》]/.test(part) && isCompleteOrgName(part));
}

/** Offsets around the 署名 and 成文日期 (and a 印发 line's organ and date). */
function signatureCuts(text: string, isInside: (i: number) => boolean, known: readonly string[], previous: string): number[] {
  const cuts: number[] = [];
  if (!text.includes('日') || !text.includes('年')) return cuts;
  let issuers: string[] | null = null;
  for (const m of datesIn(text)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end, end + 8);
    const printLine = /^\s*印\s*发/.test(rest);
    // A date between a sentence and a space stands on its own line of a pasted one-line page, whatever follows.
    const ownLine = /[。！？]\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^\s/.test(rest);
    if ((!printLine && !ownLine && DATE_GOES_ON.test(rest)) || isInside(m.index)) continue;
    issuers ??= [...known, ...headerIssuers(text)];
    // A date right after the 附注 under the 署名 ("…办公室(此件公开发布)2017年6月23日") closes the document too.
    const afterRemark = REMARK_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
    const start = afterRemark ? m.index : signatureStart(text, m.index, issuers);
    if (start === null) continue;
    // A date alone after a sentence is the 成文日期 only where a line ends after it, after 特此通知, or where it
    // opens the line under the 署名 ("甲县人民政府" / "2023年5月6日甲县汛期工作方案").
    // (or on the line before: "特此公告" / "2022年1月29日THE END")
    const afterFormula =
      /特此[\u4e00-\u9fff]{2}[。！]?\s*$/.test(text.slice(Math.max(0, start - 8), start)) ||
      (start === 0 && /^特?此[\u4e00-\u9fff]{2}[。！]?$/.test(previous));
    const underSignature = m.index === 0 && previous !== '' && isSignatureName(previous);
    // A date in Chinese numerals after a sentence is a 成文日期 on its own line: text writes its dates in digits.
    const chineseAfterSentence = !/^\d{4}$/.test(m[1]) && (m.index === 0 || SENTENCE_END.test(text[m.index - 1]));
    // (A year opening the line after it: "…落实。2020年6月28日2020年区政府重点工作…".)
    if (
      start === m.index &&
      !/^\s*\d{4}\s*年/.test(rest) &&
      !printLine &&
      !afterFormula &&
      !underSignature &&
      !afterRemark &&
      !chineseAfterSentence &&
      rest !== '' &&
      !/^(\s|[（(]|附\s*件|抄\s*送)/.test(rest)
    )
      continue;
    cuts.push(start);
    if (!printLine) cuts.push(m.index, end);
    else cuts.push(end + rest.indexOf('发') + 1);
  }
  return cuts;
}

/**
 * A 成文日期 whose 年 and 月 (or 年, 月 and 日) extraction lost, glued to the text around it: "2019515日", and
 * "{ 2017 6 23" with its gaps kept. It is cut only where a 署名 or a 附注 such as (此件公开发布) stands right
 * before it (elsewhere such digits are text), and read only where one split is a valid date (dates.ts decides).
 */
const GARBLED_DATE = /(?<![\d年月.．])(?:19|20)\d{4,6}日|[{｛]?\s?(?<![\d.．])(?:19|20)\d\d\s\d{1,2}\s\d{1,2}(?![\d.．])/g;
const REMARK_BEFORE = /[（(]此件[^（）()]{1,12}[）)]\s*$/;

function garbledDateCuts(text: string, isInside: (i: number) => boolean, known: readonly string[]): number[] {
  const cuts: number[] = [];
  // Either form's digits, looked for first: most lines hold neither.
  if (!/\d{6}日|\d\s\d/.test(text)) return cuts;
  for (const m of text.matchAll(GARBLED_DATE)) {
    // Digits before 日 are a date's shape even where they split two ways: cut, and left unread by dates.ts.
    if (!m[0].endsWith('日') && parseDate(m[0]) === null) continue;
    const end = m.index + m[0].length;
    if (REMARK_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) {
      if (!isInside(m.index)) cuts.push(m.index, end);
      continue;
    }
    const start = signatureStart(text, m.index, [...known, ...headerIssuers(text)]);
    if (start !== null && start < m.index && !isInside(m.index)) cuts.push(start, m.index, end);
  }
  return cuts;
}

/** A page's field label ("发布机构:", "文 号:") opening the text after a space, or ending the text before it. */
/** Its characters are written together or each apart ("文 号:"), never as two words ("通知 名称:" is a value and a label). */
const LABEL_WORD = '(?:[\\u4e00-\\u9fff]{2,6}|[\\u4e00-\\u9fff](?:\\s[\\u4e00-\\u9fff]){1,5})\\s*[:：]';
const PAGE_LABEL = new RegExp(`^${LABEL_WORD}`);
const PAGE_LABEL_END = new RegExp(`(?:^|\\s)${LABEL_WORD}$`);

/** A law database's 题注 under the title: "(1992年6月15日 国家旅游局)". */
const TITLE_NOTE_START = /^[（(]\s*(\d{4}|[〇○◯零OoＯ0０一二三四五六七八九]{4})\s*年/;
/** How far into its line a title's 文种 stands at least: the title's own words stand before it. */
const TITLE_MIN = 6;
/** The same 题注 anywhere in a header line, closed within a date and an organ's name. */
const GLUED_TITLE_NOTE = /[（(]{1,2}\s*(\d{4}|[〇○◯零OoＯ0０一二三四五六七八九]{4})\s*年[^（）()]{3,50}[）)]{1,2}/g;
/** A title opening after its issuer's line ("甲县人民政府 关于…", "甲县人民政府办公室 转发…"). */
const TITLE_VERB_START = new RegExp(`^(${TITLE_VERB.source})`);
/** How far back a space the issuer before a title is looked for. */
const ISSUER_REACH = 40;

/** An organ's name alone ends the text, not joint issuers printed side by side on the title's line. */
function isSoleIssuerBefore(before: string): boolean {
  const [name, previous] = before.trimEnd().split(/\s+/).reverse();
  return name.length <= ISSUER_REACH && isCompleteOrgName(name) && !(previous !== undefined && isCompleteOrgName(previous));
}

/** A page's known label glued after a value opens the word ("通知名称:"): the row goes on, the label is cut later. */
function labelGluedToValue(after: string): boolean {
  const label = after.search(PAGE_LABELS);
  return label > 0 && !/\s/.test(after.slice(0, label));
}

/** A page's label for a date or time, at the end of a text. */
const DATE_LABEL_END = /(日期|时间|時間)\s*[:：]$/;
const DATE_LABEL = /(日期|时间|時間)\s*[:：]/g;

/** A label for subject words ("主 题 词:"), at the end of a text. */
const WORDS_LABEL_END = /(主\s*题\s*词|关\s*键\s*词)\s*[:：]$/;
const BRACKETED_YEAR = /[〔［[【(（﹝]\s*\d{4}\s*[〕］\]】)）﹞]/;
/** One character of a label spelled apart, standing alone before a space, and the label it opens. */
const SPACED_LABEL_PART = /(?:^|[\s|｜])[\u4e00-\u9fff]$/;
const SPACED_LABEL = /^[\u4e00-\u9fff](?:\s[\u4e00-\u9fff]){1,5}\s*[:：]/;

/** Where a glued page had a line break that became a space: after a sentence, a bracket, a title's 文种 or a 文号. */
function spaceCuts(text: string, isInside: (i: number) => boolean): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(/\s+/g)) {
    if (m.index === 0) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // A label spelled apart ("索 引 号:", "名 称:") is one word: its spaces end no line.
    if (SPACED_LABEL_PART.test(before) && SPACED_LABEL.test(text.slice(m.index - 1, m.index + 16))) continue;
    // A 主题词 left empty above the title or 文号 (its cell's bar kept): subject words hold no 关于 nor year in brackets.
    if (WORDS_LABEL_END.test(before.replace(/\s*[|｜]$/, '')) && !/^[|｜]/.test(after)) {
      if ((TITLE_VERB.test(after) || BRACKETED_YEAR.test(after)) && !isInside(m.index)) cuts.push(m.index);
      continue;
    }
    // A page's "发文日期: 2017-01-28" keeps its value; the next label starts a line.
    // …but a date's label with no date after it ("成文日期: 牟政办发〔201746") stood empty at its line's end.
    if (/[:：]$/.test(before) && (PAGE_LABEL_END.test(before) || ENDS_WITH_PAGE_LABEL.test(before))) {
      const emptyDateLabel = DATE_LABEL_END.test(before) && /^[\u4e00-\u9fff]/.test(after) && !/^[〇○◯零一二]/.test(after);
      // "具体内容如下:" leads into the text, it labels no value.
      const lead = /如下\s*[:：]$/.test(before);
      if (!emptyDateLabel && !lead) continue;
    }
    const lineBreak =
      // A clock's colon ("14: 58: 15") ends no line.
      // (Nor does a mirror's pinyin: "國 務(wù) 院".)
      (/[。！!？?；;：:）)】〕”]$/.test(before) && !/\d\s*[：:]$/.test(before) && !PINYIN_BEFORE.test(before)) ||
      TITLE_END.test(before) ||
      /\d\s*[号號]$|\d{4}-\d{1,2}-\d{1,2}$|\d{1,2}:\d{2}$/.test(before) ||
      // A date whose 年月日 were lost in extraction: "{ 2017 6 23".
      /(?:^|[{｛\s])\d{4}\s\d{1,2}\s\d{1,2}$/.test(before) ||
      (PAGE_LABEL.test(after) && !labelGluedToValue(after)) ||
      TITLE_NOTE_START.test(after) ||
      (TITLE_VERB_START.test(after) && isSoleIssuerBefore(text.slice(Math.max(0, m.index - ISSUER_REACH * 2), m.index)));
    if (lineBreak && !isInside(m.index)) cuts.push(m.index);
  }
  return cuts;
}

/** How far before a 附注 its 署名 may start. */
const SIGNATURE_REACH = 40;

/** Where the 署名 starts that ends a text right after its last sentence, or null. */
function signatureBefore(text: string): number | null {
  const at = text.search(/[^。！？!?\s][^。！？!?]*$/);
  return at > 0 && /[。！？!?]\s*$/.test(text.slice(0, at)) && isSignatureName(text.slice(at).trim()) ? at : null;
}

/** A character every 附件, 抄送, 附注 and 特此… holds: most lines hold none and are passed over. */
const CLOSING_HINT = /[附抄此]/;

/** Offsets before 附件, 抄送 and a 附注 such as （此件公开发布）. */
function closingCuts(text: string, isInside: (i: number) => boolean): number[] {
  const cuts: number[] = [];
  if (!CLOSING_HINT.test(text)) return cuts;
  // (此 is common: "因此", "此外". Each pattern is looked for only in a line holding its own characters.)
  for (const m of /[附抄]|此件/.test(text) ? text.matchAll(/附\s*件\s*[：:\d１-９]|抄\s*[送报]\s*[：:]|[（(]此件/g) : []) {
    if (isInside(m.index) && !m[0].startsWith('（') && !m[0].startsWith('(')) continue;
    const before = text[m.index - 1] ?? '';
    const afterFormula = /此(通知|通报|函告|函复|批复|报告|公告|通告|决定)[。！]?$/.test(text.slice(Math.max(0, m.index - 5), m.index));
    // After a number only the label with its colon ("…3011097附件:1.…"): "详见附件1" is a sentence.
    const afterNumber = /\d/.test(before) && /[：:]$/.test(m[0]);
    if (m[0].startsWith('附') && before !== '' && !/[\s。！!；;）)日]/.test(before) && !afterFormula && !afterNumber) continue;
    cuts.push(m.index);
    // A 署名 glued between the last sentence and the 附注 ("…执行。甲县人民政府办公室(此件公开发布)"): its own line.
    const from = Math.max(0, m.index - SIGNATURE_REACH);
    const signature = m[0].endsWith('此件') ? signatureBefore(text.slice(from, m.index)) : null;
    if (signature !== null) cuts.push(from + signature);
  }
  const formulas = [...(text.includes('特此') ? [CLOSING_FORMULA] : []), ...(/[。！!]此/.test(text) ? [LOST_FORMULA] : [])];
  for (const formula of formulas) {
    for (const m of text.matchAll(formula)) if (!isInside(m.index)) cuts.push(m.index, m.index + m[0].length);
  }
  return cuts;
}

/**
 * The header's cuts, before the first sentence: around a 文号, chrome, and between title and 主送. A short
 * line may be a page's metadata row or a 文号 printed with its title: it is cut only where two header lines
 * were glued with nothing between them (a title's 文种 and the 文号, chrome or 主送 after it).
 */
function headerCuts(
  text: string,
  isInside: (i: number) => boolean,
  end: number,
  whole: boolean,
  known: readonly string[],
  previous: string,
): number[] {
  const head = text.slice(0, end);
  const cuts: number[] = [];
  // Offsets inside a 文号 (past its first character).
  const inDocNumber = new Uint8Array(head.length);
  // (A 文号 holds its year's bracket: most header lines hold none, and are not searched through.)
  for (const m of YEAR_BRACKET.test(head) ? head.matchAll(DOC_NUMBER) : []) {
    // A 文号 in brackets after a title, or the value of a page's "文号:" field, stays where it is.
    // (Another label's colon, such as a toolbar's "字体:", holds no 文号.)
    const before = head.slice(Math.max(0, m.index - 12), m.index).trimEnd();
    const opensBracket = /[（(|]$/.test(before) || (/[:：]$/.test(before) && !/(字体|字體|来源|來源|时间|時間|日期)\s*[:：]$/.test(before));
    const end = m.index + m[0].length;
    inDocNumber.fill(1, m.index + 1, end);
    // A title's bracketed 文号 with the body glued after it: "…启动公告(方征启公告﹝2022﹞4号)为实施…".
    // (A cited document's 文号 after its 《title》 is part of the sentence: "根据《…的通知》(甲府〔2018〕1号)部署…".)
    const cited = /》\s*[（(]\s*$/.test(head.slice(Math.max(0, m.index - 3), m.index));
    if (opensBracket && !cited && /^[）)][\u4e00-\u9fff]/.test(head.slice(end, end + 2))) cuts.push(end + 1);
    if (isInside(m.index) || opensBracket || /[:：|]\s*$/.test(m[0].slice(0, m[0].search(YEAR_BRACKET)))) continue;
    const code = m[0].search(CODE_BEFORE_YEAR);
    // A title's 文种 glued before the code ends the title: "…的通知盘政办发〔2021〕1号".
    const codeText = m[0].slice(0, m[0].search(YEAR_BRACKET)).trimEnd();
    // …but a code ending in a 文种 character ("張政辦函〔2023〕180號") is the code itself: a 文种 with a code of two
    // characters after it ends the title first; one right before the bracket only where no code follows a long title
    // ("…启动公告〔2022〕第1号").
    const words = [...codeText.matchAll(TITLE_WORD)];
    // (A mirror's pronunciations inside the code, "國(guó)函", make it no longer.)
    const titleEnd =
      words.filter((t) => codeText.length - t.index - t[0].length >= 2).pop() ??
      (codeText.replace(PINYIN_RUNS, '').length > 6 ? words.pop() : undefined);
    let codeStart = m.index + Math.max(0, code, titleEnd ? titleEnd.index + titleEnd[0].length : 0);
    const toolbar = TOOLBAR_BEFORE.exec(head.slice(codeStart, end));
    if (toolbar) codeStart += toolbar[0].length;
    if (whole || titleEnd || toolbar) cuts.push(codeStart);
    if (whole || /^[\u4e00-\u9fff]/.test(head.slice(end, end + 1))) cuts.push(end);
  }
  // A 文号 printed without its agency's code opens a line with the text glued after it ("〔2022〕第1号为保障…").
  const bare = BARE_DOC_NUMBER.exec(head);
  if (bare && /^[\u4e00-\u9fff]/.test(head.slice(bare[0].length, bare[0].length + 1))) cuts.push(bare[0].length);
  // A news lead ends where the document it reprints starts ("日前,甲市印发《…》。全文如下:甲市…方案").
  for (const m of head.matchAll(LEAD_END)) if (!isInside(m.index)) cuts.push(m.index + m[0].length);
  // A 文号 whose closing bracket and 号 extraction lost, glued to the 主送 after it ("甲政办发〔201746各乡镇…").
  if (LOST_YEAR_BRACKET.test(head)) {
    for (const m of head.matchAll(LOST_DOC_NUMBER_BEFORE_TEXT)) if (!isInside(m.index)) cuts.push(m.index + m[0].length);
  }
  // The 文种 words, found once for the three uses below.
  const titleWords = [...head.matchAll(TITLE_WORD)];
  // A title whose 文种 runs straight on into the body's opening words ("…情况报告2023年，本区…", "…的通知为进一步…").
  for (const m of titleWords) {
    const end = m.index + m[0].length;
    if (!isInside(m.index) && m.index >= TITLE_MIN && BODY_START.test(head.slice(end, end + 6))) cuts.push(end);
  }
  // A byline glued after the title's 文种 ends the line: "关于…的复函乙省旅游局".
  if (head.length === text.length) {
    const last = titleWords[titleWords.length - 1];
    const byline = last ? head.slice(last.index + last[0].length) : '';
    if (last && last.index >= TITLE_MIN && byline.length >= 3 && isPlainOrgName(byline)) cuts.push(last.index + last[0].length);
  }
  // A law database's 题注 glued between the title and the 主送 is a line of its own.
  for (const m of head.matchAll(GLUED_TITLE_NOTE)) {
    const end = m.index + m[0].length;
    // A 题注 opening the line ends before the 主送 glued after it ("(1992年6月15日 乙省旅游局)甲省人民政府:").
    if (m.index === 0 && /^[\u4e00-\u9fff]/.test(head.slice(end, end + 1))) cuts.push(end);
    // (A database's print view may set it apart by a space and double its brackets: "…的通知 ((1990年1月6日))".)
    if (m.index === 0 || !/[\u4e00-\u9fff]\s?$/.test(head.slice(0, m.index))) continue;
    cuts.push(m.index, end);
    // The byline above it names the same organ as the 题注 does ("…的复函乙省旅游局(1992年6月15日 乙省旅游局)").
    const organ = /日\s*([\u4e00-\u9fff]{2,30})\s*[）)]$/.exec(m[0])?.[1];
    if (organ && head.slice(0, m.index).endsWith(organ)) cuts.push(m.index - organ.length);
  }
  for (const m of head.matchAll(CHROME_START)) {
    if (!isInside(m.index) && (whole || TITLE_END.test(head.slice(Math.max(0, m.index - 16), m.index)))) cuts.push(m.index);
  }
  // A page's rows run together in a glued document: each known label opens a row ("…00044组配分类:…发布机构:…");
  // and a row's date or time ends it where other text than a label follows ("发布日期:2023-01-30 08:56甲县人民政府关于…").
  // A site's opening marker or back-to-top button glued to the title ("The Beginning甲县人民政府…公告", "返回顶部甲县…").
  const marker = /^(The\s*Beginning|返回顶部|回到顶部|返回首页)(?=\s*\S)/i.exec(head);
  if (marker) cuts.push(marker[0].length);
  if (whole) for (const m of head.matchAll(PAGE_LABELS)) if (!isInside(m.index)) cuts.push(m.index);
  // A date's label with no date after it stood empty at its row's end ("成文日期:牟政办发〔2017〕46号").
  if (whole) {
    for (const m of head.matchAll(DATE_LABEL)) {
      const end = m.index + m[0].length;
      if (/^[\u4e00-\u9fff]/.test(head.slice(end, end + 1)) && !/^[〇○◯零一二]/.test(head.slice(end, end + 1))) cuts.push(end);
    }
  }
  for (const m of head.matchAll(STAMP_BEFORE_TEXT)) {
    const end = m.index + m[0].length;
    PAGE_LABEL_HERE.lastIndex = end;
    if (!PAGE_LABEL_HERE.test(head)) cuts.push(end);
  }
  for (const m of head.matchAll(TOOLBAR_BEFORE_TEXT)) cuts.push(m.index + m[0].length);
  for (const m of head.matchAll(CHROME_AFTER_TITLE)) {
    if (isInside(m.index)) continue;
    // The label may open with a word of its own ("…的通知上载日期:", "…的通告信息发布者:").
    for (let at = m.index; at >= Math.max(0, m.index - LABEL_PREFIX) && /^[\u4e00-\u9fff]*$/.test(head.slice(at, m.index)); at--) {
      if (TITLE_END.test(head.slice(Math.max(0, at - 16), at)) && !isInside(at)) {
        cuts.push(at);
        break;
      }
    }
  }
  if (whole) cuts.push(...chromeBeforeTitleCuts(head).filter((c) => inDocNumber[c] !== 1));
  const crumbEnd = breadcrumbEnd(head, text, whole, previous);
  if (crumbEnd !== null) cuts.push(crumbEnd);
  cuts.push(...repeatedTitleCuts(head, isInside, cuts));
  const repeated = repeatedIssuerEnd(head);
  if (repeated !== null) cuts.push(repeated);
  if (whole) for (const m of head.matchAll(/文\s*件(?=\s)/g)) cuts.push(m.index + m[0].length);
  // …or glued to the title that opens with its issuer ("省政府文件甲省人民政府关于…").
  if (whole) for (const m of head.matchAll(MARK_BEFORE_TITLE)) if (!isInside(m.index) && isCompleteOrgName(m[1])) cuts.push(m.index + 2);
  // The 主送 is the list of addressees before a colon, after the title's 文种, a 文号 or a space.
  const starts = titleWords.filter((m) => !isInside(m.index)).map((m) => m.index + m[0].length);
  for (const m of head.matchAll(/\s+/g)) starts.push(m.index + m[0].length);
  // …or after a page field's label or value glued before it ("浏览量:各县…", "09:54甲镇人民政府:"), from the
  // first character a name can open with.
  for (const m of head.matchAll(/[：:]/g)) starts.push(m.index + 1);
  starts.push(0);
  for (const cut of cuts) starts.push(cut);
  starts.sort((a, b) => a - b);
  // A list holds no colon: only the starts since the colon before are tried (each start once, however long the line).
  let first = 0;
  let previousColon = -1;
  for (const colon of head.matchAll(/[：:]/g)) {
    const from = Math.max(previousColon, colon.index - ADDRESSEE_REACH);
    previousColon = colon.index;
    while (first < starts.length && starts[first] < from) first++;
    // A page row's label ends in a colon too ("…意见征集发布机构:"): no 主送 ends there.
    if (ENDS_WITH_PAGE_LABEL.test(head.slice(Math.max(0, colon.index - 12), colon.index + 1))) continue;
    let last = first;
    while (last < starts.length && starts[last] < colon.index) last++;
    const best = starts
      .slice(first, last)
      .map((at) => at + head.slice(at, colon.index).search(/[\u4e00-\u9fff|]|$/))
      // A 文号 printed with a space ("〔2023〕12 号") holds no start of a list.
      .filter((at) => inDocNumber[at] !== 1)
      .map((at) => at + (TOOLBAR_BEFORE.exec(head.slice(at, colon.index))?.[0].length ?? 0))
      .map((at) => at + issuerBefore(head.slice(at, colon.index), known, SOURCE_LABEL_END.test(head.slice(Math.max(0, at - 8), at))))
      .find((at) => {
        const list = head.slice(at, colon.index).trim();
        return !isPageLabel(list) && isAddresseeList(list);
      });
    if (best === undefined) continue;
    cuts.push(best, colon.index + 1);
    return cuts;
  }
  cuts.push(...colonlessAddresseeCuts(head, starts));
  return cuts;
}

/** How long the name of a document may be that stands between a colonless 主送 and its 》. */
const LOST_QUOTE_NAME = 60;
/** How such a name ends: a 文种, a plan's or a rule's name. */
const LOST_QUOTE_NAME_END = new RegExp(`(${TITLE_WORD.source}|制度|规则|条例|规划|标准|指南|清单)$`);

/**
 * A 主送 that lost its colon, glued to a body that opens with a document's name whose 《 was lost too
 * ("…,各市级责任单位甲市巡查制度》《…》已经…"): the first 》 without its opener closes that name, and the list of
 * addressees before it (from a start opening with 各) ends after its last complete organ's name.
 */
function colonlessAddresseeCuts(head: string, starts: readonly number[]): number[] {
  let depth = 0;
  let close = head.indexOf('》');
  for (let i = 0; close >= 0 && i < close; i++) if (head[i] === '《') depth++;
  // Each 《 before a 》 pairs with it; the first 》 left over lost its opener.
  while (close >= 0 && depth > 0) {
    const next = head.indexOf('》', close + 1);
    for (let i = close + 1; next >= 0 && i < next; i++) if (head[i] === '《') depth++;
    depth--;
    close = next;
  }
  if (close < 0) return [];
  const from = starts
    .filter((at) => at < close && close - at <= ADDRESSEE_REACH + LOST_QUOTE_NAME)
    .map((at) => at + head.slice(at, close).search(/[\u4e00-\u9fff]|$/));
  for (const start of from) {
    if (head[start] !== '各') continue;
    const lastSeparator = Math.max(start, ...[...head.slice(start, close).matchAll(/[，,、；;\s]/g)].map((m) => start + m.index + 1));
    for (let k = lastSeparator + 2; k <= close - 4 && close - k <= LOST_QUOTE_NAME; k++) {
      const list = head.slice(start, k);
      // The first place a name ends where no longer one does ("…部" is not the end of "…部门", "…委" of "…委员会").
      const name = head.slice(lastSeparator, k);
      if (!isCompleteOrgName(name) || isCompleteOrgName(name + head[k]) || head.startsWith('员会', k)) continue;
      if (isAddresseeList(list) && LOST_QUOTE_NAME_END.test(head.slice(k, close))) return [start, k];
    }
  }
  return [];
}

/**
 * A forwarded or attached document's title glued to its own 主送 further down ("…申报工作的通知各市农业局、各市财政局:"):
 * the list after the title's last 文种 is a line of its own (the title may wrap from the line before).
 */
function forwardedAddresseeCuts(text: string): number[] {
  if (!/[：:]$/.test(text)) return [];
  const last = [...text.matchAll(TITLE_WORD)].pop();
  if (!last || last.index < 2) return [];
  const end = last.index + last[0].length;
  if (end >= text.length - 1 || text[last.index - 1] !== '的' || /[，,。；;]|根据|按照|依据|依照/.test(text.slice(0, end))) return [];
  // Every addressee a whole organ's name: "的通知各乡镇要做好以下工作:" is a sentence.
  const list = text.slice(end, -1);
  return isAddresseeList(list) && splitOrgList(list).every((n) => isCompleteOrgName(n.replace(/[（(][^（）()]*[）)]$/, ''))) ? [end] : [];
}

const HAS_TITLE_WORD = new RegExp(TITLE_WORD.source);
const TITLE_WORD_ALONE = new RegExp(`^(${TITLE_WORD.source})$`);
/** How far into a document page chrome and a repeated title may stand before the title. */
const CHROME_REACH = 600;
/** How long the issuers' names before a title's 关于 may be, joint ones together. */
const MAX_ISSUERS_LENGTH = 60;
/** How much of a title must stand again right after it to count as printed twice. */
const REPEAT_PROBE = 8;

/**
 * Where a title printed twice runs into its second copy (a page heading above the document's own title, or
 * "《…的通知》…的通知"): after its 文种 (or the 》 closing it), where its opening words stand again.
 */
function repeatedTitleCuts(head: string, isInside: (i: number) => boolean, cuts: readonly number[]): number[] {
  const found: number[] = [];
  const top = head.slice(0, CHROME_REACH);
  const earlier = cuts.filter((c) => c < top.length);
  for (const m of top.matchAll(TITLE_WORD)) {
    let end = m.index + m[0].length;
    if (head[end] === '》') end++;
    else if (isInside(m.index)) continue;
    const start = [...earlier, ...found].reduce((at, c) => (c < m.index && c > at ? c : at), 0);
    // (A 文号 printed before the quoted title is no part of it: "甲政办函〔2023〕1号《…的通知》…的通知".)
    const quoted = head.slice(start, end).trim().replace(DOC_NUMBER_AT_START, '');
    const title = quoted.replace(/^《/, '').replace(/》$/, '');
    // A quoted title's second copy may be quoted too ("《…的通知》《…的通知》"); a title that names two quoted
    // documents of one issuer ("…关于印发《甲县…细则》《甲县…细则》的通知") is no such title.
    const after = head.slice(end, end + REPEAT_PROBE * 2).trimStart().replace(quoted.startsWith('《') ? /^《/ : /^$/, '');
    if (title.length >= REPEAT_PROBE * 2 && after.startsWith(title.slice(0, REPEAT_PROBE))) found.push(end);
  }
  return found;
}

/**
 * Where page chrome joined by a space to the title after it ends ("The Beginning 甲县人民政府…公告", "点击此处下载
 * 甲市人民政府关于…的决定"): at a space after text that is chrome as a line, before a word that holds a 文种.
 */
function chromeBeforeTitleCuts(head: string): number[] {
  const cuts: number[] = [];
  let from = 0;
  const top = head.slice(0, CHROME_REACH);
  for (const space of top.matchAll(/\s+/g)) {
    const word = top.slice(space.index + space[0].length).split(/\s/, 1)[0];
    // A page row's label glued after the word opens the next row ("通知名称:").
    const label = word.search(PAGE_LABELS);
    const next = label > 0 ? word.slice(0, label) : word;
    // A 文种 alone is a page field's value ("主题分类: 综合政务 / 通知"), not a title.
    // (A title wrapped over two lines holds its 关于 in the first: "甲县人民政府关于推动…" / "…的意见".)
    const titled = HAS_TITLE_WORD.test(next) || TITLE_VERB.test(next);
    if (!/^[\u4e00-\u9fff]/.test(next) || !titled || TITLE_WORD_ALONE.test(next) || isChromeLine(next)) continue;
    // After a breadcrumb's separator comes its next label, not the title (breadcrumbEnd finds that one).
    const before = head.slice(from, space.index).trim();
    // A page field's label keeps its value ("名称: 甲县人民政府关于…的通知").
    if (!isChromeLine(before) || /[>＞»›]$/.test(before) || PAGE_LABEL_END.test(before)) continue;
    cuts.push(space.index);
    from = space.index;
  }
  return cuts;
}

/** How long a 主送 may be; its start is looked for only this far (and some skipped punctuation) before its colon. */
const MAX_ADDRESSEES_LENGTH = 200;
const ADDRESSEE_REACH = MAX_ADDRESSEES_LENGTH + 40;

/** A title's end inside a list: the list starts after it ("…分工的通知各苏木乡镇人民政府"). */
const TITLE_INSIDE = new RegExp(`的(${TITLE_WORD.source})`);

/** A clause's unit label ("责任单位:") is followed by units, not by the notice's text. */
const UNIT_LABEL = /^(责任|牵头|配合|协办|主办|参与|承办|督办)(单位|部门)$/;

/**
 * Where a page's issuer line ends when the title after it opens with the same issuer again
 * ("浠水县人民政府县人民政府关于…", "广东省广州市人民政府广州市人民政府关于…"): the second name ends the first.
 */
function repeatedIssuerEnd(head: string): number | null {
  // A page's metadata row may print the title first ("文件标题:县人民政府关于…"): every title's verb is tried.
  for (const m of head.slice(0, CHROME_REACH).matchAll(TITLE_VERB_ALL)) {
    const verb = m.index;
    if (verb < 6) continue;
    const prefix = head.slice(Math.max(0, verb - 60), verb);
    const offset = verb - prefix.length;
    for (let k = 3; k <= prefix.length - 3; k++) {
      const second = prefix.slice(k);
      if (isCompleteOrgName(second) && prefix.slice(0, k).endsWith(second)) return offset + k;
    }
  }
  return null;
}
const TITLE_VERB_ALL = new RegExp(TITLE_VERB.source, 'g');

/** A 版头's 文件 glued to a title that opens with an organ's name and 关于. */
const MARK_BEFORE_TITLE = /文件(?=([\u4e00-\u9fff]{3,30}?)(关于|關於))/g;

/** A breadcrumb's separators ("首页 > 政务公开 » 文件"), after "当前位置" and its kin. */
const BREADCRUMB = /(当前位置|您的位置|所在位置|当前栏目)[^。]*?[>＞»›]/;
const CRUMB_SEPARATOR = /[>＞»›]/g;
/** A glued page's navigation without a "当前位置" label: "首页 >> 公开信息内容", "设为首页| 首页". */
const NAVIGATION = /首页|[>＞»›]/;
const NAVIGATION_END = /首页|[>＞»›]/g;

/**
 * Where a breadcrumb glued to the title after it ends ("…> 政策法规中共甲市委办公室关于…"): after its last
 * separator before the title's 关于/印发, where only organs' names stand before that verb. A label's last words
 * may pass for a locality ("政策法规甲县人民政府"), so the names must open with 中共, stand again later in the
 * text as a whole name (the 署名), or open with the place the page named before them (its banner "中共甲县县委
 * 甲县人大", its crumb "当前位置:甲县人民政府 >"); otherwise nothing is cut.
 */
function breadcrumbEnd(head: string, text: string, whole: boolean, previous: string): number | null {
  // A whole page glued onto one line: its navigation ends the same way, labelled or not.
  const labelled = BREADCRUMB.exec(head);
  const crumb = labelled ?? (whole ? NAVIGATION.exec(head.slice(0, CHROME_REACH)) : null);
  if (!crumb) return null;
  const verbAt = head.slice(crumb.index).search(TITLE_VERB);
  if (verbAt < 0) return null;
  const verb = crumb.index + verbAt;
  const last = [...head.slice(0, verb).matchAll(labelled ? CRUMB_SEPARATOR : NAVIGATION_END)].pop();
  if (!last) return null;
  const lastEnd = last.index + last[0].length;
  if (head.slice(lastEnd, verb).trim() === '') return lastEnd;
  for (let k = Math.max(lastEnd, verb - MAX_ISSUERS_LENGTH); k < verb; k++) {
    const names = head.slice(k, verb).trim();
    if (!/^[\u4e00-\u9fff]/.test(names) || !splitGluedNames(names).every(isPlainOrgName)) continue;
    if (names.startsWith('中共') || standsAgain(text, names, verb)) return k;
    const place = placeOf(names);
    if (place && (previous.includes(place) || head.slice(0, k).includes(place))) return k;
  }
  return null;
}

/** Whether `names` stand again in the text after `from` as a whole name, not the end of a longer one ("…县政府办公室"). */
function standsAgain(text: string, names: string, from: number): boolean {
  for (let at = text.indexOf(names, from); at >= 0; at = text.indexOf(names, at + 1)) {
    if (!/[\u4e00-\u9fff]/.test(text[at - 1] ?? '')) return true;
  }
  return false;
}

/**
 * How long the document's own issuer is where a list opens with it and then 各… ("甲县人民政府办公室各乡镇人民政府"):
 * the issuer is a page's 来源 value glued before the 主送, which starts at 各.
 */
function issuerBefore(list: string, known: readonly string[], labelled: boolean): number {
  const name = known.find((n) => list.startsWith(n) && list.startsWith('各', n.length));
  if (name) return name.length;
  // After a page's 来源 label the value is an organ's name, whether or not the header names it ("来源:甲市人民政府各县…").
  const word = labelled ? /^[\u4e00-\u9fff]*/.exec(list.slice(0, MAX_SOURCE_LENGTH + 1))![0] : '';
  for (let k = 4; k < word.length; k++) if (word[k] === '各' && isCompleteOrgName(word.slice(0, k))) return k;
  return 0;
}
const MAX_SOURCE_LENGTH = 30;
/** A page's label whose value names the organ that published it. */
const SOURCE_LABEL_END = withTraditional(/(来源|发布机构|发文机关|发布单位)\s*[:：]\s*$/);

function isAddresseeLine(text: string): boolean {
  return /[：:]$/.test(text) && isAddresseeList(text.slice(0, -1));
}

/** A division sharing the head of the names after it ("各省、自治区、直辖市财政厅"). */
const SHARED_HEAD_DIVISION = withTraditional(/^(自治区|直辖市|计划单列市|自治州|自治县|[省市州盟县区旗])$/);

function isAddresseeList(text: string): boolean {
  if (
    text === '' ||
    text.length > MAX_ADDRESSEES_LENGTH ||
    /[：:]/.test(text) ||
    UNIT_LABEL.test(text) ||
    TITLE_INSIDE.test(text) ||
    /[。；;“”《\s【】〔〕]|关于|關於|關于|\d\s*[号號]/.test(text) ||
    TITLE_END.test(text) ||
    // A bracket closed without its opener: the list would start inside a bracket ("…旅游局)甲县人民政府").
    /^[^（(]*[）)]/.test(text)
  )
    return false;
  const names = splitOrgList(text);
  // A headless last part ("市政府各部门、直属机构") need not be a complete name itself.
  return names.length > 0 && isAddressee(names[0]) && names.filter(isAddressee).length * 3 >= names.length * 2 && !/^[的之]/.test(text);
}

/** A person or the public a reply or a 公告 addresses ("张三代表", "李四等代表", "王五委员", "居民朋友"). */
const PERSON_ADDRESSEE = withTraditional(/^([\u4e00-\u9fff]{2,4}等?(代表|委员|同志|先生|女士)|(广大)?(市民|居民|村民|群众|家长)(朋友)?)们?$/);

/** One name of a list of addressees; zones are addressed by their names alone ("甲湖新区、乙管理区"). */
function isAddressee(name: string): boolean {
  return (
    /^各./.test(name) ||
    PERSON_ADDRESSEE.test(name) ||
    isCompleteOrgName(name) ||
    /..(新区|管理区|示范区|试验区|合作区|开发区|经开区|高新区)$/.test(name) ||
    SHARED_HEAD_DIVISION.test(name)
  );
}

/**
 * The issuers a document's head names, each glued joint name also apart: a glued 署名 is found by them
 * wherever it lies in the document.
 */
export function documentIssuers(text: string): string[] {
  const names = headerIssuers(text);
  return [...new Set([...names, ...names.flatMap(splitGluedNames)])].sort((a, b) => b.length - a.length);
}

/** What may stand right before a 署名 glued to the end of a line: a sentence's or bracket's end. */
const BEFORE_SIGNATURE = /[。！!？?；;）)]$/;

/** What ends the sentence a 署名 glued to the end of a line may follow: 。！？ */
const isSentenceCloser = (code: number) => code === 0x3002 || code === 0xff01 || code === 0xff1f;

/**
 * The start of a 署名 glued to the end of a line whose date lies on the next line: a known issuer after a
 * sentence or an 附件 label ("附件：值班表甲县人民政府办公室"), or any organ's name after the last sentence.
 */
function trailingSignatureCut(text: string, isInside: (i: number) => boolean, known: readonly string[]): number | null {
  for (const name of known) {
    if (!text.endsWith(name) || text.length <= name.length) continue;
    const at = text.length - name.length;
    const before = text.slice(0, at).trimEnd();
    if (!isInside(at) && (BEFORE_SIGNATURE.test(before) || /^附\s*件/.test(before))) return at;
  }
  const afterAttachment = attachmentSignatureCut(text, isInside);
  if (afterAttachment !== null) return afterAttachment;
  // The last sentence's end, found from the line's end (a line mostly ends with one).
  let sentenceEnd = text.length - 1;
  while (sentenceEnd >= 0 && !isSentenceCloser(text.charCodeAt(sentenceEnd))) sentenceEnd--;
  if (sentenceEnd < 0) return null;
  const name = text.slice(sentenceEnd + 1).trim();
  // (The brackets are looked at last: most lines end in words that are no organ's name.)
  return name.length >= 5 && splitGluedNames(name).every(isPlainOrgName) && !isInside(sentenceEnd + 1) ? sentenceEnd + 1 : null;
}

/** How an 附件's name ends where a 署名 is glued after it: a 文种, a list's or rules' name, a bracket, a file's type. */
const ATTACHMENT_NAME_END = withTraditional(
  new RegExp(`(${TITLE_WORD.source}|名单|清单|表|办法|规定|规则|细则|制度|[》）)]|\\.(pdf|docx?|xlsx?|wps))$`),
);
/** How long a 署名 glued to an 附件's name may be. */
const MAX_SIGNATURE_LENGTH = 30;

/**
 * The start of a 署名 glued to the end of an 附件 line whose date lies on the next line ("附件：先进个人名单甲县人民
 * 政府"): an organ's names right after the attachment's name, where the line holds no sentence.
 */
function attachmentSignatureCut(text: string, isInside: (i: number) => boolean): number | null {
  if (!/^附\s*件/.test(text) || /[。！？；;]/.test(text)) return null;
  for (let k = Math.max(4, text.length - MAX_SIGNATURE_LENGTH); k <= text.length - 3; k++) {
    const names = text.slice(k);
    if (!ATTACHMENT_NAME_END.test(text.slice(Math.max(0, k - 16), k)) || isInside(k)) continue;
    if (/^[\u4e00-\u9fff]/.test(names) && splitGluedNames(names.replace(PINYIN_RUNS, '')).every(isPlainOrgName)) return k;
  }
  return null;
}

/**
 * The start of a 署名 glued to the unit under a heading-only list item ("2、末位排名" / "交通局甲县整治办公室"): the
 * line's first part ends in a unit's last word and its rest is an organ's name that opens with its locality.
 */
const MIN_SIGNATURE_AFTER_UNIT = 8;
function signatureAfterItemUnit(text: string, previous: string): number | null {
  const headingOnly = markerAt(previous, 0) !== null && previous.length <= HEADING_REACH && !/[。！？；;]/.test(previous);
  if (!headingOnly || /[。！？；;，,：:、\s]/.test(text)) return null;
  // (A branch's name stays with its organ's: "甲市公安局甲县分局".)
  for (let k = 3; k <= text.length - MIN_SIGNATURE_AFTER_UNIT; k++) {
    const name = text.slice(k);
    if (UNIT_NAME_END.test(text.slice(0, k)) && opensWithLocality(name) && isPlainOrgName(name)) return k;
  }
  return null;
}

/** What an 附件 that is a table or list is called: its name ends there. */
const LIST_END = /(?<!代)表$|清单$|名单$/;
/** Words of a document's name, never of an organ's ("任务分解表甲县人民政府"). */
const DOCUMENT_WORD = /(?<!代)表|清单|名单|方案|办法|通知|意见|要点|细则/;

/** An organ's name alone, not a sentence that ends in one ("…情况报市应急局") nor a document's name before one. */
function isPlainOrgName(name: string): boolean {
  return name.length <= 20 && !/[于将报把对向请要由的是为，,、：:\s]/.test(name) && !DOCUMENT_WORD.test(name) && isCompleteOrgName(name);
}

/** Where a line's header ends: at its first clause marker or sentence, looked for after a news lead it opens with. */
function headerEnd(text: string, markers: readonly number[]): number {
  // A news lead's sentences stand before the document it reprints: the header is looked for after the lead too.
  const lead = LEAD_START.exec(text.slice(0, CHROME_REACH));
  const leadEnd = lead ? lead.index + lead[0].length : 0;
  const sentence = text.slice(leadEnd).search(/[。]/);
  const firstSentence = sentence < 0 ? -1 : leadEnd + sentence;
  return Math.min(...[markers.find((c) => c >= leadEnd), firstSentence].filter((x): x is number => x !== undefined && x >= 0), text.length);
}

/** The distinct cuts strictly inside a text of `length`, in order. */
function innerCuts(length: number, lists: readonly (readonly number[])[]): number[] {
  const cuts: number[] = [];
  for (const list of lists) for (const cut of list) if (cut > 0 && cut < length) cuts.push(cut);
  cuts.sort((a, b) => a - b);
  return cuts.filter((cut, i) => i === 0 || cut !== cuts[i - 1]);
}

/**
 * A line split where a glued document had its line breaks; short or ordinary lines come back whole. `previous`
 * is the line before (its last piece): a date opening this line under a 署名 ends a line.
 */
export function unglueLine(text: string, atStart: boolean, known: readonly string[] = [], previous = ''): string[] {
  // A page's button glued before a short 主送 ("朗读县水务局:") is chrome of its own.
  const toolbar = atStart ? TOOLBAR_BEFORE.exec(text) : null;
  if (toolbar && isAddresseeLine(text.slice(toolbar[0].length))) return [toolbar[0], text.slice(toolbar[0].length)];
  if (text.length < MIN_GLUED) return [text];
  const whole = text.length >= MIN_GLUED_DOCUMENT;
  const inside = insideTest(text);
  const markers = markerCuts(text, inside, previous);
  const trailing = trailingSignatureCut(text, inside, known) ?? signatureAfterItemUnit(text, previous);
  const chapters = chapterCuts(text, inside);
  const articles = articleCuts(text, inside, chapters.length ? [...markers, ...chapters].sort((a, b) => a - b) : markers);
  const closing = [
    ...signatureCuts(text, inside, known, previous),
    ...garbledDateCuts(text, inside, known),
    ...closingCuts(text, inside),
    ...(whole ? spaceCuts(text, inside) : []),
    ...(trailing === null ? [] : [trailing]),
  ];
  const header = atStart ? headerCuts(text, inside, headerEnd(text, markers), whole, known, previous) : forwardedAddresseeCuts(text);
  const cuts = innerCuts(text.length, [markers, chapters, articles, closing, header]);
  if (cuts.length === 0) return [text];
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(from, cut).trim();
    if (piece) pieces.push(piece);
    from = cut;
  }
  return pieces;
}
