/**
 * Chooses the title among the lines above the 主送: the lines that end with a 文种 (or a plan's name) after
 * the title's start (关于…, 印发…, or the issuer's name line above 关于), joined when the title wraps. A page
 * prints its title several times (heading, breadcrumb, body): the first complete one wins, and a truncated
 * copy of it is ignored.
 */
import { codeAfterTitleKind, findDocNumbers, type DocNumberMatch } from '../domain/docNumber';
import { isOrgNameLine } from './lineKinds';
import { isChromeLine } from './webChrome';
import { isCompleteOrgName, isPlacelessTail, placeOf } from './unitNames';
import { PINYIN_RUN_SOURCE, withoutPinyin } from '../domain/pinyinRuns';

/**
 * A 文号 glued to the title's front or back: "（岳办发〔2017〕2号）", "滬府發〔2017〕92號", one whose year a
 * repost lost ("菏政字〔〕18号"), or one a mirror's pronunciations run through ("常政發(fā)〔2023〕1號").
 */
const GLUED_NUMBER = new RegExp(
  `(?:[\u4e00-\u9fff]|${PINYIN_RUN_SOURCE}){1,12}\\s?[〔[［(（【﹝]\\s*(?:\\d{4}\\s*)?[〕\\]］)）】﹞]\\s*第?\\s*\\d+\\s*[号號]`,
  'u',
);
/** Where a glued 文号's bracket opens. */
const NUMBER_BRACKET = /[〔[［(（【﹝]\s*(?:\d|[〕\]］)）】﹞])/;
const GLUED_AFTER = new RegExp(`[（(]?${GLUED_NUMBER.source}[）)]?$`, 'u');
/** What follows a 文号 a sentence or a title cites: "…号文件", "…号精神". */
export const CITED_AS_FILE = /\s*(?:文件|精神)/;
/**
 * (A page's heading may join the 文号 to the title with a dash or a colon: "甲政〔2011〕3号—甲市人民政府关于…"; one
 * naming "…号文件" or its "精神" is cited by the title: "关于贯彻国发〔2015〕59号文件…".)
 */
const GLUED_BEFORE = new RegExp(`^${GLUED_NUMBER.source}(?!${CITED_AS_FILE.source})(?:\\s*(?:[—–－]+|[:：])\\s*)?`, 'u');

/**
 * A year a collection notes after the title, a space apart ("甲省人民政府关于…的批复 (2010年)"), or a revision it
 * notes after a notice's 文种 ("…的通知(2019修订)"; a rule's own "办法(2019年修订)" keeps it).
 */
const YEAR_NOTE_AFTER =
  /\s+[（(](?:19|20)\d{2}年?[）)]$|(?<=的(?:通知|通報|通报|决定|決定|意见|意見|批复|批覆|函))\s*[（(](?:19|20)\d{2}年?(?:修订|修訂|修正|版)?[）)]$/;
/** A site's column in brackets before the title it lists ("【工作动态】关于…的通报"), or its validity ("【现行有效】"). */
const COLUMN_BEFORE =
  /^[【[［][\u4e00-\u9fff]{2,8}[】\]］]\s*(?=关于|關于|關於)|^[【[［](现行有效|有效|已?失效|已?废止|部分失效)[】\]］]\s*/;
/** The 版头's red rule drawn with dashes, glued before the title when the line break after it was lost. */
const RULE_BEFORE = /^[—－\-─━_=﹍]{4,}\s*/;

/** The title line without a 文号 glued to it and without the 《》 a page wraps a quoted title in. */
export function cleanTitleLine(text: string): string {
  // (A page list's bullet glued after the title opened the next row: "…工作规则•索引号:".)
  let t = text
    // (A title's 文种 before the code stays the title's: "…的通告侯政通(2021)8号".)
    .replace(GLUED_AFTER, (glued) => glued.slice(0, codeAfterTitleKind(glued.slice(0, glued.search(NUMBER_BRACKET)))))
    .replace(GLUED_BEFORE, '')
    .replace(RULE_BEFORE, '')
    .replace(COLUMN_BEFORE, '')
    .replace(YEAR_NOTE_AFTER, '')
    .replace(/\s*[•·●▪]+$|(?<=[\u4e00-\u9fff）)])[，,]$/, '')
    .trim();
  if (/^《[^《》]+》$/.test(t)) t = t.slice(1, -1);
  return t;
}

/** The 文号 glued to a title line's front or back ("…的通知(岳办发〔2017〕2号)"), or null. */
export function gluedDocNumber(rawText: string): DocNumberMatch | null {
  if (!GLUED_AFTER.test(rawText) && !GLUED_BEFORE.test(rawText)) return null;
  const matches = findDocNumbers(rawText);
  const first = matches[0];
  const last = matches[matches.length - 1];
  if (first && first.index === 0) return first;
  if (last && rawText.slice(last.index + last.raw.length).replace(/[）)\s]/g, '') === '') return last;
  return null;
}

/** A bulletin's name, its issue number after it. */
const MASTHEAD = /(公报|公報|政报|政報)([（(][^）)]*期[）)])?$/;
/** (A mirror may print a pronunciation inside the verb: "關(guān)于", "印發(fā)".) */
const STARTS_TITLE = /关于|印发|转发|關(?:\(guān\))?[于於]|印發|轉發/;
export const STARTS_WITH_ABOUT = /^(关于|關于|關於)/;

function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/《/g) !== count(/》/g) || count(/〈/g) !== count(/〉/g);
}

/**
 * Whether an organ's name line belongs before a title line: unless the line already names an issuer that
 * the organ's line merely repeats (浠水县人民政府 above 县人民政府关于…), or the joint issuers' letterhead opens with
 * the title's first issuer ("甲部 乙部" above "甲部、乙部关于…").
 */
function joinsIssuer(orgLine: string, titleLine: string): boolean {
  const at = titleLine.search(STARTS_TITLE);
  if (at <= 0) return true;
  const issuers = titleLine.slice(0, at);
  const first = withoutPinyin(issuers).split('、')[0];
  if (issuers.includes('、') && withoutPinyin(orgLine).startsWith(first)) return false;
  // A company's name over a government's title is the reposting site's (甲煤业有限公司 / 甲省人民政府关于…).
  return !orgLine.endsWith(issuers) && !(ENTERPRISE.test(orgLine) && !ENTERPRISE.test(issuers));
}

/** The last word of an enterprise's name. */
const ENTERPRISE = /(公司|集团|企业|厂|銀行|银行)$/;

/**
 * The title among the header's candidate lines, or null when none ends with a 文种. `numbered`: the document prints
 * its 文号 (a law database's copy, bylines and all, prints none).
 */
export function chooseTitle(parts: string[], titleEnd: RegExp, numbered = false): string | null {
  const lines = parts.map(cleanTitleLine);
  const usable = (i: number) => lines[i] !== '' && !isChromeLine(lines[i]);
  for (let end = 0; end < lines.length; end++) {
    if (!usable(end) || !titleEnd.test(lines[end])) continue;
    // A bulletin's masthead ("甲市人民政府公报(2019年第3期)") over the notice it prints is not its title.
    if (MASTHEAD.test(lines[end]) && !STARTS_TITLE.test(lines[end]) && lines.slice(end + 1).some((l) => STARTS_TITLE.test(l))) continue;
    // …nor is a plan's name without 关于 (a site's banner, "甲省财政厅大学生创业引领计划") over a notice's title that does
    // not issue it (an 印发 title naming it is found from it below).
    if (PLAN_END.test(lines[end]) && !STARTS_TITLE.test(lines[end]) && titleFollows(lines.slice(end + 1), titleEnd, lines[end])) continue;
    let start = end;
    // A title wrapped over lines: go back to its start (关于, or a quotation opened on an earlier line).
    const reachedStart = () => {
      const run = lines.slice(start, end + 1).join('');
      return STARTS_TITLE.test(run) && !unbalanced(run);
    };
    while (start > 0 && !reachedStart() && usable(start - 1) && !titleEnd.test(lines[start - 1])) start--;
    if (!reachedStart()) start = end;
    // A name wrapped before its 文种 alone on a line ("甲州2018年某项政策" / "实施方案"): no title is only its 文种.
    if (
      start === end &&
      start > 0 &&
      BARE_KIND.test(lines[end]) &&
      usable(end - 1) &&
      !titleEnd.test(lines[end - 1]) &&
      NAME_LINE.test(lines[end - 1])
    )
      start--;
    // "甲市人民政府 甲市中级人民法院印发" over "关于…意见的通知": the issuers and their verb open the title.
    // …and "甲市人民政府办公室关于" over "印发《…》的通知": the title broke after its 关于.
    if (
      start > 0 &&
      usable(start - 1) &&
      /(印发|转发|印發|轉發|关于|關於|關于)$/.test(lines[start - 1]) &&
      !titleEnd.test(lines[start - 1])
    )
      start--;
    // The issuer's name on the line above: above 关于, above a 纪要's 标志, or a joint notice's first issuer.
    while (start > 0 && usable(start - 1) && isOrgNameLine(lines[start - 1]) && joinsIssuer(lines[start - 1], lines[start])) {
      start--;
    }
    // A long organ's name wrapped mid-name ("甲省应对某某疫情工作" / "领导小组关于印发…"): its head opens the title.
    const before = start > 0 ? lines[start].search(STARTS_TITLE) : -1;
    if (
      before > 0 &&
      usable(start - 1) &&
      !titleEnd.test(lines[start - 1]) &&
      !isOrgNameLine(lines[start - 1]) &&
      /^[\u4e00-\u9fff]{4,30}$/.test(lines[start - 1]) &&
      isPlacelessTail(lines[start].slice(0, before)) &&
      isOrgNameLine(lines[start - 1] + lines[start].slice(0, before))
    ) {
      start--;
    }
    // A long organ's name wrapped after its 的 ("甲县新型冠状病毒感染的" / "肺炎疫情防控指挥部" / "通告"): it opens with its place.
    const wrappedName = start > 0 ? lines[start - 1] : '';
    if (
      start > 0 &&
      start < end &&
      usable(start - 1) &&
      /的$/.test(wrappedName) &&
      placeOf(wrappedName) &&
      isOrgNameLine(wrappedName + lines[start])
    ) {
      start--;
    }
    // A 文种 alone ("通知", a page field's value) is no title where a title follows.
    if (
      start === end &&
      lines[end].replace(titleEnd, '') === '' &&
      lines.slice(end + 1).some((l, k) => usable(end + 1 + k) && titleEnd.test(l))
    )
      continue;
    // "…实施方案" ending a line and "的通知" the next: the title goes on.
    let last = end;
    while (last + 1 < lines.length && usable(last + 1) && !STARTS_TITLE.test(lines[last + 1]) && /^的/.test(lines[last + 1])) {
      last++;
    }
    // "关于印发《甲办法》" / "《乙办法》" / "《丙办法》的通知": the title lists the documents it issues over lines.
    if (ISSUES.test(lines.slice(start, last + 1).join(''))) last = issuedListEnd(parts, last, titleEnd);
    // (A line holding only a quoted name inside the title keeps its 《》.)
    let title = lines
      .slice(start, last + 1)
      .map((line, k) => (k > 0 && /^《[^《》]+》$/.test(parts[start + k].trim()) ? parts[start + k].trim() : line))
      .join('');
    // A truncated heading above the title is not part of it (an issuer's line above 关于 is, whatever the title names).
    const issuerAbove = (k: number) => isOrgNameLine(lines[k]) && STARTS_WITH_ABOUT.test(lines[k + 1] ?? '');
    while (start < end && !issuerAbove(start) && title.slice(lines[start].length).includes(lines[start].replace(/^《/, ''))) {
      start++;
      title = lines.slice(start, last + 1).join('');
    }
    return (
      issuerPrefixedCopy(lines.slice(last + 1), title, numbered) ??
      placePrefixedCopy(lines.slice(last + 1, last + 1 + MAX_PLACE_COPY_LINES), title) ??
      fullNameCopy(lines.slice(last + 1, last + 1 + MAX_PLACE_COPY_LINES), title) ??
      issuingTitle(parts, last + 1, title, titleEnd) ??
      fullerCopy(lines.slice(last + 1, last + 1 + MAX_PLACE_COPY_LINES), title) ??
      titleRightAbove(lines, last, title, titleEnd) ??
      title
    );
  }
  return null;
}

/** A plan's or rule's name closing a line: no 文种 of a notice. */
const PLAN_END = /(方案|预案|办法|辦法|规定|規定|细则|細則|规则|規則|要点|要點|计划|計劃)([（(][^）)]{1,12}[）)])?$/;

/** Whether the lines hold a notice's title that does not name `plan`: its 关于 or 印发, and a line ending with a 文种. */
function titleFollows(lines: string[], titleEnd: RegExp, plan: string): boolean {
  const joined = lines.join('');
  return STARTS_TITLE.test(joined) && !joined.includes(plan) && lines.some((l) => titleEnd.test(l) && !PLAN_END.test(l));
}

const ISSUES = /印发|转发|印發|轉發/;
/** A 文种 with at most a word before it ("实施方案", "暂行办法", "工作要点"). */
const BARE_KIND = /^[\u4e00-\u9fff]{0,4}(方案|办法|辦法|规定|規定|细则|細則|规则|規則|要点|要點|计划|計劃|意见|意見)$/;
/** A line that may hold a name: four characters in a row and no sentence's marks ("第3号" holds none). */
const NAME_LINE = /^[^，,。；;：:]*[\u4e00-\u9fff]{4}[^，,。；;：:]*$/;
/** How many lines of quoted names an issuing title may go on over. */
const MAX_ISSUED_LINES = 4;

/**
 * Where an issuing title ends whose list of quoted documents goes on after the line chosen as its end: at the line
 * of 《…》 names that closes with its 文种 ("《丙办法》的通知"), or where it was.
 */
function issuedListEnd(parts: readonly string[], last: number, titleEnd: RegExp): number {
  for (let j = last + 1; j < parts.length && j <= last + MAX_ISSUED_LINES; j++) {
    const line = parts[j].trim();
    if (!line.startsWith('《')) return last;
    if (!line.endsWith('》') && titleEnd.test(line)) return j;
  }
  return last;
}

/**
 * Another whole title on the last lines above the 主送, naming another document than the one chosen: a related
 * article's title stood above the notice's own ("关于开展甲巡查的通知" over "关于印发《甲规定》的通知"), or the page's
 * heading above the document's own block, its issuer's name opening it ("甲县…报告" over "甲县人民政府" / "关于印发…
 * 的通知", the block wrapped over lines).
 */
function titleRightAbove(lines: readonly string[], last: number, title: string, titleEnd: RegExp): string | null {
  const rest = lines.slice(last + 1);
  if (rest.length === 0 || rest.length > MAX_BLOCK_LINES || rest.some((l) => l === '' || isChromeLine(l))) return null;
  // A page may print the block more than once, line after line: one copy is the title.
  const next = rest.filter((line, k) => k === 0 || line !== rest[k - 1]).join('');
  const at = withoutPinyin(next).search(STARTS_TITLE);
  if (at < 0) return namedBlockBelow(title, withoutPinyin(next), titleEnd) ? next : null;
  if (at > 0 && !isOrgNameLine(withoutPinyin(next).slice(0, at))) return null;
  if (!titleEnd.test(next) || unbalanced(next)) return null;
  const a = comparable(title);
  const b = comparable(next);
  return a.includes(b) || b.includes(a) ? null : next;
}
/** How many characters of a name's end show that a page heading and a title block name one document. */
const SHARED_NAME_END = 4;

/**
 * A title block without 关于 under a page heading that shortened it: the issuer's name opens the block, and both
 * end in the same name ("甲开发区…总体应急预案" over "甲经济技术开发区管委会" / "…总体应急预案").
 */
function namedBlockBelow(heading: string, block: string, titleEnd: RegExp): boolean {
  if (!titleEnd.test(block) || unbalanced(block) || block.length <= heading.length) return false;
  if (heading.slice(-SHARED_NAME_END) !== block.slice(-SHARED_NAME_END)) return false;
  // The whole heading under an organ's name is a byline over a copy of the title, not a fuller title.
  if (comparable(block).includes(comparable(heading))) return false;
  for (let k = 4; k < Math.min(block.length - SHARED_NAME_END, 30); k++) {
    if (isOrgNameLine(block.slice(0, k)) && !heading.startsWith(block.slice(0, k))) return true;
  }
  return false;
}

/** How many lines the document's own title block (its issuer's line included) may take under a page's heading. */
const MAX_BLOCK_LINES = 4;

const ISSUING_VERB = /(印发|转发|发布|印發|轉發|發布)《?$/;

/**
 * A title as compared with a heading naming the same document: pronunciations, 《》 and 关于 dropped (a page
 * heading may shorten "甲县关于…方案" to "甲县…方案").
 */
export function comparable(text: string): string {
  return withoutPinyin(text).replace(/[《》]|关于|關于|關於/g, '');
}

/**
 * A later title that issues the one chosen ("关于印发甲市…细则的通知" under a page heading "甲市…细则"): the page's
 * heading named the attached document, the notice's own title stands below it (an organ's line just above it is
 * the page's byline).
 */
function issuingTitle(parts: string[], from: number, title: string, titleEnd: RegExp): string | null {
  for (let k = from; k < parts.length; k++) {
    if (!STARTS_TITLE.test(parts[k])) continue;
    const later = chooseTitle(parts.slice(k), titleEnd);
    if (!later) return null;
    const issued = comparable(later);
    const at = issued.indexOf(comparable(title));
    return at > 0 && ISSUING_VERB.test(issued.slice(0, at)) ? later : null;
  }
  return null;
}

/**
 * A later copy of a title that opens with its verb, with the issuer before it ("转发…的通知" in the page's rows, "甲县人民政府办公室转发…
 * 的通知" in the document, on one line or wrapped): the page's copy had dropped the issuer.
 */
function issuerPrefixedCopy(later: readonly string[], title: string, numbered: boolean): string | null {
  // A title that names its issuer already keeps it (a page's 署名 line may stand glued before a copy).
  if (title.search(STARTS_TITLE) !== 0) return null;
  // The copy may wrap, its issuer on a line of its own ("甲县人民政府办公室" / "转发…文书" / "指导意见…的通知"). An
  // organ's line over a whole 关于… title is a law database's byline, not part of the title, on a page that prints no
  // 文号, or between two copies of the title (a 转发… title without its issuer is incomplete); above a document's
  // own title block, its 文号 printed, it opens the title.
  for (let i = 0; i < later.length; i++) {
    let copy = '';
    const byline = STARTS_WITH_ABOUT.test(title) && (!numbered || (i > 0 && later[i - 1] === title));
    for (let j = i; j < Math.min(later.length, i + MAX_COPY_LINES); j++) {
      copy += later[j];
      if (j === i + 1 && later[j] === title && byline) continue;
      if (copy.length > title.length && copy.endsWith(title) && isOrgNameLine(copy.slice(0, -title.length))) return copy;
      if (copy.length > title.length + MAX_ISSUER_PREFIX) break;
    }
  }
  return null;
}

/** How many lines a title's copy may wrap over, its issuer's line included. */
const MAX_COPY_LINES = 4;
/** How long the issuer before a copy of the title may be. */
const MAX_ISSUER_PREFIX = 40;

/** A place opening a name, one character or more before its division word ("蒲县"), or a national organ. */
const PLACE_LED =
  /^(?:中共)?[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|新区|自治州|州|盟|县|区|旗|镇|乡)|^(?:国务院|國務院|国家|國家|中共中央|中央)/;

/**
 * A later line that ends with the chosen title and holds what its head lacks: the title's start ("乙地区设立
 * 地级乙市的批复" under "国务院关于同意甲省撤销乙地区设立地级乙市的批复"), or the place opening an organ's name the
 * title gives without it ("领导小组关于…" under "甲省某某工作领导小组关于…"). A page's heading had cut it short.
 */
export function fullerCopy(later: readonly string[], title: string): string | null {
  const at = title.search(STARTS_TITLE);
  const head = at > 0 ? title.slice(0, at) : '';
  // (A title opening with its verb is completed by the issuer's copy only, see issuerPrefixedCopy.)
  if (at === 0 || (at > 0 && PLACE_LED.test(title))) return null;
  for (const [k, line] of later.entries()) {
    if (line.length <= title.length || !line.endsWith(title) || unbalanced(line) || /[，。；：,;:]/.test(line)) continue;
    // (A title wrapped before its "的通知" ends on the next line: that copy is "关于印发" the chosen one.)
    if (/^的/.test(later[k + 1] ?? '')) return null;
    const extra = line.slice(0, -title.length);
    // (An organ's whole name before a title without 关于 is its byline: "甲市人民政府" / "甲市某管理规定".)
    if (at < 0 && (STARTS_TITLE.test(extra) || (PLACE_LED.test(extra) && !isCompleteOrgName(extra)))) return line;
    if (head && isPlacelessTail(head) && PLACE_LED.test(extra) && isOrgNameLine(extra + head)) return line;
  }
  return null;
}

/** How many lines under a page's heading the document's own copy of its title may stand. */
const MAX_PLACE_COPY_LINES = 6;
/** A province's or a city's name alone, the part a page heading drops from its issuer ("上海市", "甲自治州"). */
const WHOLE_PLACE = /^[\u4e00-\u9fff]{2,7}?(?:省|市|自治区|自治州|州|盟)$/;

/**
 * The document's own title line under a page heading that gave its issuer's short form ("甲省政府关于…" over "甲省人民
 * 政府关于…"): the same title from its 关于 on, the copy's issuer holding the heading's characters in their order.
 */
function fullNameCopy(later: readonly string[], title: string): string | null {
  const at = title.search(STARTS_TITLE);
  if (at <= 0) return null;
  const [short, rest] = [title.slice(0, at), title.slice(at)];
  for (const line of later) {
    if (line.length <= title.length || !line.endsWith(rest)) continue;
    const issuer = line.slice(0, -rest.length);
    // (A copy holding the short name whole is the name again after another, "山东省甲市人民政府办公室甲市人民政府办公室".)
    if (line.search(STARTS_TITLE) !== issuer.length || issuer.includes(short)) continue;
    if (holdsInOrder(issuer, short) && isOrgNameLine(issuer)) return line;
  }
  return null;
}

/** Whether every character of `part` stands in `whole`, in order. */
function holdsInOrder(whole: string, part: string): boolean {
  let k = 0;
  for (const ch of whole) if (ch === part[k]) k++;
  return k === part.length;
}

/**
 * The document's own title line under a page heading that dropped its issuer's province or city ("乙区人民政府关于…"
 * over "甲市乙区人民政府关于…"): the copy with the whole name is the title.
 */
function placePrefixedCopy(later: readonly string[], title: string): string | null {
  for (const line of later) {
    if (line.length <= title.length || !line.endsWith(title)) continue;
    const prefix = line.slice(0, -title.length);
    if (WHOLE_PLACE.test(prefix) && placeOf(prefix) && !title.startsWith(prefix)) return line;
  }
  return null;
}
