/**
 * Text normalization for pasted and extracted notices: line endings, width folding for matching,
 * spaces that PDF extraction puts between Chinese characters, page furniture (footers, running headers)
 * and the furniture of a web page copied along with a notice (breadcrumbs, 【字体：大 中 小】, 【打印本页】).
 * The original text is always kept elsewhere for display; these functions only produce working copies.
 */

/** CRLF / CR → LF, BOM and zero-width characters removed, NBSP to spaces; tabs are kept (they separate table cells). */
export function normalizeNewlines(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
}

/**
 * A table row copied out of Word or a spreadsheet comes with tab-separated cells: written as
 * "1 | 任务 | 牵头" so it reads like a table pasted with bars. Other tabs are spaces.
 */
export function tabsToCells(line: string): string {
  if (!line.includes('\t')) return line;
  const cells = line.trim().split(/\t+/);
  return cells.length >= 3 ? cells.map((c) => c.trim()).join(' | ') : line.replace(/\t/g, ' ');
}

/** Full-width ASCII (！…～) and the ideographic space folded to half-width, for matching only. */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
// « » are 《》 as some PDF fonts map them ("转发…等部门 « 关于…意见 » 的通知").
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’…—·《》«»';
const TIGHT = `[${CJK}${CJK_PUNCT}]`;
const TIGHT_OR_DIGIT = `[${CJK}${CJK_PUNCT}0-9０-９]`;
const spaceAfterTight = new RegExp(`(${TIGHT})[ \\u3000]+(?=${TIGHT_OR_DIGIT})`, 'g');
const spaceBeforeTight = new RegExp(`(${TIGHT_OR_DIGIT})[ \\u3000]+(?=${TIGHT})`, 'g');

/**
 * Removes the spaces that layout puts between Chinese characters and around numbers in Chinese text
 * ("关于做好 2025 年", "阳政发〔2025〕1 号"), keeping spaces between Latin words.
 */
export function collapseCjkSpaces(text: string): string {
  if (!text.includes(' ') && !text.includes('\u3000')) return text;
  return text.replace(spaceAfterTight, '$1').replace(spaceBeforeTight, '$1');
}

const FOOTER_PATTERNS: RegExp[] = [
  /^[—－\-–─―_~～]{1,3}\s*\d{1,4}\s*[—－\-–─―_~～]{1,3}$/,
  /^第\s*\d{1,4}\s*页\s*([,，、/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，、]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^[-—－]?\s*\d{1,3}\s*[-—－]?$/,
];

/** Every character a footer may hold; most lines fail on their first character. */
const FOOTER_CHARS = /^[\s\d０-９—－\-–─―_~～第页頁共,，、/／]+$/;

/** A page footer line such as "— 3 —", "－3－", "- 3 -", "第3页 共12页". */
export function isPageFooter(line: string): boolean {
  if (line.length > 40 || !FOOTER_CHARS.test(line)) return false;
  const t = foldWidth(line).trim();
  return t.length > 0 && t.length <= 20 && FOOTER_PATTERNS.some((re) => re.test(t));
}

/** A web page's buttons, copied with the notice: 【字体：大 中 小】, 【打印本页】, [关闭窗口]. */
const WEB_WIDGET =
  /[【[［]\s*(字体|字号)\s*[：:]\s*[大中小\s]+[】\]］]|(字体|字号)\s*[：:]\s*([【[［][大中小][】\]］]\s*)+|[【[［]\s*(打印本页|打印|关闭窗口|关闭|收藏|返回顶部|分享|打印正文)\s*[】\]］]/g;
/** A web page's breadcrumb and share lines: "当前位置：首页 > 政务公开", "首页 > 信息公开", "分享到：". */
const WEB_LINE =
  /^(?:(当前位置|您的位置|您现在的位置|所在位置|分享到|扫一扫在手机打开当前页)\s*[：:]?|首页\s*[>＞»›]|(字体|字号)\s*[：:]\s*[大中小\s]+$|(返回顶部|回到顶部)$|[-•·]\s*(设为首页|加入收藏|无障碍(阅读|浏览)?|长者版|长辈版|关怀版)$)/;

/** A breadcrumb's last step and the title glued after it ("… > 区内政策 > 正文甲省人民政府关于…的通报"). */
const LAST_CRUMB = /[>＞»›]\s*([^>＞»›]*(?:关于|關於|關于|印发|印發|转发|轉發)[^>＞»›]*)$/;

/** The title a breadcrumb ran on into (its last step still before it), or nothing. */
function titleAfterCrumbs(line: string): string {
  return LAST_CRUMB.exec(line)?.[1].trim() ?? '';
}

/** A page's meta description leaked as text, the attribute's close still after it (`…《关于进" />`). */
const LEAKED_ATTRIBUTE = /"\s*\/?>$/;

/** A markup tag a mirror leaves in its text ("<tbody id=\"rxb7u\">", "</th>"). */
const MARKUP_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

/** The line without markup tags; empty when only a list's mark or number was left around them ("1. <th></th>"). */
function withoutMarkup(line: string): string {
  const bare = line.replace(MARKUP_TAG, '');
  if (bare === line) return line;
  return /[\u4e00-\u9fffA-Za-z]/.test(bare) ? bare.trim() : '';
}

/** The line without a web page's buttons; an empty string when the line was nothing but web furniture. */
export function stripWebFurniture(raw: string): string {
  const line = raw.includes('<') ? withoutMarkup(raw) : raw;
  if (WEB_LINE.test(line)) return titleAfterCrumbs(line);
  if (LEAKED_ATTRIBUTE.test(line)) return '';
  return line.includes('【') || line.includes('[') || line.includes('［') ? line.replace(WEB_WIDGET, '').trim() : line;
}

/**
 * Full-width punctuation that a PDF's font extracted as its GB2312 code read as Unicode (row A3 of GB2312 is the
 * full-width ASCII block): "ꎬ" U+A3AC is "，", "ꎮ" U+A3AE the full stop those fonts print as "。". Only a lone
 * such character is mapped: Yi script written in its own words keeps its letters side by side.
 */
const GB_PUNCTUATION = /(?<![\uA000-\uA4CF])[\uA3A1-\uA3FE](?![\uA000-\uA4CF])/g;

export function fixGbPunctuation(line: string): string {
  return line.replace(GB_PUNCTUATION, (ch) => (ch === '\uA3AE' ? '。' : String.fromCharCode(ch.charCodeAt(0) - 0xa3a1 + 0xff01)));
}

/** A line transcribed with a space after every character: seven single characters in a row, spaced. */
const SPACED_OUT = /(?:[\u4e00-\u9fff] ){6}[\u4e00-\u9fff]/;
const SPACE_BETWEEN_CHARACTERS = /(?<=[\u4e00-\u9fff\uff00-\uffef，。、：；]) (?=[\u4e00-\u9fff\uff00-\uffef，。、：；])/g;
/** Lines shorter than this keep their spaces: a 版头 spaced out may separate joint issuers by them. */
const SPACED_LINE_MIN = 60;

/** A long line spaced out character by character (a document-sharing site's transcription), its spaces removed. */
export function unspaceTranscription(line: string): string {
  return line.length >= SPACED_LINE_MIN && line.includes(' ') && SPACED_OUT.test(line) ? line.replace(SPACE_BETWEEN_CHARACTERS, '') : line;
}

/**
 * A forum's anti-copy noise (Discuz's "jammer"): words of one to three random ASCII characters with single spaces
 * between them, hidden on the page but kept by its text, at a line's ends or glued between two characters
 * ("一、活动时间- E; O* T2 M& \( s3 M; H"). Four such words at least, two of them holding a mark, so that spaced
 * letters or numbers of a table ("A B C D", "1 2 3 4") are never taken. A colon opening the noise right after a
 * character is the sentence's own ("如下:' m I9 @! F)"), and so is a bracket closing it before a marker ("l' C(一)").
 */
const JAMMER = /(?<![!-~])(?:[!-~]{1,3} ){3,}[!-~]{1,3}(?![!-~])/g;
const JAMMER_MARK = /[!-/:-@[-`{-~]/;
/** What follows a clause marker's opening bracket: "一)", "12)". */
const MARKER_REST = /^(?:[一二三四五六七八九十]{1,3}|\d{1,2})\)/;

export function withoutForumNoise(line: string): string {
  if (!line.includes(' ')) return line;
  return line.replace(JAMMER, (run, at: number) => {
    if (run.split(' ').filter((word) => JAMMER_MARK.test(word)).length < 2) return run;
    const colon = run.startsWith(':') && at > 0 ? ':' : '';
    const bracket = run.endsWith('(') && MARKER_REST.test(line.slice(at + run.length)) ? '(' : '';
    return colon + bracket;
  });
}

/** The mark a journal database (CNKI) prints where an article's text starts: "<正>辽宁省人民政府文件…". */
const TEXT_START_MARK = /^[<＜〈]正[>＞〉]\s*/;

export function withoutTextStartMark(line: string): string {
  return line.startsWith('<') || line.startsWith('＜') || line.startsWith('〈') ? line.replace(TEXT_START_MARK, '') : line;
}
