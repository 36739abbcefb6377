/**
 * Clause markers in a glued line (一、 （一） 1. （1）), 第X章 chapters and 第X条 articles: where each opens a line,
 * and where a heading that runs straight on into its paragraph ends.
 */
import { chineseToInt } from '../domain/chineseNumerals';
import { PINYIN_RUNS, withoutPinyin } from '../domain/pinyinRuns';
import { withTraditional } from './traditionalForms';
import { isPlainOrgName } from './unglueNames';
import { PAIRED_PHRASES } from './clauseMarkers';

/** One pronunciation run a mirror site injects after a character, as a part of a larger pattern. */
const PINYIN = PINYIN_RUNS.source;
/** A marker's Chinese numeral, each character perhaps followed by its pinyin ("一(yī)、", "(十(shí)二(èr))"). */
const MARKER_NUMERAL = `(?:[一二三四五六七八九十](?:${PINYIN})?){1,3}`;

/**
 * Where a clause marker may stand, found by the regular expression engine rather than character by character
 * (what stands before it is checked by markerAt: a lookbehind here is tried at every offset).
 */
const MARKER_CANDIDATE = /[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[.．、]/g;
/** MARKER_CANDIDATE with a mirror's pinyin in its numerals, scanned only in a line that holds pinyin. */
const PINYIN_MARKER_CANDIDATE = new RegExp(`${MARKER_NUMERAL}、|[（(](?:${MARKER_NUMERAL}|\\d{1,2})[）)]|\\d{1,2}[.．、]`, 'g');

interface MarkerForm {
  level: number;
  re: RegExp;
  arabic: boolean;
}
const CHINESE_MARKERS: MarkerForm[] = [{ level: 1, re: new RegExp(`(${MARKER_NUMERAL})、`, 'y'), arabic: false }];
const BRACKET_MARKERS: MarkerForm[] = [
  { level: 2, re: new RegExp(`[（(](${MARKER_NUMERAL})[）)]`, 'y'), arabic: false },
  { level: 4, re: /[（(](\d{1,2})[）)]/y, arabic: true },
];
/** (A digit after the point makes a number such as 2.5, unless a year opens the item: "2.2018年民生实事".) */
const ARABIC_MARKERS: MarkerForm[] = [{ level: 3, re: /(\d{1,2})[.．、](?!(?!(?:19|20)\d\d\s*年)[\d.．、])/y, arabic: true }];

/** Where a sentence, a clause or a bracketed unit list ends: a marker after it opens a new line. */
const BOUNDARY_BEFORE = /[\s。；;！!？?：:）)】〕”]/;
/** A mirror's pinyin run closing right before an offset ("統(tǒng)一、"): its bracket ends no sentence nor unit list. */
export const PINYIN_BEFORE = new RegExp(`[\\u4e00-\\u9fff]${PINYIN}$`);
/** A numeral's character before an offset, its pinyin perhaps after it ("十(shí)一、"): a marker there is inside a number. */
const NUMERAL_BEFORE = new RegExp(`[一二三四五六七八九十](?:${PINYIN})?$`);

/** Whether a marker at `i` stands after a boundary: a sentence's, a bracket's or a quotation's end, or a space. */
function afterBoundary(text: string, i: number): boolean {
  return BOUNDARY_BEFORE.test(text[i - 1]) && !PINYIN_BEFORE.test(text.slice(Math.max(0, i - 12), i));
}
const CONTENT_AFTER = /[\u4e00-\u9fff《“]/;
/** An item's opening year or span of years ("（三）2012-2016年，省财政…"). */
const YEAR_OPENING = /^(19|20)\d\d\s*(年|[-－—–~～至](19|20)\d\d)/;
/**
 * What a document's first clause may be glued to: its title's name ("…应急预案一、总则", an attached list's
 * "…先进个人名单一、先进单位") or a chapter's heading ("…第一章总则一、为…"). Only 一、 is cut there: the numbering
 * starts with it.
 */
const OPENS_BEFORE_FIRST_CLAUSE = withTraditional(
  /(方案|预案|办法|规定|规则|细则|要点|计划|意见|制度|条例|纲要|规划|指南|措施|举措|名单|清单|第[一二三四五六七八九十]{1,3}章[\u4e00-\u9fff\s]{1,16})[）)]?$/,
);
/** A sentence that names a document rather than printing its title ("按照方案一、二的要求"); a title's "关于对…" is none. */
const NAMES_DOCUMENT = /[按据照将把]|(?<!关于|關于|關於)对|参照|结合|执行/;

/** Whether the 一、 at `i` opens a document's clauses right after its title or chapter heading. */
function opensFirstClause(text: string, i: number): boolean {
  if (!OPENS_BEFORE_FIRST_CLAUSE.test(text.slice(Math.max(0, i - 24), i))) return false;
  if (/[一二三四五六七八九十]/.test(text[i + 2] ?? '')) return false;
  const sentence = text.slice(Math.max(0, i - 40), i);
  return !NAMES_DOCUMENT.test(sentence.slice(sentence.search(/[^。！？；;：:]*$/)));
}

/** Headings run straight on into their first sub-item ("一、总体要求（一）指导思想"): this close. */
export const HEADING_REACH = 50;

interface MarkerHit {
  level: number;
  n: number;
  /** The offset right after the marker. */
  end: number;
}

/** Whether a character code is an ASCII digit or the start of a marker's number. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function markerAt(text: string, i: number): MarkerHit | null {
  const code = text.charCodeAt(i);
  const beforeCode = i > 0 ? text.charCodeAt(i - 1) : 0;
  // Most digits are inside numbers and dates: rejected before any pattern is tried.
  if (isDigit(beforeCode) || beforeCode === 0x2e || beforeCode === 0xff0e || beforeCode === 0x7b2c) return null;
  const candidates = isDigit(code) ? ARABIC_MARKERS : code === 0xff08 || code === 0x28 ? BRACKET_MARKERS : CHINESE_MARKERS;
  for (const { level, re, arabic } of candidates) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    // A half-width "1. " keeps a space before its text, and so may any marker a page set apart ("一、 总体要求").
    let next = i + m[0].length;
    if (text[next] === ' ') next++;
    // (An item may open with its year: "附件:1.…分解表2.2018年民生实事任务表", "（三）2012-2016年，…".)
    if (!CONTENT_AFTER.test(text[next] ?? '') && !YEAR_OPENING.test(text.slice(next, next + 9))) return null;
    if (level === 1 && i > 0 && NUMERAL_BEFORE.test(text.slice(Math.max(0, i - 11), i))) return null;
    const n = arabic ? Number(m[1]) : chineseToInt(withoutPinyin(m[1]));
    return n === null ? null : { level, n, end: next };
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
/**
 * How the paragraph under a heading opens: a preposition, a leading verb, a year, a dash item (以, not 以外/以内/
 * 以上, which go on the heading's noun: "…区域和地点以外的其他区域").
 */
export const BODY_START = withTraditional(
  /^(以(?![外内上下及来后前])|坚持|围绕|按照|根据|为了|为进一步|为(?:落实|深入|加快|切实|做好|推动|全面|贯彻|推进|加强|规范|有效|保障|确保|认真)|到\d|截至|截止|自|本|经|对|由|深入|认真|进一步|结合|全面|紧紧|聚焦|立足|着力|牢固|贯彻|当前|近年来|今年|明年|主要(?:围绕|包括|是|有)|\d{4}年|——)/,
);
/**
 * How the paragraph under a heading opens besides: addressing its organs ("各地区、", "请各…"), citing its basis
 * ("依据《…》"), a plan ("拟于"), or a guiding verb ("践行", "实行"). After a heading's noun these start a
 * paragraph; after a title's 文种 the 主送 may open so too, which the header finds by its colon.
 */
const PARAGRAPH_START = withTraditional(/^(各(?:地|级|有关|相关|责任|成员|单位|部门|乡|镇|县|市|区)|请各|依据|拟(?!定|订)|践行|实行)/);
/** A heading that ends in a noun phrase of its own ("…的深刻内涵"): its paragraph may restate its words. */
const NOUN_PHRASE_END = /的[\u4e00-\u9fff]{2,4}$/;
/** How an item written as one sentence opens: a preposition or 凡 ("在…的，由…", "凡违反本通告的"). */
const SENTENCE_OPENER = withTraditional(/^(在|凡|对于|如有|若)/);
/** How many of a heading's characters its paragraph repeats at its opening ("…的目的和意义推行说理性…"). */
const RESTATED = 4;
/** A numeral and a measure word ("一届", "二次"): the phrase goes on to the noun they count. */
const NUMERAL = '一二三四五六七八九十百两0123456789';
const QUANTITY = /[一二三四五六七八九十百两\d][届屆次批个個项項轮輪期名所件位家]/;
/** How far after its marker a heading may end. */
const HEADING_WORDS = 30;
/** The pinyin a mirror site injects after a character ("指導(dǎo)思想"): no punctuation of the heading. */
const HEADING_STOP = /[。，,；;：:！!？?\s“《（(]/;
const PINYIN_ANYWHERE = new RegExp(PINYIN);
const PINYIN_RUN = new RegExp(`^${PINYIN}`);

/** k ↦ start + k. (Arrows made by a helper: tsx names an arrow written in an object literal, on every call.) */
function offsetFrom(start: number): (k: number) => number {
  return (k) => start + k;
}

/** k ↦ offsets[k]. */
function offsetIn(offsets: readonly number[]): (k: number) => number {
  return (k) => offsets[k];
}

/**
 * Verbs and adverbs that open a heading's paragraph as well as a phrase of the heading ("建立机制", "主动作为"): only
 * before a long run.
 */
const SENTENCE_VERB = withTraditional(/^(深化|建立|健全|完善|强化|加快|推进|推动|主动|积极|大力|全力|持续|不断)/);
/** How many words without punctuation make the text after a heading a sentence, not the heading's phrase. */
const LONG_RUN = 8;

/** How long a quotation inside a heading's words may be ("“十三五”", "“放管服”"). */
const QUOTED = 12;

/** The length of a short quotation of plain words opening at `i` ("“十三五”"), or 0. */
function quotedLength(text: string, i: number): number {
  if (text[i] !== '“') return 0;
  const close = text.indexOf('”', i + 1);
  return close > i + 1 && close - i <= QUOTED && !HEADING_STOP.test(text.slice(i + 1, close)) ? close + 1 - i : 0;
}

/**
 * A heading's first words without injected pinyin, each character with its offset in the text: up to the first
 * punctuation, at most HEADING_WORDS characters. A short quotation is part of the words ("2020年和“十三五”工作回顾").
 */
function headingWords(text: string, start: number): { words: string; at: (k: number) => number } {
  const window = text.slice(start, start + HEADING_WORDS);
  // Most headings hold no pinyin: their words are the window up to its first punctuation.
  if (!PINYIN_ANYWHERE.test(window)) {
    let stop = window.search(HEADING_STOP);
    for (let quoted = stop >= 0 ? quotedLength(window, stop) : 0; quoted > 0; quoted = stop >= 0 ? quotedLength(window, stop) : 0) {
      const next = window.slice(stop + quoted).search(HEADING_STOP);
      stop = next < 0 ? -1 : stop + quoted + next;
    }
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
    if (HEADING_STOP.test(ch) && quotedLength(text, i) === 0) break;
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
function runOnHeadingEnd(text: string, start: number): number | null {
  const { words, at } = headingWords(text, start);
  for (let k = 2; k <= words.length; k++) {
    // Every heading noun is two characters long: only the last two are tested.
    const noun = HEADING_NOUN.test(words.slice(k - 2, k));
    // (At the words' end the paragraph may open after a space: "一、总体情况 2022年…".)
    const after = noun ? plainAfter(text, words, at, k).trimStart() : '';
    // (要求 is a verb too, whose object names organs: "加强目标管理要求各单位建立台账".)
    const addressed = PARAGRAPH_START.test(after) && !(after.startsWith('各') && words.slice(k - 2, k) === '要求');
    if (noun && (BODY_START.test(after) || addressed)) return at(k);
    // (A paragraph may open with a leading verb of its own, where a sentence rather than a heading's phrase follows.)
    if (noun && words.length - k >= LONG_RUN && SENTENCE_VERB.test(after)) return at(k);
    if (k < RESTATED + 2 || k + RESTATED > words.length || !(noun || NOUN_PHRASE_END.test(words.slice(k - 5, k)))) continue;
    // An item that opens as a sentence does ("四、在禁止燃放烟花爆竹的区域、时间燃放烟花爆竹的，由…") repeats its own words.
    if (SENTENCE_OPENER.test(words)) continue;
    // A numeral with its measure word modifies the noun after it ("产生的新一届|浦东新区政府"): no end in that phrase.
    if (QUANTITY.test(words.slice(k - 5, k)) || NUMERAL.includes(words[k - 1])) continue;
    const restated = words.slice(0, k).indexOf(words.slice(k, k + RESTATED));
    // The restated words start at the cut: where the words before it are restated too ("…产生的自治|州第十五届…"
    // after "自治州第十五届…"), the cut would fall inside a word.
    if (restated >= 0 && restated + RESTATED <= k && (restated === 0 || words[restated - 1] !== words[k - 1])) return at(k);
  }
  return pairedHeadingEnd(text, words, at(words.length));
}

/**
 * Where a heading of two matched phrases ends that runs on into its paragraph ("一、落实责任,确保质量各责任单位要…"):
 * after a second phrase as long as the first, where a paragraph opens by addressing organs or citing its basis.
 */
function pairedHeadingEnd(text: string, first: string, comma: number): number | null {
  if ((text[comma] !== '，' && text[comma] !== ',') || first.length < 2 || first.length > PAIRED_PHRASE) return null;
  const end = comma + 1 + first.length;
  const second = text.slice(comma + 1, end);
  // (A second phrase opening with a preposition goes on with the sentence: "下列工作人员,由省人民政府各部门任免:".)
  if (!/^[\u4e00-\u9fff]+$/.test(second) || PREPOSITION_OPENING.test(second)) return null;
  const after = text.slice(end, end + 6);
  // (Only a paragraph that addresses organs or cites its basis: "依法查处对违法行为…" is one sentence.)
  return PARAGRAPH_START.test(after) ? end : null;
}
/** How long each phrase of a paired heading may be. */
const PAIRED_PHRASE = 8;
const PREPOSITION_OPENING = withTraditional(/^(由|对|向|被|经|从|将|把|按|在)/);

/** How far into the paragraph after a label's colon its words are looked for. */
const LABEL_ECHO_REACH = 24;

/**
 * Where a label heading ends that a glued line runs into its paragraph ("一、拟征收土地范围:拟启动征收土地位于…"):
 * after its colon, where the paragraph's first words restate the label's. A one-line item goes on after its colon
 * with other words ("二、征收目的:为实施公共利益…") and stays whole.
 */
function labelHeadingEnd(text: string, start: number): number | null {
  const { words, at } = headingWords(text, start);
  const colon = at(words.length);
  if (words.length < RESTATED || (text[colon] !== '：' && text[colon] !== ':')) return null;
  const opening = text.slice(colon + 1, colon + 1 + LABEL_ECHO_REACH).split(/[。，,；;：:]/, 1)[0];
  for (let k = 0; k + RESTATED <= words.length; k++) if (opening.includes(words.slice(k, k + RESTATED))) return colon + 1;
  return null;
}

/** A label line under a heading that names its units or its group's members ("责任单位:", "牵头部门:", "组长:"). */
const UNIT_LABEL_AFTER = withTraditional(/(?:责任|牵头|配合|主办|承办|协办)(?:单位|部门)[:：]|(?:副?组长|成员)[:：]/g);

/**
 * Where a heading ends that a glued line runs into the label line under it ("(一)地区生产总值增长7%以上责任单位:
 * 区发改局", "二、组成人员组长:甲"): before the label, within the heading's reach, no sentence nor bracket between.
 */
function unitLabelHeadingEnd(text: string, start: number): number | null {
  const reach = text.slice(start, start + HEADING_WORDS + 8);
  if (!reach.includes(':') && !reach.includes('：')) return null;
  UNIT_LABEL_AFTER.lastIndex = 0;
  const label = UNIT_LABEL_AFTER.exec(reach);
  // (A label inside the heading's brackets names its units there: "沟道情况（牵头单位:…）".)
  return label && label.index >= 2 && !/[。，,；;：:！？\s（(]/.test(reach.slice(0, label.index)) ? start + label.index : null;
}

/** The last word of a heading over a list of units ("单位末位排名", "先进集体名单"). */
const LIST_HEADING_NOUN = withTraditional(/(排名|名单|名次)$/);
/** How far past a heading the units under it are looked at. */
const UNIT_LIST_REACH = 60;
/** What ends a heading-only item's units: the next item, or a date (the 成文日期 under the 署名). */
const ITEM_OR_DATE = /\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|\d{4}年|[〇○一二]{4}年/;

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
function unitListHeadingEnd(text: string, start: number): number | null {
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

/** A heading over a list that counts its entries ("一、先进单位(6个)"), the marker's own bracket passed over. */
const COUNTED_HEADING = withTraditional(/^[^。，,；;：:（(\s]{2,30}[（(]\d{1,3}[个個名家人项項][）)]/);
/** How long the first name of the list after such a heading may be. */
const MAX_FIRST_NAME = 12;

/**
 * Where a heading over a counted list ends that runs straight into the list's first name ("一、先进单位(6个)六石街道
 * 南市街道"): after its count, where an organ's name follows.
 */
function countedListHeadingEnd(text: string, start: number): number | null {
  const heading = COUNTED_HEADING.exec(text.slice(start, start + 40));
  if (!heading) return null;
  const end = start + heading[0].length;
  for (let k = 3; k <= MAX_FIRST_NAME; k++) if (isPlainOrgName(text.slice(end, end + k))) return end;
  return null;
}

/**
 * Offsets before clause markers: after a sentence or bracket, continuing a numbering (from the line before
 * too), or a first sub-item under its heading.
 */
export function markerCuts(text: string, isInside: (i: number) => boolean, previous: string): number[] {
  const cuts: number[] = [];
  const last: (number | undefined)[] = [];
  // The numbering goes on from the line before ("1、甲" / "乙2、丙").
  const before = markerAt(previous, 0);
  if (before) last[before.level] = before.n;
  let lastLevel = 0;
  let lastAt = -Infinity;
  // (exec rather than matchAll: a line without a marker pays no iterator.)
  const scanner = (text.includes('(') || text.includes('（')) && PINYIN_ANYWHERE.test(text) ? PINYIN_MARKER_CANDIDATE : MARKER_CANDIDATE;
  scanner.lastIndex = 0;
  for (let candidate = scanner.exec(text); candidate; candidate = scanner.exec(text)) {
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
    // A heading joined to its text by a space ("一、提高认识 各单位要…") ends at the space, a heading of two phrases too
    // ("一、充分认识…,加强…领导 统计是…").
    const space = text.slice(i, i + HEADING_REACH).search(/\s/);
    const heading = text.slice(hit.end, i + space);
    if (
      space > 3 &&
      (!/[。，,；;：:！？]/.test(heading) || PAIRED_PHRASES.test(heading)) &&
      CONTENT_AFTER.test(text[i + space + 1] ?? '')
    ) {
      cuts.push(i + space);
      // …unless the space stands between the units under a heading-only item ("1、末位排名教育局 信用社").
      const end = unitListHeadingEnd(text, hit.end) ?? countedListHeadingEnd(text, hit.end);
      if (end !== null) cuts.push(end);
    } else {
      // (A label's colon ends its heading only where lines were glued: a line of its own is a one-line item.)
      const end =
        runOnHeadingEnd(text, hit.end) ??
        unitListHeadingEnd(text, hit.end) ??
        countedListHeadingEnd(text, hit.end) ??
        unitLabelHeadingEnd(text, hit.end) ??
        (i > 0 ? labelHeadingEnd(text, hit.end) : null);
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
export function chapterCuts(text: string, isInside: (i: number) => boolean): number[] {
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
export function articleCuts(text: string, isInside: (i: number) => boolean, headings: readonly number[]): number[] {
  const cuts: number[] = [];
  if (!text.includes('条') || !text.includes('第')) return cuts;
  for (const m of text.matchAll(ARTICLE)) {
    const heading = headings.filter((c) => c < m.index).pop();
    const headingText = heading === undefined ? '' : text.slice(heading, m.index);
    // (A heading that cites a law's article, "二、根据某某组织法第十三条所规定的…", goes on.)
    const afterHeading =
      heading !== undefined &&
      m.index - heading <= HEADING_REACH &&
      !/[。，,；;：:]/.test(headingText) &&
      !NAMES_PART.test(headingText) &&
      !/法$/.test(headingText);
    const afterName = m[0].startsWith('第一条') && opensRules(text, m.index);
    if ((afterHeading || afterName || (m.index > 0 && /[。；;\s]/.test(text[m.index - 1]))) && !isInside(m.index)) cuts.push(m.index);
  }
  return cuts;
}
