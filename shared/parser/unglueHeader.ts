/**
 * The header of a glued document, before its first sentence: where its 文号, page chrome, title and 主送 were
 * printed on lines of their own.
 */
import { ENDS_WITH_PAGE_LABEL, PAGE_LABELS, isPageLabel } from './metadataTable';
import { PINYIN_RUN_SOURCE, withoutPinyin } from '../domain/pinyinRuns';
import { withTraditional } from './traditionalForms';
import { BODY_START } from './unglueMarkers';
import { isPlainOrgName } from './unglueNames';
import { ABOUT, CHROME_REACH, PAGE_LABEL_END, TITLE_END, TITLE_VERB, TITLE_WORD, TOOLBAR_BEFORE } from './unglueWords';
import { ADDRESSEE_REACH, colonlessAddresseeCuts, colonlessBeforeBodyCuts, isAddresseeList } from './unglueAddressees';
import { CITED_AS_FILE, STARTS_WITH_ABOUT } from './titleChoice';
import { isChromeLine } from './webChrome';
import { UNIT_NAME_END, isCompleteOrgName, placeOf, splitGluedNames } from './unitNames';

/**
 * A code's character, with the pinyin a mirror site injects after it ("發(fā)"): PINYIN_RUNS's run in half-width
 * brackets only, as such a mirror prints it (a character class there makes this scan of every header line slower).
 */
const CODE_CHAR = `(?:[\\u4e00-\\u9fff](?:${PINYIN_RUN_SOURCE})?)`;
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
/** (A space may stand between: "甲府办函〔202058 甲县人民政府办公室".) */
const LOST_DOC_NUMBER_BEFORE_TEXT = new RegExp(`${CODE_CHAR}{2,12}[〔[［【﹝](?:19|20)\\d{3,6}(?=\\s?[\\u4e00-\\u9fff])`, 'g');
const DOC_NUMBER_AT_START = new RegExp(`^${DOC_NUMBER.source}\\s*`);
const CODE_BEFORE_YEAR = new RegExp(`${CODE_CHAR}{1,12}\\s*${YEAR_BRACKET.source}`);
/** Page chrome that a glued page keeps in its first line: split it off so it is dropped as chrome. */
const CHROME_START = withTraditional(
  /(当前位置|您的位置|所在位置|信息来源|文章来源|访问次数|更新时间|点击(数|次数|量)|(?<![\u4e00-\u9fff])(来源|时间|日期|字号|字体|[浏瀏]览(次数|量)?|阅读|作者)[:：]|发布时间|发布日期|【打印】|【关闭】|索引号|下载地址|点击此处下载)/g,
);
/**
 * A page's field label, address or date glued right after a title's 文种 ("…的复函时间:2024-07-24", "…的批复http://",
 * "…的通知2019-05-30").
 */
const CHROME_AFTER_TITLE = withTraditional(
  /(发布|发文|成文|更新)?(来源|时间|日期|字号|字体|[浏瀏]览(次数|量)?|阅读|作者|发布者|发布人|编辑)[:：]|导语|https?:\/\/|\d{4}-\d{1,2}-\d{1,2}(?!\d)/g,
);

/** How short a 文号's agency code is at least, after an organ's name glued before it. */
const MIN_CODE = 2;
/** The shortest organ's name taken off a 文号's code ("甲市财政局"). */
const MIN_ORGAN = 4;

/** The length of the longest organ's name that opens a 文号's code and leaves a code after it, or 0. */
function organBeforeCode(code: string): number {
  if (code.length < MIN_ORGAN + MIN_CODE) return 0;
  for (let k = code.length - MIN_CODE; k >= MIN_ORGAN; k--) {
    const name = code.slice(0, k);
    if (UNIT_NAME_END.test(name) && isCompleteOrgName(name)) return k;
  }
  return 0;
}

/** How long the issuer's name of a 版头 may be ("甲省乙厅文件"). */
const MAX_MARK_ISSUER = 30;

/**
 * Where the issuer's name starts of a 版头 whose 文件 stands at `mark`, glued after a page heading's title
 * ("…的通知甲省国土资源厅文件"): the longest complete organ's name right after a title's 文种.
 */
function markIssuerStart(head: string, mark: number): number | null {
  for (let k = Math.max(0, mark - MAX_MARK_ISSUER); k <= mark - 3; k++) {
    if (TITLE_END.test(head.slice(Math.max(0, k - 16), k)) && isCompleteOrgName(head.slice(k, mark))) return k;
  }
  return null;
}

const CITED_AFTER_NUMBER = new RegExp(`^${CITED_AS_FILE.source}`);

/** How long a word may be that opens a page's label glued after a title ("上载", "信息"). */
const LABEL_PREFIX = 2;

/** A page's label standing at a given offset. */
const PAGE_LABEL_HERE = new RegExp(PAGE_LABELS.source, 'y');
/** A font-size toolbar with its buttons lost ("字号:[ ]"), text glued after it (the 主送 of a glued page). */
const TOOLBAR_BEFORE_TEXT = /字\s*[体號号]\s*[:：]\s*[[［【][\s大中小]*[\]］】](?=\s*[\u4e00-\u9fff])/g;
/** A page's date or time with text glued after it. */
const STAMP_BEFORE_TEXT = /\d{4}-\d{1,2}-\d{1,2}(\s*\d{1,2}:\d{2}(:\d{2})?)?(?=[\u4e00-\u9fff])/g;

/** How far into its line a title's 文种 stands at least: the title's own words stand before it. */
const TITLE_MIN = 6;
/** A page's validity field and its value ("有效性: 有效", "[时效性] 现行有效"). */
const VALIDITY_VALUE = withTraditional(/(有\s?效\s?性|时\s?效\s?性)[\]】]?\s*[:：]?\s*(现行有效|有效|已?失效|已?废止)(?=[\u4e00-\u9fff])/g);
/**
 * The same 题注 anywhere in a header line, closed within a date and an organ's name, or a 文号 and a date ("(甲厅字
 * [2007]4号 2007年2月1日)"); its month follows its year: a plan's years in a title, "行动计划(2020年—2025年)", are no 题注.
 */
const GLUED_TITLE_NOTE =
  /[（(]{1,2}\s*([\u4e00-\u9fff]{1,10}[〔[［【﹝(（]\d{4}[〕\]］】﹞)）]\s*第?\d{1,4}\s*[号號]\s*)?(\d{4}|[〇○◯零OoＯ0０一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月[^（）()]{1,50}[）)]{1,2}/g;
const DATE_LABEL = /(日期|时间|時間)\s*[:：]/g;
/** A page's byline label, whose value names a person or an office and never holds a title. */
const BYLINE_LABEL = withTraditional(/^(作者|编辑|发布人|发布者)[:：]$/);
/** How far after a byline label a title's verb may stand (after the issuer's name that opens the title). */
const BYLINE_TITLE_REACH = 40;

/**
 * Whether a 《 before `at` on the line is still open there, the quoted name going on: a page heading cut inside its
 * 《 before the whole title ("…《甲方案实行甲省人民政府办公厅关于印发…的通知甲府办〔2023〕5号") has closed nothing.
 */
function inOpenQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = before.lastIndexOf('《');
  return open >= 0 && !before.slice(open).includes('》') && !ABOUT.test(before.slice(open));
}

/**
 * The header's cuts, before the first sentence: around a 文号, chrome, and between title and 主送. A short
 * line may be a page's metadata row or a 文号 printed with its title: it is cut only where two header lines
 * were glued with nothing between them (a title's 文种 and the 文号, chrome or 主送 after it).
 */
export function headerCuts(
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
    // (Another label's colon, such as a toolbar's "字体:" or an organ's "发布:", holds no 文号.)
    const before = head.slice(Math.max(0, m.index - 12), m.index).trimEnd();
    const opensBracket =
      /[（(|]$/.test(before) ||
      (/[:：]$/.test(before) && !/(字体|字體|来源|來源|时间|時間|日期|发布|發佈|机构|機構|机关|機關)\s*[:：]$/.test(before));
    const end = m.index + m[0].length;
    inDocNumber.fill(1, m.index + 1, end);
    // A title's bracketed 文号 with the body glued after it: "…启动公告(方征启公告﹝2022﹞4号)为实施…".
    // (A cited document's 文号 after its 《title》 is part of the sentence: "根据《…的通知》(甲府〔2018〕1号)部署…".)
    const cited = /》\s*[（(]\s*$/.test(head.slice(Math.max(0, m.index - 3), m.index));
    if (opensBracket && !cited && /^[）)][\u4e00-\u9fff]/.test(head.slice(end, end + 2))) cuts.push(end + 1);
    // …and a field's 文号 ends its value where text is glued after it ("文号: 甲政发[2006]27号各区县人民政府,…:").
    if (/[:：]$/.test(before) && /^[\u4e00-\u9fff]/.test(head.slice(end, end + 1)) && !isInside(m.index)) cuts.push(end);
    if (isInside(m.index) || opensBracket || /[:：|]\s*$/.test(m[0].slice(0, m[0].search(YEAR_BRACKET)))) continue;
    // (A 文号 naming its document as "…号文件" or its "精神" is cited: "关于贯彻国发〔2015〕59号文件进一步做好…".)
    if (CITED_AFTER_NUMBER.test(head.slice(end, end + 3))) continue;
    // (A name quoted in a title wrapped before its 》 may hold a 文号: "关于印发《贯彻落实甲发[2011]23号文件" / "分工方案》的通知".)
    if (inOpenQuote(head, m.index)) continue;
    const code = m[0].search(CODE_BEFORE_YEAR);
    // A title's 文种 glued before the code ends the title: "…的通知盘政办发〔2021〕1号".
    const codeText = m[0].slice(0, m[0].search(YEAR_BRACKET)).trimEnd();
    // …but a code ending in a 文种 character ("張政辦函〔2023〕180號") is the code itself: a 文种 with a code of two
    // characters after it ends the title first; one right before the bracket only where no code follows a long title
    // ("…启动公告〔2022〕第1号").
    const words = [...codeText.matchAll(TITLE_WORD)];
    // (A mirror's pronunciations inside the code, "國(guó)函", make it no longer.)
    // (A row's 文号 label glued before the code is no title: "发文字号国卫办人口函〔2021〕629号"; the code follows it.)
    const label = NUMBER_LABEL_OPENING.exec(codeText);
    const labelled = label !== null;
    const titleEnd = labelled
      ? undefined
      : (words.filter((t) => withoutPinyin(codeText.slice(t.index + t[0].length)).length >= 2).pop() ??
        (withoutPinyin(codeText).length > 6 ? words.pop() : undefined));
    // A 版头 glued before the code ends with its 文件 ("甲省乙厅文件甲乙发〔2006〕8号"), however long it is.
    const mark = codeText.lastIndexOf('文件');
    let codeStart = label
      ? m.index + label[0].length
      : m.index + Math.max(0, code, titleEnd ? titleEnd.index + titleEnd[0].length : 0, mark >= 0 ? mark + 2 : 0);
    const toolbar = TOOLBAR_BEFORE.exec(head.slice(codeStart, end));
    if (toolbar) codeStart += toolbar[0].length;
    // An organ's name glued before the code ends there ("发布:甲市卫生健康委甲卫健发〔2023〕1号").
    const organ = label ? 0 : organBeforeCode(head.slice(codeStart, m.index + m[0].search(YEAR_BRACKET)).trimEnd());
    codeStart += organ;
    if (mark >= 0) {
      const issuer = markIssuerStart(head, m.index + mark);
      if (issuer !== null) cuts.push(issuer);
    }
    if (whole || titleEnd || toolbar || organ > 0) cuts.push(codeStart);
    if (whole || /^[\u4e00-\u9fff]/.test(head.slice(end, end + 1))) cuts.push(end);
    // A gazette prints the 成文日期 right after the 文号, the 主送 glued on: "甲政办函[2018]54号2018年3月20日各区…".
    const dated = DATE_AFTER_NUMBER.exec(head.slice(end));
    if (dated && !isInside(end)) cuts.push(end, end + dated[0].length);
  }
  // A 文号 printed without its agency's code opens a line with the text glued after it ("〔2022〕第1号为保障…").
  const bare = BARE_DOC_NUMBER.exec(head);
  if (bare && /^[\u4e00-\u9fff]/.test(head.slice(bare[0].length, bare[0].length + 1))) cuts.push(bare[0].length);
  // A news lead ends where the document it reprints starts ("日前,甲市印发《…》。全文如下:甲市…方案"), and so does a
  // site's blurb in sentences ("…随时获取政府公报。甲省人民政府关于…的通知甲政发〔2015〕28号各市人民政府,…").
  for (const m of head.matchAll(LEAD_END)) if (!isInside(m.index)) cuts.push(m.index + m[0].length);
  const reprint = reprintStart(text);
  if (reprint !== null && !isInside(reprint)) cuts.push(reprint);
  // A 文号 whose closing bracket and 号 extraction lost, glued to the 主送 after it ("甲政办发〔201746各乡镇…").
  if (LOST_YEAR_BRACKET.test(head)) {
    for (const m of head.matchAll(LOST_DOC_NUMBER_BEFORE_TEXT)) if (!isInside(m.index)) cuts.push(m.index + m[0].length);
  }
  // The 文种 words, found once for the three uses below.
  const titleWords = [...head.matchAll(TITLE_WORD)];
  // A title whose 文种 runs straight on into the body's opening words ("…情况报告2023年，本区…", "…的通知为进一步…").
  for (const m of titleWords) {
    const end = m.index + m[0].length;
    if (!isInside(m.index) && m.index >= TITLE_MIN && BODY_START.test(head.slice(end, end + 7).trimStart())) cuts.push(end);
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
    // A 题注 opening the line ends before the 主送 or the body glued after it ("(1992年6月15日 乙省旅游局)甲省人民政府:",
    // "(1985年5月4日甲政〔1985〕38号) 根据…").
    if (m.index === 0 && /^\s?[\u4e00-\u9fff]/.test(head.slice(end, end + 2))) cuts.push(end);
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
  // A site's opening marker, back-to-top button or untitled page's name glued to the title ("The Beginning甲县人民政府…公告",
  // "返回顶部甲县…", "无标题文档政府文件…").
  const marker = /^(The\s*Beginning|返回顶部|回到顶部|回顶部|返回顶端|返回首页|无标题文档|無標題文檔)(?=\s*\S)/i.exec(head);
  if (marker) cuts.push(marker[0].length);
  if (whole) {
    for (const m of head.matchAll(PAGE_LABELS)) if (!isInside(m.index)) cuts.push(m.index);
  } else if (head.includes('日')) {
    // …and in any header line a date ends where a label is glued after it ("1957年10月18日发布机关:国务院"), the
    // label perhaps past the header's end.
    for (const m of text.matchAll(DATE_BEFORE_LABEL)) if (m.index < end) cuts.push(m.index + m[0].length);
  }
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
  // A validity field's value ends its row where the title or 主送 is glued after it ("有效性有效甲县…").
  // (The label may be bracketed or spelled apart: "[有效性] 有效", "有 效 性 有效".)
  if (head.includes('性')) {
    for (const m of head.matchAll(VALIDITY_VALUE)) if (!isInside(m.index + m[0].length)) cuts.push(m.index + m[0].length);
  }
  for (const m of head.matchAll(CHROME_AFTER_TITLE)) {
    if (isInside(m.index)) continue;
    // A byline label left empty, the title glued after it ("作者:甲县人民政府关于…的通知"), ends its row.
    if (BYLINE_LABEL.test(m[0])) {
      const end = m.index + m[0].length;
      const verb = TITLE_VERB.exec(head.slice(end, end + BYLINE_TITLE_REACH));
      if (verb && (verb.index === 0 || isCompleteOrgName(head.slice(end, end + verb.index)))) cuts.push(end);
    }
    // The label may open with a word of its own ("…的通知上载日期:", "…的通告信息发布者:"); the title may be quoted
    // ("《…的通知》浏览量:").
    for (let at = m.index; at >= Math.max(0, m.index - LABEL_PREFIX) && /^[\u4e00-\u9fff]*$/.test(head.slice(at, m.index)); at--) {
      const title = head.slice(Math.max(0, at - 16), at);
      if (TITLE_END.test(title.endsWith('》') ? title.slice(0, -1) : title) && !isInside(at)) {
        cuts.push(at);
        break;
      }
    }
  }
  if (whole) cuts.push(...chromeBeforeTitleCuts(head).filter((c) => inDocNumber[c] !== 1));
  const chromeEnd = chromeGluedBeforeIssuer(head);
  if (chromeEnd !== null) cuts.push(chromeEnd);
  const crumbEnd = breadcrumbEnd(head, text, whole, previous);
  if (crumbEnd !== null) cuts.push(crumbEnd);
  cuts.push(...repeatedTitleCuts(head, isInside, cuts));
  const repeated = repeatedIssuerEnd(head);
  if (repeated !== null) cuts.push(repeated);
  if (whole) for (const m of head.matchAll(/文\s*件(?=\s)/g)) cuts.push(m.index + m[0].length);
  // …or glued to the title that opens with its issuer ("省政府文件甲省人民政府关于…").
  if (whole) for (const m of head.matchAll(MARK_BEFORE_TITLE)) if (!isInside(m.index) && isCompleteOrgName(m[1])) cuts.push(m.index + 2);
  // The 主送 is the list of addressees before a colon, after the title's 文种, a 文号, a space, a table's bar or a
  // page's bracketed button (【关闭】).
  const starts = titleWords.filter((m) => !isInside(m.index)).map((m) => m.index + m[0].length);
  for (const m of head.matchAll(/[\s|｜】]+/g)) starts.push(m.index + m[0].length);
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
      // (A date before the list is no part of it: "时间:2020年10月16日各县区人民政府,…:".)
      .map((at) => at + (DATE_OPENING.exec(head.slice(at, colon.index))?.[0].length ?? 0))
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
  const lostQuote = colonlessAddresseeCuts(head, starts);
  // (Only a glued page's: a 主送 on a line of its own is read by the header.)
  cuts.push(...(lostQuote.length > 0 || !whole ? lostQuote : colonlessBeforeBodyCuts(head, starts)));
  return cuts;
}

const HAS_TITLE_WORD = new RegExp(TITLE_WORD.source);
const TITLE_WORD_ALONE = new RegExp(`^(${TITLE_WORD.source})$`);
/** How long the issuers' names before a title's 关于 may be, joint ones together. */
const MAX_ISSUERS_LENGTH = 60;
/** A page row's 文号 label opening a text, a mirror's pronunciations perhaps after its characters. */
const NUMBER_LABEL_OPENING = new RegExp(
  withTraditional(/^(?:发P文P字P号P|文P号P|文件编号)/).source.replace(/P/g, `(?:${PINYIN_RUN_SOURCE})?`),
);
/** A date written in digits with its 年, 月 and 日: "2018年3月20日". */
const WRITTEN_DATE = String.raw`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`;
/** A date opening a text (not a 版记's printing date: "2011年5月18日印发"). */
const DATE_OPENING = new RegExp(`^\\s*${WRITTEN_DATE}(?!\\s*印\\s*发)`);
/** A date with a page's label glued after it: the label opens a row of its own. */
const DATE_BEFORE_LABEL = new RegExp(`${WRITTEN_DATE}(?=\\s*${PAGE_LABELS.source})`, 'g');
/** A date glued after a 文号, text glued after it in turn. */
const DATE_AFTER_NUMBER = new RegExp(`^${WRITTEN_DATE}(?=[\\u4e00-\\u9fff])`);

/** A short bracketed note after a title: its 题注 or 文号 ("(2002年22号)"). */
const BRACKETED_NOTE = /^\s*[（(][^（）()]{1,20}[）)]/;
/** How much of a title must stand again right after it to count as printed twice. */
const REPEAT_PROBE = 8;
/** The document a title issues, quoted right before its 文种 ("…印发《甲县…方案》的通知"). */
const QUOTED_BEFORE_KIND = new RegExp(`《([^《》]{${REPEAT_PROBE},})》[^《》]{0,4}$`);

/** Whether a text ends in a title that opens with `probe` after a page row's bar or space ("| 2022-05-25 |甲县…"). */
function repeatsAfterRow(text: string, probe: string): boolean {
  const at = text.indexOf(probe);
  return at > 0 && text.length - at >= REPEAT_PROBE * 2 && /[|｜\s]/.test(text[at - 1]);
}

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
    // A title's second copy may be quoted ("《…的通知》《…的通知》", "…的通报《…的通报》"); a title that names two
    // quoted documents of one issuer ("…关于印发《甲县…细则》《甲县…细则》的通知") is no such title.
    // (A 题注 or 文号 in brackets may close the first copy: "…的批复(2002年22号)…的批复".)
    const next = head.slice(end, end + REPEAT_PROBE * 5);
    const note = BRACKETED_NOTE.exec(next)?.[0].length ?? 0;
    const after = next
      .slice(note)
      .trimStart()
      .replace(quoted.startsWith('《') || !quoted.endsWith('》') ? /^《/ : /^$/, '')
      .slice(0, REPEAT_PROBE * 2);
    if (title.length >= REPEAT_PROBE * 2 && after.startsWith(title.slice(0, REPEAT_PROBE))) found.push(end + note);
    // The title may open after a page row that no cut ended yet ("…| 2022-05-25 |甲县人民政府关于…的复函甲县…").
    // (The row ends where the first copy opens: "甲网 甲县…的通知 甲县…的通知".)
    else if (after.length >= REPEAT_PROBE * 2 && /[|｜\s]/.test(quoted) && repeatsAfterRow(quoted, after))
      found.push(head.indexOf(after, start), end);
    // …or a copy that lost a word of the title ("关于做好、社区…的函关于做好嘎查、社区…的函"): both open with 关于 and
    // their first words.
    else if (
      title.length >= REPEAT_PROBE * 2 &&
      head[end - 1] !== '》' &&
      STARTS_WITH_ABOUT.test(title) &&
      after.startsWith(title.slice(0, REPEAT_PROBE / 2))
    )
      found.push(end + note);
    // …or straight after chrome glued before its first copy ("…开始检索甲市人民政府关于…的通知甲市人民政府关于…"),
    // where the first copy's opening words stand again in full (an issuer's name before it is no chrome).
    else if (after.length >= REPEAT_PROBE * 2 && head[end - 1] !== '》') {
      // (The title may name its issuer's place again inside: each place its opening words stand is tried.)
      let copy = title.indexOf(after.slice(0, REPEAT_PROBE), 1);
      while (copy > 0 && !title.startsWith(after, copy)) copy = title.indexOf(after.slice(0, REPEAT_PROBE), copy + 1);
      if (copy > 0 && title.length - copy >= REPEAT_PROBE * 2 && !UNIT_NAME_END.test(title.slice(0, copy)))
        found.push(end - (title.length - copy), end + note);
    }
    // A title that issues a quoted document runs into that document's own title ("…印发《甲县…方案》的通知甲县…方案").
    else if (
      after.length >= REPEAT_PROBE &&
      title.lastIndexOf('》') >= title.length - 5 &&
      QUOTED_BEFORE_KIND.exec(title)?.[1].startsWith(after.slice(0, REPEAT_PROBE))
    )
      found.push(end);
  }
  return found;
}

/** An organ's name opening with its place ("甲市", "甲省乙县", "中共甲市"). */
const PLACE_START = withTraditional(/^(中共)?[\u4e00-\u9fff]{1,4}[省市县区州旗]/);
/** How long a page's chrome word glued before the title's issuer may be ("分类导航"). */
const MAX_CHROME_WORD = 12;

/**
 * Where a page's chrome word glued straight before the title's issuer ends ("分类导航甲市人民政府关于…"): the
 * longest chrome line from the line's start after which a complete organ's name runs up to the first 关于.
 */
function chromeGluedBeforeIssuer(head: string): number | null {
  // (At the line's start only: a glued page's first words.)
  const verb = head.slice(0, MAX_CHROME_WORD + MAX_ISSUERS_LENGTH).search(TITLE_VERB);
  if (verb < 5) return null;
  // (Words only, no label: "名称:" keeps its value. A piece that opens with a place opens with the issuer: most titles.)
  const piece = head.slice(0, verb);
  if (PLACE_START.test(piece) || !/^[\u4e00-\u9fff]+$/.test(piece)) return null;
  for (let k = Math.min(verb - 3, MAX_CHROME_WORD); k >= 2; k--) {
    // (The name opens with its place: "甲市人民政府".)
    if (PLACE_START.test(piece.slice(k)) && isCompleteOrgName(piece.slice(k)) && isChromeLine(piece.slice(0, k))) return k;
  }
  return null;
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
/** The step most breadcrumbs end with, naming the page itself: the title glued after it ("> 正文关于…"). */
const LAST_CRUMB_STEP = /^\s*(正文|详情|正文内容|详细内容|信息详情|文章详情)\s*$/;
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
  if (LAST_CRUMB_STEP.test(head.slice(lastEnd, verb))) return verb;
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

/** Where a line's header ends: at its first clause marker or sentence, looked for after a news lead it opens with. */
/**
 * A title glued right after a sentence, its 文号 or 主送 glued after its 文种: where a document starts under a site's
 * blurb or a news lead written in sentences. (A title quoted in a sentence stands in 《》, and is not looked for.)
 */
const REPRINTED_TITLE = withTraditional(
  /[。！]\s*(?=[\u4e00-\u9fff（）()]{2,40}(?:关于|關於)[^。，,：:《》]{2,100}?(?:通知|决定|意见|通报|批复|复函|函|公告|通告)\s*(?:[\u4e00-\u9fff]{1,12}[〔[［【(（﹝]\d{4}[〕\]］】)）﹞]\s*\d{1,4}\s*号|各))/g,
);

/** Where a document glued after a site's blurb starts (after the blurb's last sentence), or null. */
function reprintStart(text: string): number | null {
  for (const m of text.slice(0, CHROME_REACH * 2).matchAll(REPRINTED_TITLE)) return m.index + m[0].length;
  return null;
}

export function headerEnd(text: string, markers: readonly number[]): number {
  // A news lead's sentences stand before the document it reprints: the header is looked for after the lead too.
  const lead = LEAD_START.exec(text.slice(0, CHROME_REACH));
  const leadEnd = lead ? lead.index + lead[0].length : (reprintStart(text) ?? 0);
  const sentence = text.slice(leadEnd).search(/[。]/);
  const firstSentence = sentence < 0 ? -1 : leadEnd + sentence;
  return Math.min(...[markers.find((c) => c >= leadEnd), firstSentence].filter((x): x is number => x !== undefined && x >= 0), text.length);
}
