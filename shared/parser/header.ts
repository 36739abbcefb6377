/**
 * Reads the 版头 and the lines above the body: 份号, 密级, 紧急程度, 发文机关标志, 文号, 签发人, 标题, 主送机关,
 * and a 纪要's 期号 and the dated line under its 标志. Any of them may be missing or in another order (a web
 * page puts the title above the 文号).
 */
import { DOC_KINDS } from '../domain/notice';
import { findDate } from '../domain/dates';
import { findDocNumbers, parseDocNumber, type DocNumberMatch } from '../domain/docNumber';
import type { SourceLine } from './lines';
import { matchClauseMarker } from './clauseMarkers';
import { isOrgNameLine, isRecipientsLine } from './lineKinds';
import { isCompleteOrgName, splitAddressees, splitOrgList } from './unitNames';
import { STARTS_WITH_ABOUT, chooseTitle, cleanTitleLine, comparable, gluedDocNumber } from './titleChoice';
import { isChromeLine } from './webChrome';
import { joinAddresseeLines, joinHeadlessRecipients } from './recipientGroups';
import { withoutPageWordsBeforeGroup } from './addresseeTidy';
import { withTraditional } from './traditionalForms';
import { ENDS_WITH_PAGE_LABEL, isPageLabel, opensWithPageLabel } from './metadataTable';
import { PINYIN_RUN_SOURCE, withoutPinyin } from '../domain/pinyinRuns';
import { LEADER_SIGNATURE } from './closing';
import { ABOUT, TITLE_VERB } from './unglueWords';

export interface Header {
  copyNumber: string | null;
  secrecy: string | null;
  secrecyTerm: string | null;
  urgency: string | null;
  issuerMark: string | null;
  /** Issuers named by the 版头 (several for a joint notice). */
  markIssuers: string[];
  docNumber: DocNumberMatch | null;
  signers: string[];
  title: string | null;
  recipients: string[];
  /** 纪要: the 期号 as written ("第5期"). */
  period: string | null;
  /** A date written under the 版头 ("大宁县人民政府办公室　2025年5月12日" in a 纪要). */
  headerDate: { raw: string; iso: string } | null;
  /** A law database's 题注 under the title, "(1992年6月15日 国家旅游局)": the issuer it names. */
  noteIssuer: string | null;
  /** Index of the first body line in the given lines. */
  bodyStart: number;
}

const HEADER_SCAN = 24;
/** A 印发 line printed above the 主送 ("甲县政府办公室 2011年5月18日印发"): the 版记's, no addressee. */
const PRINTING_LINE = /[0-9０-９〇○零一二三四五六七八九十]日\s*印\s*发$/;
/** An organ's reply to a deputy's suggestion or a member's proposal: "…对县人大第23号建议的回复", "…提案第21号的答复". */
const REPLY_END = '(?:建议|提案|议案|意见|来信|留言)[^，。,；;]{0,12}?的(?:答复|回复)';
/** How a title ends: its 文种 (with a status note such as （试行）), a plan's or rule's name, a reply or a 公示. */
export const TITLE_END = withTraditional(
  new RegExp(
    `(${DOC_KINDS.join('|')}|通报表扬|通报批评|方案|预案|办法|规定|细则|规则|要点|计划|${REPLY_END}|的公示)([（(][^）)]{1,12}[）)])?$`,
  ),
);
const PERIOD =
  /^([〔[［(（]?\d{4}[〕\]］)）]?|\d{4}年)?第[0-9０-９一二三四五六七八九十〇]{1,4}期$|^[（(]第[0-9０-９一二三四五六七八九十〇]{1,4}期[）)]$/;
/**
 * A 简报's line naming who compiled it and when, set apart by spaces ("甲县人民政府督查室    2022年8月19日"); the
 * date may have lost its 日.
 */
const BULLETIN_BYLINE =
  /^\s*(\S{4,30})\s+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日?)\s*$/;
const PAGE_NUMBER_BEFORE = /^\d{1,3}\s*(?=[\u4e00-\u9fff])/;
/** How a notice's first sentence opens ("为认真贯彻落实《…", "根据《…"): never a title line. */
const SENTENCE_OPENING = /^(为(认真|进一步|深入|全面|切实|贯彻|落实|加快)|根据《|按照《)/;
/**
 * A site's category of documents, not a 版头: "政策文件", "省级部门文件", "市直单位文件", "县本级非规范性文件"; or its
 * tabs run together ("正文" beside "文件").
 */
const CATEGORY_MARK =
  /^(?:[省市县区州盟旗]?[级直属]?(?:部门|单位|机关|政府)|(?:[省市县区州盟旗]?本?级)?(?:行政)?非?规范性|政策|其他|相关|最新|重要|上级|本级|红头|正文|全文|原文|附件|解读|图解)文件$/;
/** A 版头 written before the 文号 on its line: the organs' names, then 文件. */
const MARK_BEFORE_NUMBER = /^(.{4,60}?)\s*文\s*件\s*$/;
/** A 版头 between dots ("·甲县人民政府文件·"): the organ's name. */
const FRAMED_MARK = /^[•·]([^•·]{4,40}?)文件[•·]/;
const FRAMED_MARK_RAW = /^\s*[•·][^•·]{4,60}?文\s*件\s*[•·]\s*/;
/** The 版头's red rule as a page draws it: ——————, ━━━━, ______. */
const RULE_LINE = /^[—－\-─━_=﹍]{4,}$/;
const SECRECY = /^(绝密|机密|秘密)\s*(★\s*(.+?))?(\s+(特急|加急))?$/;
/** What a 纪要's 标志 names before the meeting: 大宁县人民政府 of 大宁县人民政府常务会议纪要. */
const MINUTES_MARK = /^(.+?)(第.{1,4}次)?(常务会议|专题会议|全体会议|全体成员会议|主任会议|办公会议|党组会议|工作会议|联席会议|会议)纪要$/;

/** A 令's sentence promulgating the document it names: "《甲市…决定》已经市政府常务会议通过，现予公布，…。". */
const DECREE_SENTENCE = /^《[^《》]{4,}》.{0,60}(通过|批准|同意).{0,12}现予(公布|发布|公佈|發布)/;
/** …or, under the 令's heading, "现公布《甲市…办法》，自…起施行。". */
const DECREE_PUBLISHING = /^现予?(公布|发布|公佈|發布)《/;

/** An office's 版头 without its organ's name: "办公室文件". */
const OFFICE_MARK = withTraditional(/^(办公室|办公厅)文件$/);
/** A place's name alone, no organ after it: "新疆维吾尔自治区", "甲市". */
const BARE_PLACE = /^[\u4e00-\u9fff]{1,12}(省|自治区|市|县|区|州|盟|旗)$/;
const DECREE_NUMBER = /^[（(]?第\s*[0-9０-９一二三四五六七八九十百〇零]{1,5}\s*[号號][）)]?$/;
const DECREE_HEADING = /^(.{4,40}?)令\s*([（(]?第\s*[0-9０-９一二三四五六七八九十百〇零]{1,5}\s*[号號][）)]?)?$/;

/** A line ending with a colon that opens the body, not a 主送: "…经研究，现发布公告如下：", a 决定's "…，并决定：". */
const OPENING_SENTENCE = /《|根据|按照|为了|为实施|为进一步|研究|现[将就发把]|如下[：:]$|[决決]定[：:]$/;

/**
 * A page's field label alone on its line ("主题:", "时限:", "征集状态:", a database's "发文单位:"): a known label,
 * or a short word that names no addressee. A short 主送 ("各村:", "市直有关部门:", "公安部:", a 复函's "张三代表:", a
 * 公告's "居民朋友:") ends with what it addresses. A mirror's pronunciations ("發(fā)文單位:") are no part of the label.
 */
function isPageFieldLabel(text: string): boolean {
  // (A label spelled apart, "主    题 :", is one word.)
  const label = withoutPinyin(text).replace(/\s+/g, '');
  if (isPageLabel(label) || SITE_FIELD.test(label) || ENDS_WITH_PAGE_LABEL.test(label)) return true;
  // (A title's verb opens no addressee: "转发教务部:关于…的通知".)
  const short = /^[\u4e00-\u9fff]{1,8}[：:]$/.test(label);
  return short && (TITLE_OPENING_VERB.test(label) || (!ADDRESSEE_END.test(label) && !/^各/.test(label)));
}
/** The site's own fields, whose labels end as an addressee does ("主办单位:"). */
const SITE_FIELD = withTraditional(/^(主办|承办|主管|协办)单位[：:]$/);
const ADDRESSEE_END = withTraditional(
  /(部门|单位|政府|机构|机关|企业|学校|院|局|委|办|厅|处|室|所|站|会|组|队|村|社区|镇|乡|街道|公司|集团|中心|同志|代表|委员|委員|先生|女士|朋友|市民|居民|群众|家长|(?<=[\u4e00-\u9fff]{2})部)们?[：:]$/,
);

function recipientsLineIndex(lines: SourceLine[]): number {
  const limit = Math.min(lines.length, HEADER_SCAN);
  for (let i = 0; i < limit; i++) {
    const t = lines[i].text;
    // The 主送 stands before any sentence and any clause: past them, a "…：" line is the body's.
    if (t.includes('。')) return -1;
    if (isRecipientsLine(t)) return i;
    if (matchClauseMarker(t)) return -1;
    // A 主送 whose colon was lost, right above the opening sentence: a 各 group or a list of addressees.
    const next = lines[i + 1]?.text ?? '';
    if (
      (/^各/.test(t) || /[，,；;]/.test(t) || isAddresseeRun(lines, i)) &&
      !/[，,、]$/.test(t) &&
      isAddresseeList(t) &&
      // (The opening sentence may have lost its 。 too: "现将《…》印发给你们,请认真贯彻执行".)
      (/。/.test(next) || /^(现将|现就|根据|按照|为)/.test(next)) &&
      !isAddresseeList(next)
    )
      return i;
    // (A colon alone, what a page's widget left of "字号 : |", addresses no one; nor does a breadcrumb's "位置:".)
    if (
      /[：:]$/.test(t) &&
      /[\u4e00-\u9fff]/.test(t) &&
      t.length <= 300 &&
      !/^(附件|抄送|签发人)/.test(t) &&
      !OPENING_SENTENCE.test(t) &&
      !isPageFieldLabel(t) &&
      !isChromeLine(t)
    ) {
      return i;
    }
  }
  return -1;
}

const OFFICE = withTraditional(/^(.{4,30}?)(办公室|办公厅)$/);
const TITLE_OPENING_VERB = new RegExp(`^(?:${TITLE_VERB.source})`);

/** A whole title with a comma after it: its 关于 or 印发, then its 文种. */
const isListedTitle = (line: string) => /关于|關於|關于|印发|转发/.test(line) && TITLE_END.test(line.replace(/[，,、]$/, ''));

function isOfficeOfTitleOrgan(line: string, title: string): boolean {
  const organ = OFFICE.exec(line)?.[1];
  return organ !== undefined && title.startsWith(organ) && TITLE_OPENING_VERB.test(title.slice(organ.length));
}

/** The issuers of a 版头 line: joint issuers stand side by side, separated by spaces. */
function markIssuersOf(line: SourceLine): string[] {
  const name = line.rawText.replace(/\s*文\s*件\s*$/, '').trim();
  const parts = name
    .split(/\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 1 && parts.every((p) => p.length >= 3)) return parts;
  return [name.replace(/\s+/g, '')];
}

/** "大宁县人民政府办公室　2025年5月12日" or a date alone: the date, when what precedes it is an organ. */
function datedLine(text: string): { raw: string; iso: string } | null {
  if (text.length > 60 || !/\d|[〇○一二三四五六七八九十]日$/.test(text)) return null;
  const date = findDate(text);
  if (!date || date.index + date.raw.length !== text.length) return null;
  const before = text.slice(0, date.index).trim();
  return before === '' || isOrgNameLine(before) ? { raw: date.raw, iso: date.iso } : null;
}

function bulletinByline(rawText: string): { issuer: string; date: { raw: string; iso: string } | null } | null {
  const m = BULLETIN_BYLINE.exec(rawText);
  if (!m || !isOrgNameLine(m[1])) return null;
  const date = findDate(m[2]);
  return { issuer: m[1], date: date && date.raw.length === m[2].length ? { raw: date.raw, iso: date.iso } : null };
}

/** The 文号s of a header line; a line that is a 文号 without 机关代字 counts too ("〔2022〕第1号"). */
function headerDocNumbers(rawText: string): DocNumberMatch[] {
  const found = findDocNumbers(rawText);
  const bare = found.length === 0 ? parseDocNumber(rawText, true) : null;
  return bare ? [bare] : found;
}

/**
 * An encyclopedia page's header row: the title, the 文号, the issuer and the date as cells of one line
 * ("甲省人民政府关于…的批复 甲政函〔1998〕6号 甲省人民政府 1998年7月31日 |").
 */
function headerRow(rawText: string): { title: string; docNumber: DocNumberMatch; date: { raw: string; iso: string } | null } | null {
  const cells = rawText
    .replace(/[|｜]\s*$/, '')
    .trim()
    .split(/\s+/);
  const at = cells.findIndex((c, k) => k > 0 && findDocNumbers(c)[0]?.raw === c);
  if (at < 0) return null;
  const title = cells.slice(0, at).join('');
  if (!TITLE_END.test(title) || !ABOUT.test(title)) return null;
  // The cells after the 文号: the issuer's name (a wrap may have cut it) and the date.
  const rest = cells.slice(at + 1);
  const date = rest.length > 0 ? findDate(rest[rest.length - 1]) : null;
  const dated = date !== null && date.raw === rest[rest.length - 1];
  const names = dated ? rest.slice(0, -1) : rest;
  if (names.length > 2 || !names.every((c) => /^[\u4e00-\u9fff]{2,30}$/.test(c) && !TITLE_END.test(c))) return null;
  return { title, docNumber: findDocNumbers(cells[at])[0], date: dated ? { raw: date.raw, iso: date.iso } : null };
}

/** A 题注 holding a 文号 and then a date, nothing else but the step it dates ("(甲政发〔2018〕11号 2018年5月18日印发)"). */
/** (A mirror's pronunciations may stand inside: "(國(guó)函[2000]83號(hào) 2000年6月23日)".) */
const NUMBERED_NOTE = new RegExp(
  `^[（(](?:[^（）()]|${PINYIN_RUN_SOURCE}){4,30}\\d\\s*[号號](?:${PINYIN_RUN_SOURCE})?\\s*[\\d〇○零一二三四五六七八九]{4}\\s*年[^（）()]{2,12}日\\s*(?:印发|发布|公布|印發|發布|公佈)?\\s*[）)]$`,
);
/** …or the date first: "(2005年3月31日乳政发[2005]4号)". */
const DATED_NUMBER_NOTE = /^[（(]\s*[\d〇○零一二三四五六七八九]{4}\s*年[^（）()]{2,12}日\s*[^（）()]{2,20}[号號]\s*[）)]$/;
/** A 题注 under a title: "(1992年6月15日 国家旅游局)", "（2023年5月4日县政府第10次常务会议通过）" gives only the date. */
/** A 题注 may name two steps, each with its date ("(2023年6月1日…会议审议批准 2023年6月9日…发布)"). */
const TITLE_NOTE = /^[（(]{1,2}\s*(.{6,16}日)\s*([^。；;]{0,90}?)\s*[）)]{1,2}$/;

/** …or written without brackets, the organ after a comma: "1988年4月15日,国家教委". */
const DATED_NOTE = /^([\d〇○零一二三四五六七八九]{4}\s*年[^（）()，,]{2,12}日)\s*[,，]\s*([\u4e00-\u9fff]{2,20})$/;

function titleNote(text: string): { date: { raw: string; iso: string }; issuer: string | null } | null {
  const m = TITLE_NOTE.exec(text) ?? DATED_NOTE.exec(text);
  const date = m ? findDate(m[1]) : null;
  if (!m || !date || date.raw.length !== m[1].length) return null;
  // Of two steps the later is the document's: it was issued ("发布") after it was approved.
  const issued = findDate(m[2]) ?? date;
  const step = issued === date ? m[2] : m[2].slice(m[2].indexOf(issued.raw) + issued.raw.length).trim();
  return { date: { raw: issued.raw, iso: issued.iso }, issuer: isOrgNameLine(m[2]) ? m[2] : decreeIssuer(step) };
}

/**
 * A 题注 without brackets under a regulation's title, each step on its line and wrapped after the body that
 * took it ("2017年8月22日某州…代表大会" / "常务委员会第六次主任会议修订"): its date is the step's.
 */
const NOTE_BODY = /会议|代表大会|常务委员会|常委会|人民政府/;
const NOTE_STEP = /(通过|修订|修正|批准|审议|公布|發布|通過|修訂|審議)$/;

function stepNote(text: string, next: string): { raw: string; iso: string } | null {
  if (text.length > 60 || !/^\d/.test(text)) return null;
  const date = findDate(text);
  if (!date || date.index !== 0) return null;
  const rest = text.slice(date.raw.length);
  if (!NOTE_BODY.test(rest) || /[，,。；;]/.test(rest)) return null;
  return NOTE_STEP.test(rest) || (NOTE_STEP.test(next) && !/[，,。；;]/.test(next) && next.length <= 40)
    ? { raw: date.raw, iso: date.iso }
    : null;
}

/** A 令 named in a 题注, "甲市人民政府令第19号发布": the organ that issued it. */
const DECREE_STEP = /^(.{4,40}?)令\s*[（(]?第?\s*[0-9０-９一二三四五六七八九十百〇零]{1,5}\s*号[）)]?\s*(发布|公布|發布|公佈)$/;

function decreeIssuer(step: string): string | null {
  const organ = DECREE_STEP.exec(step)?.[1] ?? null;
  return organ && isOrgNameLine(organ) ? organ : null;
}

/** The last title part where the title reaches its 文种; parts after it are a wrapped 主送. */
function titleEndIndex(parts: string[]): number {
  let joined = '';
  let end = -1;
  parts.forEach((part, i) => {
    joined += part;
    if (TITLE_END.test(joined)) end = i;
  });
  return end;
}

/** A comma a mirror strews before another mark ("先进县(市,、区)", "乡镇,、示范村"): no sentence's. */
const STRAY_COMMA = /[，,](?=[、，,)）])/g;
export const withoutStrayCommas = (text: string) => (text.includes(',') || text.includes('，') ? text.replace(STRAY_COMMA, '') : text);

/** Whether a text is nothing but a list of addressees: 各乡镇人民政府，县安委会各成员单位. */
function isAddresseeList(text: string): boolean {
  if (text.length > 120 || /[。；;“”《]/.test(text)) return false;
  const names = splitOrgList(text);
  return names.length > 0 && names.every((n) => isCompleteOrgName(n) || /^(各|有关)./.test(n));
}

/**
 * Whether a line closes a 主送 printed one addressee group to a line without separators ("各乡镇人民政府" over
 * "县直各有关单位"): the line above names addressees too, and the run addresses groups (各, 有关, 直属).
 */
function isAddresseeRun(lines: SourceLine[], i: number): boolean {
  const above = lines[i - 1]?.text ?? '';
  return isAddresseeList(above) && /各|有关|直属/.test(above + lines[i].text);
}

/** A line of a 主送 wrapped above its last line: addressees, the last one perhaps cut ("…,各行政公署,自治"). */
function isWrappedAddressees(text: string): boolean {
  const names = splitOrgList(text.replace(/[，,、；;]$/, ''));
  // (A prefecture is addressed by its name alone: "伊犁哈萨克自治州".)
  const whole = (n: string) => isCompleteOrgName(n) || /^各./.test(n) || BARE_PLACE.test(n);
  return names.length > 0 && !/[!！?？。]/.test(text) && (names.length > 1 ? names.slice(0, -1).every(whole) : whole(names[0]));
}

/**
 * The lines with a 主送 that a web page ran together with the opening sentence ("各乡镇人民政府，县直各
 * 单位：为切实做好…。") split in two at its colon, so the 主送 is a line of its own.
 */
export function separateRecipients(lines: SourceLine[]): SourceLine[] {
  const limit = Math.min(lines.length, HEADER_SCAN);
  for (let i = 0; i < limit; i++) {
    const t = lines[i].text;
    if (isRecipientsLine(t) || matchClauseMarker(t)) return lines;
    const colon = t.search(/[：:]/);
    // The opening goes on after the colon (to the line's end, or wrapped onto the next lines).
    const opening = colon >= 0 && colon < t.length - 1;
    if (!opening || !isAddresseeList(t.slice(0, colon))) {
      if (t.includes('。') || /[：:]$/.test(t)) return lines;
      continue;
    }
    const rawColon = lines[i].rawText.search(/[：:]/);
    const head = { ...lines[i], text: t.slice(0, colon + 1), rawText: lines[i].rawText.slice(0, rawColon + 1) };
    const rest = { ...lines[i], text: t.slice(colon + 1), rawText: lines[i].rawText.slice(rawColon + 1).trim() };
    return [...lines.slice(0, i), head, rest, ...lines.slice(i + 1)];
  }
  return lines;
}

export function parseHeader(lines: SourceLine[]): Header {
  const header: Header = {
    copyNumber: null,
    secrecy: null,
    secrecyTerm: null,
    urgency: null,
    issuerMark: null,
    markIssuers: [],
    docNumber: null,
    signers: [],
    title: null,
    recipients: [],
    period: null,
    headerDate: null,
    noteIssuer: null,
    bodyStart: 0,
  };
  const recipientsAt = recipientsLineIndex(lines);
  const titleParts: string[] = [];
  const pendingOrgLines: SourceLine[] = [];
  // A title line carrying its 文号: the title unless a cleaner title line follows (a page heading repeats it).
  let gluedTitle: string | null = null;
  // A header row's title, printed with its 文号, issuer and date: the document's, whatever headings repeat it.
  let rowTitle: string | null = null;
  let numberLine = -1;
  let bylineEnd = 0;
  let lastHeaderLine = -1;
  let decreed = false;
  let decreeHeading: string | null = null;
  const limit = recipientsAt >= 0 ? recipientsAt : Math.min(lines.length, HEADER_SCAN);

  for (let i = 0; i < limit; i++) {
    let line = lines[i];
    // A 版头 a page frames with dots ("·甲县人民政府文件·"), the title glued after it when the line break was lost.
    const framed = FRAMED_MARK.exec(line.text);
    if (framed && isOrgNameLine(framed[1])) {
      if (!header.issuerMark) {
        header.issuerMark = `${framed[1]}文件`;
        header.markIssuers = [framed[1]];
      }
      const rawRest = line.rawText.replace(FRAMED_MARK_RAW, '');
      line = { ...line, text: line.text.slice(framed[0].length), rawText: rawRest };
      lastHeaderLine = i;
      if (!line.text) continue;
    }
    const t = line.text;
    // A 令 promulgating the document above its title ("《甲市…决定》已经…通过，现予公布…。", the head's signature,
    // the date): its date is the document's, the title and body follow.
    // The 令's heading and number ("甲市人民政府令" / "第268号") name no title.
    const decree = DECREE_HEADING.exec(t);
    if ((decree && isOrgNameLine(decree[1])) || (decreed && DECREE_NUMBER.test(t))) {
      // (A 令's heading is its 发文机关标志: the organ's name and 令.)
      if (decree && decreeHeading === null) {
        decreeHeading = `${decree[1]}令`;
        if (!header.issuerMark && titleParts.length === 0 && !header.docNumber) {
          header.issuerMark = decreeHeading;
          header.markIssuers = [decree[1]];
        }
      }
      decreed = true;
      lastHeaderLine = i;
      continue;
    }
    if (recipientsAt < 0 && (DECREE_SENTENCE.test(t) || (decreed && DECREE_PUBLISHING.test(t)))) {
      decreed = true;
      lastHeaderLine = i;
      continue;
    }
    if (decreed && LEADER_SIGNATURE.test(t)) {
      lastHeaderLine = i;
      continue;
    }
    // …or by the organ itself, a 人大常委会 promulgating with its 公告: the organ's whole name over the date.
    if (decreed && isOrgNameLine(t) && datedLine(lines[i + 1]?.text ?? '')) {
      header.noteIssuer ??= t;
      lastHeaderLine = i;
      continue;
    }
    if (recipientsAt < 0 && (matchClauseMarker(t) || (t.length > 40 && /[。，,]/.test(withoutStrayCommas(t)) && titleParts.length > 0)))
      break;
    if (recipientsAt < 0 && t.includes('。')) break;
    // …or at an opening sentence ("为贯彻落实《…》(…),…现提出以下意见:"), though no title stood above it.
    if (recipientsAt < 0 && (SENTENCE_OPENING.test(t) || (/[，,]/.test(t) && /[：:]$/.test(t)))) break;
    // Without a 主送, the body starts at the first line written in clauses (a title has no ，).
    if (recipientsAt < 0 && titleParts.length > 0 && /[，,；;]/.test(withoutStrayCommas(t)) && !DATED_NOTE.test(t)) break;
    // …or at a sentence's opening words, when a PDF's line breaks left its first line without punctuation.
    if (recipientsAt < 0 && titleParts.length > 0 && SENTENCE_OPENING.test(t)) break;
    const secrecy = SECRECY.exec(t);
    // …or one that lost its closing bracket and 号 ("牟政办发〔201746").
    // …or both its brackets ("清安办函201851").
    const numbered =
      /[0-9０-９]\s*[号號]|[〕\]］】)）﹞]\s*(第\s*)?[0-9０-９]{1,5}$|[〔[［【(（﹝](19|20)\d{3,7}$|^[\u4e00-\u9fff]{2,10}(19|20)\d{3,6}$/.test(
        t,
      );
    const docNumbers = t.length <= 80 && !t.includes('关于') && numbered ? headerDocNumbers(line.rawText) : [];
    // (A gazette prints the date right under the 文号.)
    const dated = titleParts.length > 0 || pendingOrgLines.length > 0 || decreed || numberLine === i - 1 ? datedLine(t) : null;
    const row = numbered && t.includes('关于') ? headerRow(line.rawText) : null;
    if (row) {
      header.docNumber ??= row.docNumber;
      if (row.date) header.headerDate ??= row.date;
      // Its issuer's line above it opens the title ("甲县人民政府办公室" / "关于…的通知 甲政办发〔2018〕20号").
      const prior = lines[i - 1]?.text ?? '';
      const opened = STARTS_WITH_ABOUT.test(row.title) && titleParts.at(-1) === prior && isOrgNameLine(prior);
      if (opened) titleParts.pop();
      rowTitle ??= opened ? prior + row.title : row.title;
      titleParts.push(opened ? prior + row.title : row.title);
    } else if (RULE_LINE.test(t)) {
      // The red rule drawn with dashes: an organ's name right above it is the 版头 (without 文件), even
      // under a page heading that repeats the title.
      const above = lines[i - 1];
      if (!header.issuerMark && above && isOrgNameLine(above.text)) {
        if (pendingOrgLines[pendingOrgLines.length - 1] === above) pendingOrgLines.pop();
        else if (titleParts[titleParts.length - 1] === above.text) titleParts.pop();
        header.issuerMark = above.text;
        header.markIssuers = markIssuersOf(above);
      }
    } else if (/^(份号[：:]?\s*)?\d{6}$/.test(t)) header.copyNumber = t.replace(/\D/g, '');
    else if (secrecy) {
      header.secrecy = secrecy[1];
      header.secrecyTerm = secrecy[3]?.trim() ?? null;
      if (secrecy[5]) header.urgency = secrecy[5];
    } else if (/^(特急|加急)$/.test(t)) header.urgency = t;
    else if (CATEGORY_MARK.test(t))
      continue; // the page's, no part of the title
    else if (t.endsWith('文件') && t.length <= 60 && !t.includes('关于') && !opensWithPageLabel(t)) {
      const joint = pendingOrgLines.splice(0);
      // A 版头 split over two lines (…人民政府 / 文件, or / 办公室文件) under a page heading that printed the title first.
      const above = lines[i - 1];
      if (
        (t === '文件' || OFFICE_MARK.test(t)) &&
        joint.length === 0 &&
        above &&
        titleParts[titleParts.length - 1] === above.text &&
        isOrgNameLine(above.text)
      ) {
        titleParts.pop();
        joint.push(above);
      }
      // …or after its place ("新疆维吾尔自治区" / "人 民 政 府 文 件"): the place opens the organ's name.
      const placeAbove =
        joint.length === 0 &&
        above &&
        titleParts[titleParts.length - 1] === above.text &&
        BARE_PLACE.test(above.text) &&
        !t.startsWith(above.text);
      if (placeAbove) titleParts.pop();
      // A transcription's page number glued before the 版头 ("1省政府文件") is no part of it.
      const mark = placeAbove
        ? { ...line, text: above.text + t, rawText: above.text + line.rawText.trim() }
        : PAGE_NUMBER_BEFORE.test(t)
          ? { ...line, text: t.replace(PAGE_NUMBER_BEFORE, ''), rawText: line.rawText.replace(PAGE_NUMBER_BEFORE, '') }
          : line;
      header.issuerMark = [...joint.map((l) => l.text), mark.text].join('');
      header.markIssuers = [...joint.flatMap(markIssuersOf), ...(t === '文件' ? [] : markIssuersOf(mark))];
      // An office's 版头 under its organ's line ("甲县人民政府" / "办公室文件") names the office.
      if (OFFICE_MARK.test(t) && joint.length > 0) header.markIssuers.splice(-2, 2, header.markIssuers.slice(-2).join(''));
    } else if (docNumbers.length > 0) {
      // A page heading printed the title with the 文号 (a header row), and the document prints its 文号 again
      // under it: the title follows here, the heading was the page's.
      if (rowTitle !== null && header.docNumber?.docNumber.text === docNumbers[0].docNumber.text) rowTitle = null;
      // The raw line keeps stray spaces (阳政发〔2025〕1 号) so the lint can report them.
      header.docNumber = docNumbers[0];
      numberLine = i;
      // A law database's 题注 naming the 文号 and the date ("(国函〔2000〕83号 2000年6月23日)"): the date is the
      // notice's, and what stands above it is the page's, not a wrapped 主送.
      const noteDate = NUMBERED_NOTE.test(t)
        ? findDate(t.slice(docNumbers[0].index + docNumbers[0].raw.length))
        : DATED_NUMBER_NOTE.test(t)
          ? findDate(t)
          : null;
      if (noteDate) {
        header.headerDate ??= { raw: noteDate.raw, iso: noteDate.iso };
        bylineEnd = titleParts.length;
      }
      // A title with its 文号 glued on ("…启动公告(方征启公告﹝2022﹞4号)") is still the title.
      if (TITLE_END.test(cleanTitleLine(t)) && gluedDocNumber(line.rawText)) gluedTitle ??= cleanTitleLine(t);
      // The 版头 and the 文号 on one line ("甲县人民政府文件 甲政发〔2001〕15号").
      const mark = MARK_BEFORE_NUMBER.exec(line.rawText.slice(0, docNumbers[0].index));
      if (mark && !header.issuerMark && isOrgNameLine(mark[1].replace(/\s+/g, ''))) {
        header.issuerMark = `${mark[1].replace(/\s+/g, '')}文件`;
        header.markIssuers = markIssuersOf({ ...line, rawText: mark[1] });
      }
      // Org-name lines right above the 文号 without 文件: the letter-format 版头 of a 函.
      if (pendingOrgLines.length > 0 && !header.issuerMark) {
        header.markIssuers = pendingOrgLines.flatMap(markIssuersOf);
        header.issuerMark = pendingOrgLines.map((l) => l.text).join('');
        pendingOrgLines.length = 0;
      }
      // …also under a page heading that printed the title first: the organ's line is the 版头, not the start of
      // a copy of the title wrapped under its issuer.
      const above = lines[i - 1];
      if (!header.issuerMark && above && titleParts[titleParts.length - 1] === above.text && isOrgNameLine(above.text)) {
        titleParts.pop();
        header.issuerMark = above.text;
        header.markIssuers = markIssuersOf(above);
      }
      const signer = /签\s*发\s*人\s*[：:]\s*(.+)$/.exec(line.rawText);
      if (signer) header.signers.push(...signer[1].split(/[\s、，,]+/).filter(Boolean));
    } else if (/^签\s*发\s*人\s*[：:]/.test(t)) {
      header.signers.push(
        ...line.rawText
          .replace(/^签\s*发\s*人\s*[：:]\s*/, '')
          .split(/[\s、，,]+/)
          .filter(Boolean),
      );
    } else if (titleNote(t)) {
      const note = titleNote(t)!;
      header.headerDate = note.date;
      header.noteIssuer = note.issuer ?? header.noteIssuer;
      // What stands between the title and its 题注 is the title's byline, not a wrapped 主送.
      bylineEnd = titleParts.length;
    } else if (titleParts.length > 0 && stepNote(t, lines[i + 1]?.text ?? '')) {
      header.headerDate = stepNote(t, lines[i + 1]?.text ?? '');
      bylineEnd = titleParts.length;
    } else if (PERIOD.test(t)) {
      header.period = t;
    } else if (!header.noteIssuer && bulletinByline(line.rawText)) {
      const byline = bulletinByline(line.rawText)!;
      header.noteIssuer = byline.issuer;
      if (byline.date) header.headerDate ??= byline.date;
    } else if (dated) {
      header.headerDate = dated;
    } else if (opensWithPageLabel(t)) {
      // A page's row whose label lost its colon ("发文机关国务院", "时效性现行有效"): no part of the title.
    } else if (isOrgNameLine(t) && titleParts.length === 0 && !(lines[i + 1]?.text ?? '').startsWith('关于')) {
      pendingOrgLines.push(line);
    } else {
      const above = pendingOrgLines.splice(0);
      // The office of the organ whose own title follows ("甲县人民政府办公室" / "甲县人民政府关于…") posted it: its
      // line is the page's, the title names the issuer itself.
      if (!(above.length === 1 && isOfficeOfTitleOrgan(above[0].text, t))) titleParts.push(...above.map((l) => l.text));
      titleParts.push(t);
      const glued = gluedDocNumber(line.rawText);
      header.docNumber ??= glued;
      // A whole title glued to the document's 文号, or on the line right under it, is the document's.
      const underNumber = glued !== null || (numberLine >= 0 && i === numberLine + 1);
      if (underNumber && /关于|關于|關於|印发|转发/.test(t) && TITLE_END.test(cleanTitleLine(t))) gluedTitle ??= cleanTitleLine(t);
      // …and one wrapped under its issuer there ("甲县人民政府办公室" / "关于…的通知"): below the 文号 the organ's
      // line opens the title, it is no page's byline.
      const next = cleanTitleLine(lines[i + 1]?.text ?? '');
      if (underNumber && isOrgNameLine(t) && /^(关于|關于|關於)/.test(next) && TITLE_END.test(next)) gluedTitle ??= t + next;
    }
    lastHeaderLine = i;
  }
  // Org-name lines never followed by 文件 or 关于 are a letter-format 版头 (函) or the title's first line.
  if (pendingOrgLines.length > 0 && !header.issuerMark && titleParts.length > 0) {
    header.issuerMark = pendingOrgLines.map((l) => l.text).join('');
    header.markIssuers = pendingOrgLines.flatMap(markIssuersOf);
  } else if (pendingOrgLines.length > 0) {
    titleParts.unshift(...pendingOrgLines.map((l) => l.text));
  }

  // (As printed: the spaces a page kept between addressees whose commas it lost.)
  let recipientsText = recipientsAt >= 0 ? lines[recipientsAt].rawText : '';
  if (recipientsAt >= 0) {
    // A 主送 wrapped over several lines: what follows the title's 文种 belongs to it, and so do parts
    // ending in ，/、 when the title has no recognizable end. A page's own lines there ("发布人:…",
    // "发布日期:…") are not.
    const end = titleEndIndex(titleParts);
    if (end >= 0) {
      const wrapped = titleParts
        .splice(end + 1)
        .slice(Math.max(0, bylineEnd - end - 1))
        .filter((t) => (isRecipientsLine(t) || !isChromeLine(t)) && !PRINTING_LINE.test(t));
      // A report's byline: one organ's whole name on its own line between the title and a 主送 that starts
      // afresh (a wrapped 主送 breaks after its separator, or inside a name).
      const byline = wrapped.length === 1 ? wrapped[0] : '';
      if (byline && !byline.startsWith('各') && isOrgNameLine(byline) && /^[\u4e00-\u9fff]/.test(recipientsText)) {
        header.noteIssuer ??= byline;
        wrapped.pop();
      }
      // Only the lines right above it continue the 主送: a header box's book line (本作品收录于《…》) and
      // what stands above it are not addressees.
      // (Nor does a page's notice or link above it, "取消收藏成功!" / "相关办事指南": a wrapped line names addressees.)
      const boxLine = wrapped.findLastIndex((t) => /[《》]/.test(t) || !isWrappedAddressees(t));
      recipientsText = joinAddresseeLines([...wrapped.slice(boxLine + 1), recipientsText]);
    }
    // (A listing page's title closed by a comma before its 文号, "甲市人民政府关于印发…的通知,", stays the title.)
    while (
      titleParts.length > 0 &&
      /[，,、]$/.test(titleParts[titleParts.length - 1]) &&
      !isListedTitle(titleParts[titleParts.length - 1])
    ) {
      recipientsText = titleParts.pop() + recipientsText;
    }
  }
  const chosen = chooseTitle(titleParts, TITLE_END, header.docNumber !== null);
  // A title printed after the document's own 文号 on its line is the document's: a page heading above it that
  // does not hold it named something else (the attached 方案).
  header.title =
    rowTitle ??
    (chosen && gluedTitle && !comparable(chosen).includes(comparable(gluedTitle)) ? gluedTitle : chosen) ??
    gluedTitle ??
    // A 令 whose promulgated document's name follows its date is titled by its heading ("甲市人民政府令").
    (titleParts.length === 0 ? decreeHeading : null) ??
    (titleParts
      .map(cleanTitleLine)
      .filter((t) => !isChromeLine(t))
      .join('') ||
      null);
  // A 纪要's 标志 (大宁县人民政府常务会议纪要) is its title and names its issuer.
  const minutes = header.title && !header.issuerMark && !header.title.includes('关于') ? MINUTES_MARK.exec(header.title) : null;
  if (minutes) {
    header.issuerMark = header.title;
    if (isCompleteOrgName(minutes[1])) header.markIssuers = [minutes[1]];
  }
  if (recipientsAt >= 0) {
    const written = withoutPageWordsBeforeGroup(recipientsText.replace(/^主\s*送\s*(机\s*关\s*)?[：:]|[：:]$/g, ''));
    header.recipients = joinHeadlessRecipients(splitAddressees(written), written);
    header.bodyStart = recipientsAt + 1;
  } else {
    header.bodyStart = lastHeaderLine + 1;
  }
  return header;
}
