/**
 * Splits a document that a web page or a paste ran together (everything on one line, or paragraphs glued)
 * back into the lines it was printed in: before clause markers (一、 （一） 1. （1）), around the 署名 and
 * 成文日期, before 附件, 抄送 and a 附注, and in the header between 文号, title and 主送. Text inside 《》,
 * quotes and brackets is never split, nor a 文号, a date or a number such as 2.5. Clause markers and headings are
 * found in unglueMarkers.ts, the header's parts in unglueHeader.ts, the protected pairs in unglueBrackets.ts; this
 * module owns the closing (署名, 成文日期, 附件, 抄送, 附注) and a whole page's spaces.
 */
import { parseDate } from '../domain/dates';
import { BARE_LABEL_START, ENDS_WITH_PAGE_LABEL, PAGE_LABELS } from './metadataTable';
import { withoutPinyin } from '../domain/pinyinRuns';
import { withTraditional } from './traditionalForms';
import { insideTest } from './unglueBrackets';
import { forwardedAddresseeCuts, isAddresseeLine } from './unglueAddressees';
import { headerCuts, headerEnd } from './unglueHeader';
import { HEADING_REACH, PINYIN_BEFORE, articleCuts, chapterCuts, markerAt, markerCuts } from './unglueMarkers';
import { isPlainOrgName } from './unglueNames';
import { PAGE_LABEL, PAGE_LABEL_END, TITLE_END, TITLE_VERB, TITLE_WORD, TOOLBAR_BEFORE, withSpacedKindsClosed } from './unglueWords';
import { UNIT_NAME_END, isCompleteOrgName, splitGluedNames } from './unitNames';

/** Shorter lines hold nothing glued: the shortest glued pair is a 署名 and its date ("甲县人民政府2023年5月6日"). */
const MIN_GLUED = 12;
/** Numerals listed with 、 ("一、二级"): a range, no marker and its heading. */
const NUMERAL_RANGE = /^[一二三四五六七八九十]、[一二三四五六七八九十]/;
/**
 * Only a line this long is a glued document rather than a page's metadata row or a long paragraph: its
 * spaces and its header are split too (clause markers, dates, 附件 and 抄送 split any line from MIN_GLUED on).
 */
const MIN_GLUED_DOCUMENT = 150;

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

/**
 * What continues a sentence after a date ("5月6日前报送", "6日起施行", "6日，县政府召开"); 内 not where it opens a
 * place's name glued after the date (内蒙古). A clock's time goes on a page's timestamp ("2017年10月23日 09:24来源:…").
 */
const DATE_GOES_ON = /^\s*([前后起至以止，,、的在到召举开为是及和与]|内(?!蒙古)|星期|周[一二三四五六日天]|\d{1,2}\s*[:：]\s*\d{2}(?!\d))/;
/**
 * A date before the title of the document it dates, the sentence going on after that title ("…人民委员会1957年9月19日
 * 关于建立…的报告,并决定:"): a title printed as such ends its line, never at a comma.
 */
const CITED_AFTER_DATE = withTraditional(/^\s*关于[^。！？；;：:，,《》]{2,80}?(报告|请示|通知|意见|函|批复|决定|方案)[，,]/);
const CITED_REACH = 96;
const SENTENCE_END = /[。！!？?；;]/;
const CLOSING_FORMULA = /特此(通知|通报|函告|函复|批复|报告|公告|通告|决定)[。！]?/g;
/**
 * 特此通知 that lost its 特 ("…落实。此通知附件:…"): after a sentence, before an 附件, a date or the line's end,
 * where no sentence goes on ("此通知自印发之日起施行").
 */
const LOST_FORMULA = /(?<=[。！!])此(通知|通报|函告|函复|批复|报告|公告|通告|决定)[。！]?(?=附\s*件|\d{4}\s*年|[〇○◯零一二]{4}年|\s|$)/g;

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
    const afterTitle =
      TITLE_END.test(before.slice(Math.max(0, k - 16), k)) || LIST_END.test(before.slice(0, k)) || FILE_NAME_END.test(before.slice(0, k));
    // …or after a unit that ends a list item, when the 署名 opens with its locality ("…排名交通局甲县整治办公室").
    const afterUnit = UNIT_NAME_END.test(before.slice(Math.max(0, k - 4), k)) && opensWithLocality(before.slice(k));
    // …or after a contact's number, left out or not ("联系电话:0000-1234567甲县人民政府").
    const afterPhone = PHONE_END.test(before.slice(Math.max(0, k - PHONE_REACH), k));
    // (A mirror's pinyin run closes no bracket the names follow: "城鄉(xiāng)建設局".)
    const afterBracket = /[》”」）)]/.test(before[k - 1]) && !PINYIN_BEFORE.test(before.slice(Math.max(0, k - 10), k));
    if (!afterBracket && !afterTitle && !afterUnit && !afterPhone) continue;
    const names = before.slice(k).trim();
    if (/^[\u4e00-\u9fff]/.test(names) && withoutPinyin(names).split(/\s+/).flatMap(splitGluedNames).every(isPlainOrgName))
      return dateAt - before.length + k;
  }
  // The names after the last spaces ("附件:任务分解表 甲县农业局 甲县财政局 2021年1月25日").
  let namesAt: number | null = null;
  for (const space of before.matchAll(/\s+/g)) {
    const after = before.slice(space.index).trim();
    // The name right under a heading-only list item is its content ("2、末位排名 交通局 甲县整治办公室"); an 附件说明's
    // last entry holds none ("附件: 1.甲名单 2.乙名单 教育部 2019年9月4日").
    const at = dateAt - before.length + space.index;
    const listEnd = ATTACHMENT_LIST_END.test(text.slice(Math.max(0, at - ATTACHMENT_LIST_REACH), at));
    if (HEADING_ONLY_ITEM_END.test(before.slice(0, space.index)) && !listEnd) continue;
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
  // …and a 附注 may follow it ("附件:情况表2022年2月21日(联系人:…)"), or the page's source ("…2022年2月11日来源:…").
  const endsAttachmentLine =
    (endsTextInTable || /^\s*[（(]/.test(after) || PAGE_SOURCE.test(after)) &&
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

/** A page's field naming its source or author, printed after the document it carries. */
const PAGE_SOURCE = /^\s*(来源|信息来源|文章来源|作者)\s*[:：]/;

/** A contact's telephone number ending a text, its digits masked or not ("电话:0000-1234567", "联系电话:022-*"). */
const PHONE_END = withTraditional(/(电话|传真|手机)\s*[:：]?\s*[\d*＊\-—()（）\s]{3,20}$/);
const PHONE_REACH = 30;

/** An attached file's name ending in its type. */
const FILE_NAME_END = /\.(pdf|docx?|xlsx?|wps|ofd|zip|rar)$/i;

/** How a 署名 opens: its locality ("甲县", "中共甲市"), at most a few characters long. */
const LOCALITY_START = withTraditional(/^(中共)?[\u4e00-\u9fff]{1,5}[省市县区州旗镇乡]/);

/** Whether a name opens with its locality, not with the rest of the name before it ("委|办公室甲县…"). */
function opensWithLocality(name: string): boolean {
  return LOCALITY_START.test(name) && !UNIT_WORD_START.test(name);
}
const UNIT_WORD_START = withTraditional(/^(办公室|公室|公厅|办|委|局|厅|处|室|会|组|院|社|所|站|队|中心|政府)/);

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
  const plain = withoutPinyin(name);
  const parts = LETTER_SPACED.test(plain) ? [plain.replace(/\s+/g, '')] : plain.split(/\s+/);
  return parts.every((part) => part.length <= 40 && !/[：:《》]/.test(part) && isCompleteOrgName(part));
}

/** How many opening characters of an issued document's title are compared with the notice's quotation of it. */
const QUOTE_PROBE = 8;
/** How far before the date the notice's quotation of the document it issues is looked for. */
const QUOTE_REACH = 600;

/** Whether the text before `at` quotes a document whose title opens with `words` ("《甲县…方案》"). */
function quotedBefore(text: string, at: number, words: string): boolean {
  return (
    words.length === QUOTE_PROBE && /^[\u4e00-\u9fff]/.test(words) && text.lastIndexOf(`《${words}`, at) >= Math.max(0, at - QUOTE_REACH)
  );
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
    if (CITED_AFTER_DATE.test(text.slice(end, end + CITED_REACH))) continue;
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
    // …and before the document it issues, quoted by the notice ("现将《甲县…方案》印发给你们…。2023年5月6日甲县…方案").
    const issued = start === m.index && quotedBefore(text, m.index, text.slice(end, end + QUOTE_PROBE));
    // (A year opening the line after it: "…落实。2020年6月28日2020年区政府重点工作…".)
    if (
      start === m.index &&
      !/^\s*\d{4}\s*年/.test(rest) &&
      !printLine &&
      !afterFormula &&
      !underSignature &&
      !afterRemark &&
      !chineseAfterSentence &&
      !issued &&
      rest !== '' &&
      !/^(\s|[（(]|附\s*件|抄\s*送)/.test(rest) &&
      !PAGE_SOURCE.test(rest)
    )
      continue;
    cuts.push(start);
    if (!printLine) cuts.push(m.index, end);
    else cuts.push(end + rest.indexOf('发') + 1);
  }
  return cuts;
}

/**
 * A 成文日期 whose 年 and 月 (or 年, 月 and 日) extraction lost, glued to the text around it: "2019515日", "2019515",
 * and "{ 2017 6 23" with its gaps kept. It is cut only where a 署名 or a 附注 such as (此件公开发布) stands right
 * before it (elsewhere such digits are text), and read only where one split is a valid date (dates.ts decides).
 */
const GARBLED_DATE = /(?<![\d年月.．])(?:19|20)\d{4,6}日|[{｛]?\s?(?<![\d.．])(?:19|20)\d\d\s\d{1,2}\s\d{1,2}(?![\d.．])/g;
/** The same date's digits alone ("2019515"), after a 署名's name or a 附注's bracket, never before a unit or a number. */
const LOST_DATE = /(?:19|20)\d{4,6}(?![\d.．:：/%％年月日号元万亿个件次人户家条项名])/g;
/** What stands before such digits (tested in the loop: a lookbehind would be tried at every offset). */
const BEFORE_LOST_DATE = /[\u4e00-\u9fff）)\s]/;
const REMARK_BEFORE = /[（(]此件[^（）()]{1,12}[）)]\s*$/;

function garbledDateCuts(text: string, isInside: (i: number) => boolean, known: readonly string[]): number[] {
  const cuts: number[] = [];
  // Each form's digits, looked for first: most lines hold none.
  const garbled = /\d{6}日|\d\s\d/.test(text) ? [...text.matchAll(GARBLED_DATE)] : [];
  const lost = /\d{6}/.test(text) ? [...text.matchAll(LOST_DATE)].filter((m) => BEFORE_LOST_DATE.test(text[m.index - 1] ?? '')) : [];
  let issuers: string[] | null = null;
  for (const m of lost.length > 0 ? [...garbled, ...lost] : garbled) {
    // Digits before 日 are a date's shape even where they split two ways: cut, and left unread by dates.ts.
    if (!m[0].endsWith('日') && parseDate(m[0]) === null) continue;
    const end = m.index + m[0].length;
    if (REMARK_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) {
      if (!isInside(m.index)) cuts.push(m.index, end);
      continue;
    }
    issuers ??= [...known, ...headerIssuers(text)];
    const start = signatureStart(text, m.index, issuers);
    if (start !== null && start < m.index && !isInside(m.index)) cuts.push(start, m.index, end);
  }
  return cuts;
}

/** A law database's 题注 under the title: "(1992年6月15日 国家旅游局)". */
const TITLE_NOTE_START = /^[（(]\s*(\d{4}|[〇○◯零OoＯ0０一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月/;
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
/** A label for subject words ("主 题 词:"), at the end of a text. */
const WORDS_LABEL_END = /(主\s*题\s*词|关\s*键\s*词)\s*[:：]$/;
const BRACKETED_YEAR = /[〔［[【(（﹝]\s*\d{4}\s*[〕］\]】)）﹞]/;
/** A 文号's year in its brackets opening a text, with the serial after it ("〔2003〕 46号"). */
const YEAR_IN_BRACKETS_START = /^[〔［[【﹝]\d{4}[〕］\]】﹞]\s*\d{1,4}\s*[号號]/;
/** A 文号's code and year in brackets ending a text ("国函 〔2003〕"). */
const YEAR_IN_BRACKETS_END = /[\u4e00-\u9fff)]\s?[〔［[【﹝]\d{4}[〕］\]】﹞]$/;
const SERIAL_START = /^\d{1,4}\s*[号號]/;
/** One character of a label spelled apart, standing alone before a space, and the label it opens. */
const SPACED_LABEL_PART = /(?:^|[\s|｜])[\u4e00-\u9fff]$/;
const SPACED_LABEL = /^[\u4e00-\u9fff](?:\s[\u4e00-\u9fff]){1,5}\s*[:：]/;
/** The character before a space that may open a label spelled apart. */
const SPACED_LABEL_PART_END = /[\u4e00-\u9fff]$/;
/** A page table's known label at a text's start. */
const KNOWN_LABEL_AT_START = new RegExp(`^${PAGE_LABELS.source}`);

/** Where a glued page had a line break that became a space: after a sentence, a bracket, a title's 文种 or a 文号. */
function spaceCuts(text: string, isInside: (i: number) => boolean): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(/\s+/g)) {
    if (m.index === 0) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // A label spelled apart ("索 引 号:", "名 称:") is one word: its spaces end no line.
    // (A known one may stand glued to the text before it: "…基础平台索 引 号:".)
    // (Such a label's next character stands alone too: tested first, most spaces stand between words.)
    if (/^.[\s:：]/.test(after) && SPACED_LABEL_PART_END.test(before)) {
      const spelledApart = text.slice(m.index - 1, m.index + 16);
      if (SPACED_LABEL.test(spelledApart) && (SPACED_LABEL_PART.test(before) || KNOWN_LABEL_AT_START.test(spelledApart))) continue;
    }
    // A 文号 printed with spaces ("国函 〔2003〕 46号") is one: a space before its year's bracket or its serial ends no line.
    if (
      (YEAR_IN_BRACKETS_START.test(after) && /[\u4e00-\u9fff)]$/.test(before)) ||
      (YEAR_IN_BRACKETS_END.test(before) && SERIAL_START.test(after))
    )
      continue;
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
      BARE_LABEL_START.test(after) ||
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

/** An attached file's name with its type, and what is glued after it: another file's name, an item's number, a 署名. */
const FILE_NAME_GLUED = /\.(pdf|docx?|xlsx?|wps|ofd|zip|rar)(?=[\u4e00-\u9fff\d《])/gi;
/** How far before a file's name its 附件 label may stand (a list of files follows it). */
const FILE_LIST_REACH = 300;

/** Offsets after each attached file's name glued to the next ("附件:甲.pdf乙.pdf", "1.甲.xlsx2.乙.xls"). */
function fileNameCuts(text: string, isInside: (i: number) => boolean): number[] {
  const cuts: number[] = [];
  // (Most lines name no file: the pattern is tried only in a line holding an 附件 and a dot.)
  if (!text.includes('附') || !text.includes('.')) return cuts;
  for (const m of text.matchAll(FILE_NAME_GLUED)) {
    const label = text.slice(Math.max(0, m.index - FILE_LIST_REACH), m.index);
    if (!isInside(m.index) && /附\s*件/.test(label)) cuts.push(m.index + m[0].length);
  }
  return cuts;
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
    // (Joint issuers stand a space apart: "云南省财政厅 云南省人力资源和社会保障厅".)
    const each = withoutPinyin(names).split(/\s+/).flatMap(splitGluedNames);
    if (/^[\u4e00-\u9fff]/.test(names) && each.every(isPlainOrgName)) return k;
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
const LIST_END = withTraditional(/(?<!代)表$|清单$|名单$|目[录錄]$/);

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
export function unglueLine(line: string, atStart: boolean, known: readonly string[] = [], previous = ''): string[] {
  const text = atStart && line.length >= MIN_GLUED ? withSpacedKindsClosed(line) : line;
  // A page's button glued before a short 主送 ("朗读县水务局:") is chrome of its own.
  const toolbar = atStart ? TOOLBAR_BEFORE.exec(text) : null;
  if (toolbar && isAddresseeLine(text.slice(toolbar[0].length))) return [toolbar[0], text.slice(toolbar[0].length)];
  // (A short heading may hold its first sub-item: "一、总则(一)目的。"; "一、二级" names a range.)
  if (text.length < MIN_GLUED) {
    if (markerAt(text, 0) === null || NUMERAL_RANGE.test(text)) return [text];
    return piecesAt(text, innerCuts(text.length, [markerCuts(text, insideTest(text), previous)]));
  }
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
    ...fileNameCuts(text, inside),
    ...(whole ? spaceCuts(text, inside) : []),
    ...(trailing === null ? [] : [trailing]),
  ];
  const header = atStart ? headerCuts(text, inside, headerEnd(text, markers), whole, known, previous) : forwardedAddresseeCuts(text);
  return piecesAt(text, innerCuts(text.length, [markers, chapters, articles, closing, header]));
}

/** A text cut at the given offsets (in order), each piece trimmed, empty ones left out. */
function piecesAt(text: string, cuts: readonly number[]): string[] {
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
