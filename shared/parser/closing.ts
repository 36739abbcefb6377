/**
 * Splits what follows the header into the body and the closing elements: 附件说明, 发文机关署名, 成文日期,
 * 附注 (one or more lines), attachment pages, 主题词, the 版记's 主送 and 抄送, 印发机关 and 印发日期. Whatever follows
 * the 印发 line is kept as unplaced text.
 */
import { lostMarksReadings, parseDate } from '../domain/dates';
import type { SourceLine } from './lines';
import { isBareAttachmentHeading, isCcLine, isDateLine, isOrgNameLine, isRecipientsLine, isRemarkLine, parsePrintLine } from './lineKinds';
import { UNIT_NAME_END, isCompleteOrgName, isPlacelessTail, splitAddressees, splitGluedNames } from './unitNames';
import { isAttachedHeading, opensAttachedDocument } from './attachedDocument';
import { isAddresseeLine } from './unglueAddressees';
import { isZoneBeforeItsCommittee } from './recipientGroups';
import { isChromeLine } from './webChrome';
import { isPageTableRow } from './metadataTable';
import { matchClauseMarker } from './clauseMarkers';
import { withSpacedUnitsListed } from './clauseUnits';
import { withoutPinyin } from '../domain/pinyinRuns';
import { withTraditional } from './traditionalForms';

export interface Closing {
  bodyLines: SourceLine[];
  /** Attachment pages after the signature (附件1, its title, its text). */
  appendixLines: SourceLine[];
  attachments: string[];
  signatureLines: string[];
  signedDateRaw: string | null;
  signedDate: string | null;
  remark: string | null;
  /** 主题词 of a notice in the pre-2012 format. */
  subjectWords: string | null;
  /** 主送 written in the 版记 rather than under the title. */
  recipients: string[];
  cc: string[];
  printer: string | null;
  printedDate: string | null;
  unplaced: SourceLine[][];
}

/** "娄烦县人民政府办公室 2023年6月16日": the 署名 and the 成文日期 on one line. */
const NAME_THEN_DATE = /^(\S.*?)\s+(\S+日)$/;

/**
 * A 成文日期 in Chinese numerals glued to the next document's first sentence ("二〇一〇年六月十八日为深化…") under
 * a finished sentence: the running text never writes a date that way at a line's start.
 */
const CHINESE_DATE_OPENING =
  /^[〇○◯零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日(?=[\u4e00-\u9fff])/;

/** The lines with a signature written on one line with its date split into the two lines they stand for. */
function separateSignedDate(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const glued = CHINESE_DATE_OPENING.exec(line.text);
    const above = out[out.length - 1]?.text ?? '';
    if (glued && /[。！]$/.test(above) && parseDate(glued[0])) {
      const rest = line.text.slice(glued[0].length);
      out.push({ ...line, text: glued[0], rawText: glued[0] }, { ...line, text: rest, rawText: rest });
      continue;
    }
    const m = line.rawText.length <= 80 && line.rawText.endsWith('日') ? NAME_THEN_DATE.exec(line.rawText) : null;
    const names = m ? m[1].split(/\s+/) : [];
    if (m && isDateLine(m[2]) && names.every(isOrgNameLine)) {
      out.push({ ...line, text: names.join(''), rawText: m[1] }, { ...line, text: m[2], rawText: m[2] });
    } else out.push(line);
  }
  return out;
}

/**
 * A name under a heading-only numbered item ("2、末位排名" / "交通局") is that item's content, not a 署名;
 * unless the item is an entry of the 附件说明 above the signature ("附件:", "附:"), or its line already ends in a unit's name.
 */
function isItemContent(lines: SourceLine[], at: number): boolean {
  const above = lines[at - 1]?.text ?? '';
  if (matchClauseMarker(above) === null || above.length > 30 || !/[\u4e00-\u9fff]$/.test(above)) return false;
  // An item whose line already ends in a unit's name holds its content ("2、末位排名交通局" glued).
  if (UNIT_NAME_END.test(above)) return false;
  return !lines.slice(Math.max(0, at - 6), at).some((l) => /^附\s*件/.test(l.text) || ATTACHMENT_NOTE.test(l.text));
}

/**
 * A date under a 署名 whose 年 and 月 extraction lost, split two ways ("2021111日": 1月11日 or 11月1日): it is the
 * 成文日期 as written, left unread (lint reports it), rather than body text.
 */
const LOST_MARKS_DATE = /^(?:19|20)\d{4,6}日$/;
/** …or with its 日 lost too ("2022128"), when some split of it is a valid date. */
const isLostMarksDate = (text: string) =>
  text.length <= 9 && /^[12１２]/.test(text) && (LOST_MARKS_DATE.test(text) || lostMarksReadings(text).length > 0);
/** A 成文日期 line, read or (lost marks) left to be read. */
/** A 成文日期 printed in brackets, as Party documents do: "（2023年5月6日）". */
const unbracketed = (text: string) => (/^[（(].*[）)]$/.test(text) ? text.slice(1, -1).trim() : text);
/** A 成文日期 printed without its year. */
const YEARLESS_DATE = /^\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const isSignedDateLine = (text: string) =>
  isDateLine(text) || isLostMarksDate(text) || (/^[（(]/.test(text) && text.length <= 26 && isDateLine(unbracketed(text)));

/** The head of an organ signing its 令 with the title of office, the name after it or not: "省长 张三", "市长". */
export const LEADER_SIGNATURE = withTraditional(
  /^(省长|市长|州长|县长|区长|旗长|盟长|镇长|乡长|主席|主任|部长|厅长|局长|署长|总理)[：:\s]*[\u4e00-\u9fff·]{0,4}$/,
);

/** A 署名 noting whose seal stands for it: "…安全生产委员会(代章)" signs as that organ. */
const SEAL_NOTE = /\s*[（(](代章|盖章|印章|公章|印)[）)]$/;
const withoutSealNote = (text: string) => text.replace(SEAL_NOTE, '');

function isWrappedNameHead(written: string, writtenRest: string): boolean {
  // (A mirror's pronunciations and a seal's note are no part of the names.)
  const head = withoutPinyin(written);
  const rest = withoutSealNote(withoutPinyin(writtenRest));
  // (A name with its own place under a line is a name of its own, "特此通知" over "甲县人民政府".)
  // (Nor is a closing formula, "特此通知", a name's head.)
  return (
    /^[\u4e00-\u9fff]{4,30}$/.test(head) &&
    !/(通知|通告|公告|此复|此函|此令)$/.test(head) &&
    !isOrgNameLine(head) &&
    isPlacelessTail(rest) &&
    isOrgNameLine(head + rest)
  );
}

/**
 * The 署名 lines with a name wrapped over two lines joined into one; so too a zone's name over the committee that
 * governs it with another ("甲经济技术开发区" / "乙产业园区管理委员会").
 */
function joinWrappedNames(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const next = lines[k + 1];
    if (next && (isWrappedNameHead(lines[k].text, next.text) || isZoneBeforeItsCommittee(lines[k].text, next.text))) {
      out.push({ ...next, text: lines[k].text + next.text, rawText: lines[k].text + next.text });
      k++;
    } else out.push(lines[k]);
  }
  return out;
}

/** Names side by side with a zone's name standing before its committee's joined into one ("甲开发区 乙园区管理委员会"). */
function withZonesJoined(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (out.length > 0 && isZoneBeforeItsCommittee(out[out.length - 1], name)) out[out.length - 1] += name;
    else out.push(name);
  }
  return out;
}

/** How many issuers a joint notice stacks above its date at most (a 联合发文 of many departments). */
const MAX_SIGNATURE_LINES = 10;

/** Where the 附注 printed right above a 成文日期 at `dateAt` starts ("（此件公开发布）"), or `dateAt` itself when none is. */
const remarkAbove = (lines: SourceLine[], dateAt: number) => (dateAt > 1 && isRemarkLine(lines[dateAt - 1].text) ? dateAt - 1 : dateAt);

/**
 * The first date line preceded by one or more organization-name lines: the 署名 (start up to namesEnd) and the
 * 成文日期 (dateAt); a 附注 may stand between them.
 */
function findSignature(lines: SourceLine[], end: number): { start: number; namesEnd: number; dateAt: number } | null {
  for (let i = 1; i < end; i++) {
    // (A date that lost its year, "11月23日", still closes the 署名 above it; it dates nothing.)
    const yearless = YEARLESS_DATE.test(lines[i].text);
    if (!yearless && !isSignedDateLine(lines[i].text)) continue;
    // A web page may print the 附注 between the 署名 and its date.
    const under = remarkAbove(lines, i);
    let start = under;
    while (
      start > 0 &&
      under - start < MAX_SIGNATURE_LINES &&
      isOrgNameLine(withoutSealNote(lines[start - 1].text)) &&
      !isItemContent(lines, start - 1)
    )
      start--;
    // A long name wrapped over two lines ("甲省应对某某疫情" / "工作领导小组"): its first line names no organ alone.
    if (start < under && start > 0 && isWrappedNameHead(lines[start - 1].text, lines[start].text)) start--;
    if (start < under) return { start, namesEnd: under, dateAt: i };
    if (yearless) continue;
    // A 令 is signed by the organ's head ("市长 张三"): the date under that line is the 成文日期.
    if (under > 0 && LEADER_SIGNATURE.test(lines[under - 1].text)) return { start: under - 1, namesEnd: under, dateAt: i };
  }
  // A date alone at the very end (署名 missing or pasted elsewhere).
  for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
    if (isSignedDateLine(lines[i].text)) return { start: i, namesEnd: i, dateAt: i };
  }
  // A 署名 the copy cut off under its names, its date's first characters ending the text ("甲镇人民政府" / "二").
  const last = end - 1;
  if (last >= 2 && (DATE_START.test(lines[last].text) || CUT_DATE.test(lines[last].text))) {
    let start = last;
    while (start > 1 && last - start < MAX_SIGNATURE_LINES && isOrgNameLine(lines[start - 1].text) && !isItemContent(lines, start - 1))
      start--;
    if (start < last) return { start, namesEnd: last, dateAt: last };
  }
  // A date alone after the body's last sentence (or its 附件说明), before what follows a signature; its 附注 may
  // be printed above it ("…请认真贯彻执行。" / "（此件公开发布）" / "2025年3月18日").
  for (let i = 1; i < end; i++) {
    if (!isSignedDateLine(lines[i].text)) continue;
    const above = remarkAbove(lines, i);
    if (endsBody(lines[above - 1].text) && opensClosingTail(lines.slice(i + 1, end))) return { start: above, namesEnd: above, dateAt: i };
  }
  return null;
}

/** A line that may stand right above a bare 成文日期: a finished sentence, 特此通知, or a 附件说明 entry. */
function endsBody(text: string): boolean {
  return /([。！；.》]|此通知|特此[\u4e00-\u9fff]{2})$/.test(text) || /^(附\s*件|[0-9０-９]{1,2}\s*[.．、]\s*《)/.test(text);
}

/** What may follow a 成文日期: nothing, a 附注, an attachment, the carried document, or the page's chrome. */
function opensClosingTail(rest: SourceLine[]): boolean {
  if (rest.length === 0) return true;
  const first = rest[0].text;
  return /^[（(]/.test(first) || isChromeLine(first) || SITE_PROMPT.test(first) || opensAttachedDocument(rest.map((l) => l.text));
}
/** A site's prompt after the document it reprints (beside its chrome lines): its 公众号, the article's link or keywords, related items. */
const SITE_PROMPT = /公众号$|关注我们|^本文(链接|关键词)|^相关(政策|文章|阅读|新闻|链接|稿件)$/;

/** 附件说明, also written short as 附： ("附：1、…"). */
const ATTACHMENT_NOTE = /^(相关)?附\s*(?:件(下载)?)?\s*[：:]\s*/;

/** A web page's link to an attached file names the attachment with its file type: 任务清单.docx. */
export const FILE_TYPE = /\.(docx?|xlsx?|wps|et|pdf|ofd|zip|rar)$/i;

/**
 * Whether an unnumbered list's item ends before `next`: a file's name ends at its file type, and a 《…》 line
 * after a 《…》 line is a second title; any other line continues a wrapped name.
 */
function endsOneName(name: string, next: string): boolean {
  return FILE_TYPE.test(name) || (/》[。；;]?$/.test(name) && /^《.*》[。；;]?$/.test(next));
}

/** 附件说明 just above the signature: "附件：1. 名称" with further "2. 名称" lines (a web page's "附件下载："). */
const BLANK_PAGE_NOTE = /^[（(]\s*此页无正文\s*[）)]$/;

/** A page's prompt in brackets to download the files listed under it. */
const DOWNLOAD_PROMPT = /^[（(][^（）()]*(点击|點擊|下载|下載)[^（）()]*[）)]$/;

/** Where to send the attachments, in brackets under the list ("(报送邮箱:… 联系电话:…)"): no part of a name. */
const CONTACT_NOTE = withTraditional(/^[（(][^（）()]*(联系|电话|邮箱|传真|联系人)[^（）()]*[）)]$/);

/** A 附件说明 that labels each title with its own number: "附件1.名称" / "附件2：名称". */
const NUMBERED_NOTE = /^附\s*件\s*[0-9０-９]{1,2}\s*[.．、：:]\s*(?=\S)/;

/** A later entry of a "附件1.名称" list, printed without 附件: "2.名称". */
const BARE_ENTRY = /^([0-9０-９]{1,2})\s*[.．、：:]\s*(?=\S)/;

/** A number written in full-width or ASCII digits. */
const numberOf = (digits: string) => Number(digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));

/** The number of a bare list entry, or NaN. */
const bareEntryNumber = (text: string) => numberOf(BARE_ENTRY.exec(text)?.[1] ?? 'x');

/** The number of a "附件1." entry or of a bare one that follows it, or NaN. */
const entryNumber = (text: string) => {
  const labelled = /^附\s*件\s*([0-9０-９]{1,2})/.exec(text);
  return labelled ? numberOf(labelled[1]) : bareEntryNumber(text);
};

/** What is left of a date line cut inside its year: its first numerals ("二", "二〇二", "20"). */
const DATE_START = /^(?:[一二][〇○◯零一二三四五六七八九]{0,3}|(?:19|20)\d{0,2}|2)$/;
/** What is left of a date line cut short: its year, perhaps its month and part of its day. */
const CUT_DATE =
  /^(?:[〇○◯零一二三四五六七八九]{4}|(?:19|20)\d{2})\s*年(?:\s*[一二三四五六七八九十\d]{1,2}\s*月\s*[一二三四五六七八九十\d]{0,3})?$/;

function readAttachments(lines: SourceLine[], end: number): { at: number; names: string[] } | null {
  for (let i = end - 1; i >= Math.max(0, end - 12); i--) {
    if (NUMBERED_NOTE.test(lines[i].text)) {
      let at = i;
      while (at > 0 && NUMBERED_NOTE.test(lines[at - 1].text)) at--;
      // "附件1.名称" may go on with the next numbers bare: "2.名称".
      let last = i;
      while (last + 1 < end && bareEntryNumber(lines[last + 1].text) === entryNumber(lines[last].text) + 1) last++;
      const names = lines.slice(at, last + 1).map((l) =>
        l.text
          .replace(NUMBERED_NOTE, '')
          .replace(BARE_ENTRY, '')
          .replace(/[。；;]$/, ''),
      );
      // Only a list ending right above the signature: a page's own 附件1 further up is the attached pages'.
      if (lines.slice(last + 1, end).every((l) => BLANK_PAGE_NOTE.test(l.text))) return { at, names };
    }
    if (!ATTACHMENT_NOTE.test(lines[i].text)) continue;
    const entries = [lines[i].text.replace(ATTACHMENT_NOTE, ''), ...lines.slice(i + 1, end).map((l) => l.text)];
    const names: string[] = [];
    const listNumbered = /^[0-9０-９]{1,2}\s*[.．、]/.test(entries[0]);
    // An entry's number alone on its line ("2.") opens the next name, printed on the line under it.
    let numberAlone = false;
    for (const entry of entries) {
      // The note a page break before the 署名 leaves is no part of the last attachment's name, nor is a page's
      // prompt to download them ("(点击下载下列附件)") or where to send them one of them.
      if (BLANK_PAGE_NOTE.test(entry) || DOWNLOAD_PROMPT.test(entry) || CONTACT_NOTE.test(withoutPinyin(entry))) continue;
      // A 成文日期 the copy cut off ("二○○七年一月十") ends the list: no name goes on with a date.
      if (names.length > 0 && CUT_DATE.test(entry)) break;
      const numbered = /^[0-9０-９]{1,2}\s*[.．、]\s*(.+)$/.exec(entry);
      const opensEntry = numberAlone;
      numberAlone = /^[0-9０-９]{1,2}\s*[.．、]$/.test(entry);
      if (numberAlone) continue;
      if (numbered) names.push(numbered[1].trim());
      else if (opensEntry) names.push(entry);
      // A file's link under a numbered list ("关于….docx", the notice's own) is no wrapped part of its last entry.
      else if (listNumbered && FILE_TYPE.test(entry)) break;
      // A page's sharing trailer under the last name ("用微信扫描二维码分享…") does not continue it.
      else if (names.length > 0 && isChromeLine(entry)) continue;
      else if (names.length > 0 && !endsOneName(names[names.length - 1], entry)) names[names.length - 1] += entry;
      else if (entry) names.push(entry);
    }
    // A download link shows the file's name; a 附件说明 names the attachment as printed, a file's name included.
    const download = /下载/.test(lines[i].text.slice(0, 8));
    const plain = names.map((n) => n.replace(/[。；;]$/, ''));
    return { at: i, names: (download ? plain.map((n) => n.replace(FILE_TYPE, '')) : plain).filter(Boolean) };
  }
  return null;
}

/** Fewest field lines ("• 姓名:", "• 联系方式:") that make a page's form. */
const MIN_FORM_FIELDS = 2;

/**
 * Where a web page's form closing the text starts: its field lines (page chrome) and the one sentence inviting
 * them ("请您对该政策提出意见或建议。"); `end` when the text does not end in one.
 */
function pageFormStart(lines: SourceLine[], end: number): number {
  let at = end;
  const isField = (text: string) => isChromeLine(text) && !ATTACHMENT_NOTE.test(text) && !NUMBERED_NOTE.test(text);
  while (at > 0 && isField(lines[at - 1].text)) at--;
  if (end - at < MIN_FORM_FIELDS) return end;
  return at > 0 && /。$/.test(lines[at - 1].text) ? at - 1 : at;
}

/** A 抄送 line whose names a web page set apart with spaces only ("抄送：县委办公室 县政协办公室"), commas put in. */
function spacedNames(line: SourceLine): string {
  const label = /^抄\s*[送报]\s*[：:]\s*/.exec(line.rawText)?.[0] ?? '';
  const parts = line.rawText.slice(label.length).trim().split(/\s+/);
  const names = parts.map((p) => p.replace(/[，,、。.；;]$/, ''));
  return parts.length > 1 && names.every(isCompleteOrgName) ? `${label.replace(/\s+/g, '')}${names.join('，')}` : line.text;
}

/** The count of copies printed under the 版记: "（共印15份）". */
const COPIES = /^[（(]?共印\s*\d+\s*份[）)]?$/;
/** A site's footer: its copyright and its ICP record. */
const SITE_FOOTER = /版权所有|ICP备|ICP证/i;
/** A compilation page's mark before the next document it prints ("第二篇"). */
const NEXT_PIECE = /^第[一二三四五六七八九十\d]{1,3}篇$/;

/** How many lines a 抄送 list may wrap over before the carried document's title. */
const CC_LINES = 4;

/** Where a document carried after the 抄送 starts (its title), or `end` when none does. */
function carriedDocumentStart(lines: SourceLine[], from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + CC_LINES); k++) if (isAttachedHeading(lines[k].text)) return k;
  return end;
}

/** A title as a 附件说明 lists it and as its page heads it: with or without 《》. */
const unquoted = (text: string) => text.replace(/^《(.*)》$/, '$1');

/**
 * A 附件说明 printed where no signature follows it (a Party 通报 dated under its title) or after the date:
 * its names run to the first bare "附件" heading that opens the attached pages, a distribution note
 * ("(此件发至…)") between them set aside. `linkedAtEnd`: after the date, a note that the text ends with (a page's
 * links to the files) counts too.
 */
function noteBeforePages(
  lines: SourceLine[],
  from: number,
  to: number,
  end: number,
  linkedAtEnd = false,
): { at: number; pagesAt: number; names: string[]; remarks: string[] } | null {
  for (let i = from; i < to; i++) {
    if (!ATTACHMENT_NOTE.test(lines[i].text) || lines[i].text.replace(ATTACHMENT_NOTE, '') === '') continue;
    const entries: SourceLine[] = [lines[i]];
    const remarks: string[] = [];
    let j = i + 1;
    for (; j < Math.min(end, i + 12); j++) {
      const text = lines[j].text;
      const listed = readAttachments(entries, entries.length)?.names ?? [];
      // The pages open at a bare "附件" heading, at the attachment's title printed again without one, at its first
      // item right under the note (一、 or （一）: a list of attachments numbers its entries 1. 2.), or at its 主送.
      const item = listed.length > 0 && entries.length === 1 ? matchClauseMarker(text) : null;
      if (
        isBareAttachmentHeading(text) ||
        listed.some((name) => unquoted(name) === unquoted(text)) ||
        (item !== null && item.level <= 2) ||
        (listed.length > 0 && isAddresseeLine(text))
      ) {
        return listed.length > 0 ? { at: i, pagesAt: j, names: listed, remarks } : null;
      }
      if (isRemarkLine(text)) remarks.push(text);
      else if (text.includes('。')) break;
      else entries.push(lines[j]);
    }
    // …or, after the date, a page links the attached files at its end, no pages after them.
    const listed = linkedAtEnd && j === end ? (readAttachments(entries, entries.length)?.names ?? []) : [];
    if (listed.length > 0) return { at: i, pagesAt: end, names: listed, remarks };
  }
  return null;
}

const SUBJECT_WORDS = /^主\s*题\s*词\s*[：:]\s*/;

/** The first line before `end` whose text passes `test`, or -1. */
function indexBefore(lines: SourceLine[], end: number, test: (text: string) => boolean): number {
  for (let i = 0; i < end; i++) if (test(lines[i].text)) return i;
  return -1;
}

/** The last line before `end` whose text passes `test`, or -1. */
function lastIndexBefore(lines: SourceLine[], end: number, test: (text: string) => boolean): number {
  for (let i = end - 1; i >= 0; i--) if (test(lines[i].text)) return i;
  return -1;
}

/** A labelled entry of the 版记 above the 抄送: 主送：… or 主题词：…. */
const isImprintEntry = (text: string) => isRecipientsLine(text) || SUBJECT_WORDS.test(text);

export function splitClosing(written: SourceLine[]): Closing {
  // The clauses read their units from the lines' text, which lost the spaces that may separate units' names.
  const lines = separateSignedDate(written).map(withSpacedUnitsListed);
  const closing: Closing = {
    bodyLines: lines,
    appendixLines: [],
    attachments: [],
    signatureLines: [],
    signedDateRaw: null,
    signedDate: null,
    remark: null,
    subjectWords: null,
    recipients: [],
    cc: [],
    printer: null,
    printedDate: null,
    unplaced: [],
  };
  let end = lines.length;
  // The document the notice carries, printed after its 版记 (the format before 2012 closed the notice's own pages).
  let carried: SourceLine[] = [];

  const printAt = lines.findIndex((l) => parsePrintLine(l.text) !== null);
  if (printAt >= 0) {
    const print = parsePrintLine(lines[printAt].text)!;
    closing.printedDate = print.printedDate;
    closing.printer = print.printer;
    end = printAt;
    if (!print.printer && printAt > 0 && isOrgNameLine(lines[printAt - 1].text)) {
      closing.printer = lines[printAt - 1].text;
      end = printAt - 1;
    }
    const stray = lines.slice(printAt + 1);
    // Its title opens it; a fragment of a page after the 印发 line stays unplaced.
    if (stray.length > 0 && isAttachedHeading(stray[0].text)) carried = stray;
    else if (stray.length > 0) closing.unplaced.push(stray);
  }

  const ccAt = indexBefore(lines, end, (t) => isCcLine(t));
  if (ccAt >= 0) {
    // A page's field table printed under the 版记 ("索引号 : | 主题分类: …") is the page's, not wrapped names.
    const table = lines.findIndex((l, i) => i > ccAt && i < end && isPageTableRow(l.text));
    if (table >= 0) {
      closing.unplaced.push(lines.slice(table, end));
      end = table;
    }
    const start = carriedDocumentStart(lines, ccAt + 1, end);
    if (start < end) {
      carried = [...lines.slice(start, end), ...carried];
      end = start;
    }
    // The copies' count and the site's footer close the 版记, and so does the mark of the next document a
    // compilation prints: what follows them is the page's.
    const footer = lines.findIndex(
      (l, i) => i > ccAt && i < end && (COPIES.test(l.text) || SITE_FOOTER.test(l.text) || NEXT_PIECE.test(l.text) || isChromeLine(l.text)),
    );
    if (footer >= 0) {
      closing.unplaced.push(lines.slice(footer, end));
      end = footer;
    }
    // 抄报 and 抄送 lines both name copies: one list, each label a separator (a wrapped line goes on, a line
    // ended by 。 does not). A 。 inside the list was typed for a comma: a 抄送 holds names only.
    const ccText = lines
      .slice(ccAt, end)
      .map((l) =>
        spacedNames(l)
          .replace(/^抄\s*[送报]\s*[：:]/, '，')
          .replace(/[。.]$/, '，'),
      )
      .join('')
      .replace(/。/g, '，');
    closing.cc = splitAddressees(ccText);
    end = ccAt;
  }
  // Above the 抄送, in either order: a 主送 written in the 版记, and 主题词 (the format before 2012).
  for (let at = lastIndexBefore(lines, end, isImprintEntry); at >= 0; at = lastIndexBefore(lines, end, isImprintEntry)) {
    const block = lines.slice(at, end);
    if (isRecipientsLine(block[0].text) && closing.recipients.length === 0) {
      closing.recipients = splitAddressees(
        block
          .map((l) => l.text)
          .join('')
          .replace(/^主\s*送\s*(机\s*关\s*)?[：:]/, ''),
      );
    } else if (SUBJECT_WORDS.test(block[0].text) && closing.subjectWords === null) {
      closing.subjectWords = block
        .map((l) => l.rawText)
        .join(' ')
        .replace(SUBJECT_WORDS, '')
        .trim();
    } else break;
    end = at;
  }

  const signature = findSignature(lines, end);
  if (!signature) {
    const note = noteBeforePages(lines, 0, end, end);
    if (note) {
      closing.bodyLines = lines.slice(0, note.at);
      closing.attachments = note.names;
      closing.remark = note.remarks.length > 0 ? note.remarks.join('\n') : null;
      closing.appendixLines = lines.slice(note.pagesAt, end);
      return closing;
    }
    closing.appendixLines = carried;
    // A copy that stops after its 附件说明 (the signature lost or never copied): the last lines name the attachments,
    // a page's form under them set aside.
    const formAt = pageFormStart(lines, end);
    const attachments = readAttachments(lines, formAt);
    const trailing =
      attachments && formAt - attachments.at <= 3 && lines.slice(attachments.at, formAt).every((l) => !l.text.includes('。'));
    closing.bodyLines = lines.slice(0, trailing ? attachments.at : end);
    closing.attachments = trailing ? attachments.names : [];
    if (trailing && formAt < end) closing.unplaced.unshift(lines.slice(formAt, end));
    return closing;
  }
  // Joint notices sign side by side on one line: "乡宁县应急管理局        乡宁县公安局", or glued together.
  // The head's line names a person, no issuer.
  const signatureLines = joinWrappedNames(lines.slice(signature.start, signature.namesEnd).filter((l) => !LEADER_SIGNATURE.test(l.text)));
  closing.signatureLines = signatureLines.flatMap((l) => {
    const parts = withZonesJoined(withoutSealNote(l.rawText.trim()).split(/\s+/));
    return parts.length > 1 && parts.every(isOrgNameLine) ? parts : splitGluedNames(withoutSealNote(l.text));
  });
  closing.signedDateRaw = unbracketed(lines[signature.dateAt].text);
  closing.signedDate = parseDate(closing.signedDateRaw)?.iso ?? null;
  let after = signature.dateAt + 1;
  const remarks = lines.slice(signature.namesEnd, signature.dateAt).map((l) => l.text);
  // A law database prints the 成文日期 twice; the copy is not the start of an attached document.
  while (after < end && (isRemarkLine(lines[after].text) || lines[after].text === closing.signedDateRaw)) {
    if (lines[after].text !== closing.signedDateRaw) remarks.push(lines[after].text);
    after++;
  }
  closing.remark = remarks.length > 0 ? remarks.join('\n') : null;
  const rest = lines.slice(after, end);
  if (opensAttachedDocument(rest.map((l) => l.text))) closing.appendixLines = [...rest, ...carried];
  else {
    if (rest.length > 0) closing.unplaced.unshift(rest);
    closing.appendixLines = carried;
  }

  const attachments = readAttachments(lines, signature.start);
  closing.bodyLines = lines.slice(0, attachments ? attachments.at : signature.start);
  closing.attachments = attachments?.names ?? [];
  // A 附件说明 printed after the date, before the attached pages.
  const noteAfter = attachments ? null : noteBeforePages(lines, after, Math.min(end, after + 1), end, true);
  if (noteAfter) {
    closing.attachments = noteAfter.names;
    closing.appendixLines = lines.slice(noteAfter.pagesAt, end);
    if (noteAfter.remarks.length > 0) closing.remark = [closing.remark, ...noteAfter.remarks].filter(Boolean).join('\n');
  }
  return closing;
}
