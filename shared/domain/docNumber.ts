/**
 * 发文字号 (文号): parse what people paste, find 文号s in running text, and format the GB/T 9704 form
 * 机关代字〔四位年份〕顺序号号 (大政发〔2025〕1号), reporting each departure from that form as a defect.
 */
import type { DocNumber } from './notice';
import { PINYIN_RUN_SOURCE } from './pinyinRuns';

export type DocNumberRule =
  'doc-number-bracket' | 'doc-number-di' | 'doc-number-hao' | 'doc-number-leading-zero' | 'doc-number-spacing' | 'doc-number-year';

export interface DocNumberDefect {
  rule: DocNumberRule;
  /** A sentence for a clerk naming what was found and the right form. */
  message: string;
}

export interface DocNumberMatch {
  docNumber: DocNumber;
  /** The 文号 exactly as written (may hold spaces and line breaks). */
  raw: string;
  defects: DocNumberDefect[];
  /** Offset of `raw` in the searched text. */
  index: number;
}

const MAX_AGENCY_CODE = 10;
/** Longer than any 文号 even with stray spaces; keeps parseDocNumber linear on pasted paragraphs. */
const MAX_WHOLE_LENGTH = 80;
/** „‟ is what 〔〕 become when a Word file is converted through a Western code page ("国办发„2009‟3号"). */
const OPEN_BRACKETS = '〔[［【(（〈﹝〖„';
const CLOSE_BRACKETS = '〕]］】)）〉﹞〗‟';

// Brackets, year, optional 第, serial, 号 — whitespace allowed between every token because
// text copied out of PDFs scatters spaces and line breaks. Full-width digits are folded beforehand.
const TAIL_BEFORE_MARK =
  `([${escapeClass(OPEN_BRACKETS)}])\\s*(\\d\\s*\\d(?:\\s*\\d\\s*\\d)?)\\s*([${escapeClass(CLOSE_BRACKETS)}])` +
  `\\s*(第)?\\s*(\\d(?:\\s*\\d){0,5})`;
// A stray closing bracket before 号 ("〔2021〕4)号") is a typo the reader sees through.
const TAIL_SOURCE = `${TAIL_BEFORE_MARK}\\s*[)）]?\\s*([号號])`;
const WHOLE_PATTERN = new RegExp(`^([\\s\\S]*?)\\s*${TAIL_SOURCE}$`);
/** A 文号 standing alone may have lost its 号 ("瑞政办(2011)129"): read as if it were there. */
const WHOLE_WITHOUT_MARK = new RegExp(`^([\\s\\S]*?)\\s*${TAIL_BEFORE_MARK}()$`);
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const CJK_RUN = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/;
/** Pinyin a mirror site injects after a character (發(fā)): kept in the code as printed, skipped when reading it. */
const PINYIN_RUN = new RegExp(PINYIN_RUN_SOURCE, 'g');
const PINYIN_BEFORE = new RegExp(`${PINYIN_RUN_SOURCE}$`);
const PINYIN_AT_START = new RegExp(`^${PINYIN_RUN_SOURCE}`);

/** A title's two-character 文种, in either script. */
const TITLE_KIND = /通[知告报報]|公告|[决決]定|意[见見]|批[复復覆]|[报報]告|[请請]示|[纪紀]要|[议議]案/g;

/**
 * Where the code starts in the characters run before a 文号's bracket: after a title's 文种 that ends the title
 * ("…的通告侯政通"), or at 0. A code ending in such a word is the code itself ("方征启公告﹝2022﹞4号"), so two
 * characters at least must follow it.
 */
export function codeAfterTitleKind(run: string): number {
  let from = 0;
  for (const kind of run.matchAll(TITLE_KIND)) {
    const end = kind.index + kind[0].length;
    if (run.length - end >= 2) from = end;
  }
  return from;
}

/**
 * Words that often stand right before a 文号 in a sentence but never end an agency code;
 * the agency code is what follows the last of them ("根据省政府办公厅晋政办发" → 晋政办发).
 * Single characters are particles no 机关代字 contains (并 is 太原's 代字 and 经 starts 晋经信发, so neither is here).
 */
const LEADING_WORDS = [
  '根据',
  '按照',
  '依据',
  '依照',
  '参照',
  '对照',
  '遵照',
  '贯彻',
  '落实',
  '执行',
  '详见',
  '参见',
  '转发',
  '印发',
  '省政府',
  '市政府',
  '县政府',
  '区政府',
  '镇政府',
  '乡政府',
  '人民政府',
  '国务院',
  '办公厅',
  '办公室',
  '省委',
  '市委',
  '县委',
  '文件',
  // A metadata row's label glued before its value ("文  號 白政辦發〔2019〕9號", "发文字号甲政发…").
  '文号',
  '文號',
  '字号',
  '字號',
  '通知',
  // A title's 文种 ends the line above a 文号 printed under it.
  '批复',
  '请示',
  '意见',
  '决定',
  '通报',
  '报告',
  '方案',
  '办法',
  '关于',
  // The same words in traditional characters (mirror sites convert whole pages).
  '轉發',
  '印發',
  '辦公廳',
  '辦公室',
  '國務院',
  '縣政府',
  '區政府',
  '縣委',
  '關于',
  '關於',
  '根據',
  '依據',
  '參照',
  '對照',
  '貫徹',
  '落實',
  '執行',
  '詳見',
  '參見',
  '批復',
  '請示',
  '決定',
  '報告',
  '辦法',
  // A 批复 or 复函 naming the request it answers: "你局黄民〔2007〕42号请示收悉".
  ...[...'局市委厅廳部院省县縣区區们們处處办辦所校司', '单位', '單位'].map((organ) => `你${organ}`),
  '的',
  '和',
  '及',
  '与',
  '或',
  '了',
  '在',
  '将',
  '对',
  '把',
  '被',
  '即',
  '是',
  '为',
  '以',
  '于',
  '见',
  '据',
  '等',
  '号',
];

function escapeClass(chars: string): string {
  return chars.replace(/[\\\][^-]/g, (c) => `\\${c}`);
}

/** Full-width digits → ASCII; one UTF-16 unit each way, so offsets stay valid. */
function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function stripSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Collapse whitespace for quoting back to the clerk (a line break shows as one space). */
function quoteForm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The GB/T 9704 form; a 文号 printed in traditional characters keeps its 號. */
export function formatDocNumber(p: { agencyCode: string | null; year: number; serial: number }, mark = '号'): string {
  return `${p.agencyCode ?? ''}〔${p.year}〕${p.serial}${mark}`;
}

/** Two-digit years: 〔25〕 is 2025, 〔98〕 is 1998. */
function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n <= 49 ? 2000 + n : 1900 + n;
}

interface TailParts {
  open: string;
  yearDigits: string;
  close: string;
  di: boolean;
  serialDigits: string;
  mark: string;
  /** The 号 was not written (瑞政办(2011)129): read as if it were, reported as a defect. */
  markMissing: boolean;
}

function buildMatch(agencyCode: string | null, tail: TailParts, raw: string, index: number, spacing: boolean): DocNumberMatch | null {
  const year = fullYear(tail.yearDigits);
  const serial = Number(tail.serialDigits);
  if (!Number.isSafeInteger(serial) || serial < 1 || year < 1949 || year > 2099) return null;
  const docNumber: DocNumber = { text: formatDocNumber({ agencyCode, year, serial }, tail.mark), agencyCode, year, serial };
  const defects: DocNumberDefect[] = [];
  const writtenYear = `${tail.open}${tail.yearDigits}${tail.close}`;
  if (tail.open !== '〔' || tail.close !== '〕') {
    defects.push({
      rule: 'doc-number-bracket',
      message: `文号年份应使用六角括号〔〕，“${writtenYear}”应为“〔${tail.yearDigits}〕”`,
    });
  }
  if (tail.yearDigits.length === 2) {
    defects.push({
      rule: 'doc-number-year',
      message: `文号年份应写全四位数字，“${writtenYear}”应为“〔${year}〕”`,
    });
  }
  // 令 are numbered 第N号 by rule; everywhere else 第 is wrong.
  if (tail.di && !agencyCode?.endsWith('令')) {
    defects.push({
      rule: 'doc-number-di',
      message: `文号顺序号前不加“第”，“第${tail.serialDigits}号”应为“${serial}号”`,
    });
  }
  if (tail.serialDigits.length > 1 && tail.serialDigits.startsWith('0')) {
    defects.push({
      rule: 'doc-number-leading-zero',
      message: `文号顺序号不编虚位（前面不加0），“${tail.serialDigits}号”应为“${serial}号”`,
    });
  }
  if (tail.markMissing) {
    defects.push({
      rule: 'doc-number-hao',
      message: `文号末尾缺少“号”，“${quoteForm(raw)}”应为“${docNumber.text}”`,
    });
  }
  if (spacing) {
    defects.push({
      rule: 'doc-number-spacing',
      message: `文号中不应有空格，“${quoteForm(raw)}”应为“${docNumber.text}”`,
    });
  }
  return { docNumber, raw, defects, index };
}

function tailParts(groups: string[]): TailParts {
  return {
    open: groups[0],
    yearDigits: stripSpace(groups[1]),
    close: groups[2],
    di: groups[3] !== undefined,
    serialDigits: stripSpace(groups[4]),
    mark: groups[5] || '号',
    markMissing: !groups[5],
  };
}

/**
 * Spaces and tabs inside a 文号 are defects; a line break (with its indentation) is only layout, and so
 * are spaces between every single character (古 政 发 〔 2 0 2 5 〕 6 号: how PDF extraction spaces a line).
 */
function hasStraySpace(raw: string): boolean {
  if (!(raw.match(/\s+/g) ?? []).some((run) => !/[\r\n]/.test(run))) return false;
  const tokens = raw.trim().split(/\s+/);
  return !(tokens.length >= 4 && tokens.every((t) => t.length === 1));
}

/**
 * Parse a string that is one 文号 as a whole, e.g. "阳政发〔2025〕1 号" or "晋政办发[2024]第003号". With
 * `allowNoCode`, a 文号 printed without 机关代字 ("〔2022〕第1号" on its own line under a title) is read too.
 */
export function parseDocNumber(text: string, allowNoCode = false): DocNumberMatch | null {
  const raw = text.trim();
  if (raw.length > MAX_WHOLE_LENGTH) return null;
  const folded = foldDigits(raw);
  const m = WHOLE_PATTERN.exec(folded) ?? WHOLE_WITHOUT_MARK.exec(folded);
  if (!m) return lostCloseWhole(raw, folded, text.indexOf(raw));
  const agencyCode = stripSpace(m[1]);
  const bare = agencyCode.replace(PINYIN_RUN, '');
  if (bare === '' && allowNoCode) return buildMatch(null, tailParts(m.slice(2)), raw, text.indexOf(raw), hasStraySpace(raw));
  if (bare.length < 1 || bare.length > MAX_AGENCY_CODE || !CJK_RUN.test(bare)) return null;
  return buildMatch(agencyCode, tailParts(m.slice(2)), raw, text.indexOf(raw), hasStraySpace(raw));
}

/**
 * A 文号 alone on its line that lost its closing bracket and 号 in extraction ("牟政办发〔201746"): the year's
 * four digits open the number, so year and serial still part unambiguously.
 */
const LOST_CLOSE_WHOLE = /^([\u3400-\u4dbf\u4e00-\u9fff]{2,10})\s*([〔[［【(（﹝]?)\s*((?:19|20)\d\d)(\d{1,4})\s*([号號]?)$/;
/** …or both brackets, the whole number set in parentheses under a title as a page prints it: "(甲发201120 号)". */
const LOST_BRACKETS_IN_PARENS = /^[（(]\s*([\u3400-\u4dbf\u4e00-\u9fff]{2,10})\s*()((?:19|20)\d\d)(\d{1,4})\s*([号號])\s*[）)]$/;
/**
 * Alone on its line, a code ending in one of the usual code words is a 文号 whatever extraction lost: the opening
 * bracket (安委督〔201910), or both brackets and the 号 (清安办函201851, 杨府办20213, 赣市府20218).
 */
const WHOLE_CODE_END = /[发發字函电電政办辦委文府督]$/;
/** …but with no bracket left a code is short, and an organ's name with a date glued on is a 署名 ("甲县人民政府202198"). */
const MAX_UNBRACKETED_CODE = 6;
const ORGAN_NAME_END = /政府$/;

function lostCloseWhole(raw: string, folded: string, index: number): DocNumberMatch | null {
  const m = LOST_CLOSE_WHOLE.exec(folded) ?? LOST_BRACKETS_IN_PARENS.exec(folded);
  if (!m || !WHOLE_CODE_END.test(m[1])) return null;
  if (!m[2] && (m[1].length > MAX_UNBRACKETED_CODE || ORGAN_NAME_END.test(m[1]))) return null;
  const tail: TailParts = {
    open: m[2],
    yearDigits: m[3],
    close: '',
    di: false,
    serialDigits: m[4],
    mark: m[5] || '号',
    markMissing: !m[5],
  };
  return buildMatch(m[1], tail, raw, index, false);
}

/**
 * Walk back from a bracket over the CJK run before it (crossing spaces and single line breaks,
 * which PDFs insert), then keep what follows the last leading word. Returns the start offset.
 */
function agencyStart(text: string, bracketAt: number): number | null {
  let start = bracketAt;
  // Just after the nearest line break crossed, if any.
  let afterBreak: number | null = null;
  let i = bracketAt - 1;
  while (i >= 0) {
    if (CJK.test(text[i])) {
      start = i;
      i--;
      continue;
    }
    const pinyin = text[i] === ')' ? PINYIN_BEFORE.exec(text.slice(Math.max(0, i - 9), i + 1)) : null;
    if (pinyin && i - pinyin[0].length >= 0 && CJK.test(text[i - pinyin[0].length])) {
      i -= pinyin[0].length;
      continue;
    }
    const word = text[i] === ')' || text[i] === '）' ? bracketedCodeWord(text, i) : 0;
    if (word > 0) {
      i -= word;
      continue;
    }
    if (!/\s/.test(text[i])) break;
    let j = i;
    let breaks = 0;
    while (j >= 0 && /\s/.test(text[j])) {
      if (text[j] === '\n') breaks++;
      j--;
    }
    if (breaks > 1) break;
    if (breaks === 1 && afterBreak === null) afterBreak = i + 1;
    i = j;
  }
  if (start === bracketAt) return null;
  const run = stripSpace(text.slice(start, bracketAt));
  const pinyinLength = run.length - run.replace(PINYIN_RUN, '').length;
  // (A date's 日 glued before the code is no part of it: "(2005年3月31日乳政发[2005]4号)".)
  let keepFrom = start > 0 && /[0-9０-９]/.test(text[start - 1]) && /^[年月日]/.test(run) ? 1 : 0;
  // A particle opening a line is the code's own first character (和顺's 和政办发 under the 版头).
  const opensLine = beginsLine(text, start);
  for (const word of LEADING_WORDS) {
    const at = run.lastIndexOf(word);
    if (word.length === 1 && at === 0 && opensLine) continue;
    // A 批办单's "省级文件〔2020〕928号": 文件 closing a run that names the file's level is the code.
    if (word === '文件' && at >= 2 && at + word.length === run.length && !LEADING_WORDS.some((w) => w !== '文件' && run.endsWith(w, at)))
      continue;
    if (at >= 0 && at + word.length > keepFrom) keepFrom = at + word.length;
  }
  keepFrom = Math.max(keepFrom, run.length - MAX_AGENCY_CODE - pinyinLength);
  keepFrom += codeAfterTitleKind(run.slice(keepFrom));
  const pinyinAtStart = PINYIN_AT_START.exec(run.slice(keepFrom));
  if (pinyinAtStart) keepFrom += pinyinAtStart[0].length;
  if (keepFrom >= run.length) return null;
  const codeStart = nonSpaceOffset(text, start, bracketAt, keepFrom);
  if (codeStart === null) return null;
  // A run filling a line from its start is a line of its own (the 发文机关标志 above a header 文号,
  // 交城县西营镇 above 西政发…), not the first half of a code wrapped like "（晋\n 政发".
  if (afterBreak !== null && codeStart < afterBreak && beginsLine(text, codeStart)) {
    return nonSpaceOffset(text, afterBreak, bracketAt, 0);
  }
  return codeStart;
}

/**
 * A code with a bracketed word inside ("永村(社区)换届办"): the word and the short code head before it belong to
 * the code. Returns the bracket's length, or 0 when the bracket closes a phrase of the sentence ("方案(试行)").
 */
const CODE_WORD_BEFORE = /(?:^|[^\u3400-\u4dbf\u4e00-\u9fff])[\u3400-\u4dbf\u4e00-\u9fff]{1,3}[(（][\u3400-\u4dbf\u4e00-\u9fff]{1,4}[)）]$/;
function bracketedCodeWord(text: string, close: number): number {
  const m = CODE_WORD_BEFORE.exec(text.slice(Math.max(0, close - 10), close + 1));
  if (!m) return 0;
  return close + 1 - text.lastIndexOf(text[close] === ')' ? '(' : '（', close);
}

/** Offset in `text` of the n-th non-space character of text[from, to), or null. */
function nonSpaceOffset(text: string, from: number, to: number, n: number): number | null {
  let seen = 0;
  for (let k = from; k < to; k++) {
    if (/\s/.test(text[k])) continue;
    if (seen === n) return k;
    seen++;
  }
  return null;
}

function beginsLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (text[k] === '\n') return true;
    if (!/\s/.test(text[k])) return false;
  }
  return true;
}

/**
 * A 文号 whose year brackets extraction lost ("萍办字201730号", "萍办发电〔201830号"): read only where the
 * code ends like a 机关代字 and the digits start with a year, so the split is unambiguous.
 */
const LOST_BRACKETS = /([〔[［【(（﹝]?)((?:19|20)\d\d)(\d{1,4})([号號])/g;
/** Only the opening bracket lost ("国发2019〕13号"): the closing one still parts year and serial. */
const LOST_OPEN_BRACKET = /(?<![\d〔[［【(（﹝])((?:19|20)\d\d)([〕\]］】)）﹞])(第)?(\d{1,4})([号號])/g;
const CODE_END = /[发發字函电電]$/;
/** With the opening bracket kept, a code may end in any of the usual code words too (芜政〔201836, 泉政文〔20177号). */
const BRACKETED_CODE_END = /[发發字函电電政办辦委文府]$/;

function lostBracketNumbers(text: string, folded: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  for (const m of folded.matchAll(LOST_BRACKETS)) {
    if (m.index > 0 && /\d/.test(folded[m.index - 1])) continue;
    const start = agencyStart(folded, m.index);
    if (start === null) continue;
    const agencyCode = stripSpace(folded.slice(start, m.index));
    // (A 文号's own bracket, 〔 ﹝ or [, before the year is evidence enough for any code: 粤农〔2018184号.)
    const codeEnd = m[1] ? (/[〔﹝[［]/.test(m[1]) ? /./ : BRACKETED_CODE_END) : CODE_END;
    if (!codeEnd.test(agencyCode.replace(PINYIN_RUN, ''))) continue;
    const tail: TailParts = {
      open: m[1] || '',
      yearDigits: m[2],
      close: '',
      di: false,
      serialDigits: m[3],
      mark: m[4],
      markMissing: false,
    };
    const raw = text.slice(start, m.index + m[0].length);
    const match = buildMatch(agencyCode, tail, raw, start, false);
    if (match) found.push(match);
  }
  for (const m of folded.matchAll(LOST_OPEN_BRACKET)) {
    const start = agencyStart(folded, m.index);
    if (start === null) continue;
    const agencyCode = stripSpace(folded.slice(start, m.index));
    if (!BRACKETED_CODE_END.test(agencyCode.replace(PINYIN_RUN, ''))) continue;
    const tail: TailParts = {
      open: '',
      yearDigits: m[1],
      close: m[2],
      di: m[3] !== undefined,
      serialDigits: m[4],
      mark: m[5],
      markMissing: false,
    };
    const match = buildMatch(agencyCode, tail, text.slice(start, m.index + m[0].length), start, false);
    if (match) found.push(match);
  }
  return found;
}

/** Every 文号 in running text, in order, e.g. the citation in "…通知》（晋 政发〔2025〕1 号）安排部署". */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const folded = foldDigits(text);
  const tail = new RegExp(TAIL_SOURCE, 'g');
  const found: DocNumberMatch[] = [];
  for (let m = tail.exec(folded); m; m = tail.exec(folded)) {
    const start = agencyStart(folded, m.index);
    if (start === null) continue;
    const end = m.index + m[0].length;
    const raw = text.slice(start, end);
    const agencyCode = stripSpace(folded.slice(start, m.index));
    const match = buildMatch(agencyCode, tailParts(m.slice(1)), raw, start, hasStraySpace(raw));
    if (match) found.push(match);
  }
  const lost = /(?:19|20)\d(?:\d{2,}|\d[〕\]］】)）﹞]第?\d{1,4})[号號]/.test(folded) ? lostBracketNumbers(text, folded) : [];
  return lost.length > 0 ? [...found, ...lost].sort((a, b) => a.index - b.index) : found;
}
