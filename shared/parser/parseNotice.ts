/**
 * The notice parser: raw text of a received notice → ParsedNotice. Never throws; whatever it cannot place
 * is kept in `unplaced`, and where sources disagree (版头, 署名, a web page's metadata table) it says so.
 */
import { findDate, lostMarksDateBefore } from '../domain/dates';
import { docKindOfTitle } from '../domain/docKind';
import { parseDocNumber, type DocNumberMatch } from '../domain/docNumber';
import type { Finding, ParsedNotice } from '../domain/notice';
import { findCitations } from './citations';
import { tidyTitle } from './titleTidy';
import { tidyAddressees } from './addresseeTidy';
import { fullerCopy } from './titleChoice';
import { titleLineNearTop } from './titleFallback';
import { issuersOfTitle } from './titleIssuer';
import { checkedIssuers, isWholeUnderProvince } from './issuerNames';
import { FILE_TYPE, splitClosing } from './closing';
import { buildClauses } from './clauses';
import { TITLE_END, parseHeader, separateRecipients, withoutStrayCommas } from './header';
import {
  documentStartAfterBreadcrumb,
  documentStartAfterLead,
  documentStartAfterLongerHeading,
  documentStartAfterMenu,
  documentStartAfterNamingLead,
  documentStartAfterNewsLead,
  documentStartAfterReport,
  documentStartAfterMasthead,
} from './documentStart';
import { prepareLines, type SourceLine } from './lines';
import { withLostSpacesRestored } from './lostSpaces';
import { withSpacedTablesAsRows } from './spacedTable';
import { DOC_NUMBER_LABELS, docNumberUnderLabelRow, readMetadataTable } from './metadataTable';
import { isAttendanceLine } from './lineKinds';
import { matchClauseMarker } from './clauseMarkers';
import { dropLeadingChrome } from './webChrome';
import { joinParagraphs, wrapWidth, type Paragraph } from './paragraphs';

function sameOrg(a: string, b: string): boolean {
  return a === b || a.endsWith(b) || b.endsWith(a);
}

/**
 * A 署名 may drop the county before a town's name (长兴镇人民政府 under 南溪县长兴镇人民政府关于…), or put a place
 * before a name that opens with its own (北京市政协北京市某区委员会办公室 for 政协北京市某区委员会办公室, which the
 * 署名's line then seems to hold as two names): the title's full names of the same organs stand for them.
 */
function withFullNames(signed: string[], named: string[]): string[] {
  let k = 0;
  for (const full of named) {
    let written = '';
    while (k < signed.length && written.length < full.length && !sameNameAs(written, full)) written += signed[k++];
    if (!sameNameAs(written, full)) return signed;
  }
  return k === signed.length ? named : signed;
}

/**
 * Whether a signed name is the full name, with or without a place before one of them (but a county's or a city's
 * name signed without its province is the issuer as signed).
 */
function sameNameAs(written: string, full: string): boolean {
  if (written === '' || written === full) return written !== '';
  const [longer, shorter] = full.length > written.length ? [full, written] : [written, full];
  if (shorter === written && longer.endsWith(shorter) && isWholeUnderProvince(written, longer.slice(0, -shorter.length))) return false;
  return longer.endsWith(shorter) && PLACE_BEFORE.test(longer.slice(0, -shorter.length));
}

/** What a full name adds before a town's: its county or city ("南溪县"), nothing else a page may glue there. */
const PLACE_BEFORE = /^[\u4e00-\u9fff]{1,8}(省|市|县|区|州|旗|盟)$/;

/**
 * A 版头 whose place was lost ("省政府文件", the province printed apart or dropped by extraction) names its organ
 * without the place: the title's full name stands for it.
 */
function withPlacedNames(marked: string[], named: string[]): string[] {
  return marked.length === 1 && named.length > 0 && PLACELESS.test(marked[0]) ? named : marked;
}
const PLACELESS = /^[省市县区州旗](人民)?政府/;

/** A 纪要 ends with its attendance; any other last paragraph should end a sentence (or 特此通知). */
const COMPLETE_ENDING = /([。！？；）)”」]|特此[\u4e00-\u9fff]{2})$/;

/** A finding when the body stops mid-sentence with no signature or date after it (a cut copy). */
function truncatedEnding(paragraphs: Paragraph[]): Finding | null {
  let last = paragraphs.length - 1;
  while (last >= 0 && isAttendanceLine(paragraphs[last].text)) last--;
  const text = paragraphs[last]?.text ?? '';
  if (!text || COMPLETE_ENDING.test(text.slice(-4))) return null;
  return {
    rule: 'truncated-ending',
    severity: 'warning',
    message: '正文结尾不完整，可能在复制或转换时被截断，请与原件核对。',
    at: { line: paragraphs[last].line, excerpt: text.slice(-30) },
  };
}

/** The text's last non-empty line as written. */
function lastWrittenLine(normalized: string): string | null {
  let end = normalized.length;
  while (end > 0) {
    const start = normalized.lastIndexOf('\n', end - 1) + 1;
    const line = normalized.slice(start, end).trim();
    if (line) return line;
    end = start - 1;
  }
  return null;
}

/**
 * The last kept line, or the line written after it when that one was dropped as page furniture: a bare "1"
 * after a heading (a page number, or the next item cut after its number) shows the text went on past it.
 */
function lastLineOfText(normalized: string, lines: SourceLine[]): string | null {
  const kept = lines.length > 0 ? lines[lines.length - 1].text : null;
  const written = lastWrittenLine(normalized);
  if (kept === null || written === null) return kept;
  const tail = kept.replace(/\s+/g, '').slice(-12);
  return written.replace(/\s+/g, '').endsWith(tail) ? kept : written;
}

/** Later than any date: a lost-marks date with no page's date to bound it. */
const LATEST_DATE = '9999-12-31';

/** Lines that name a file to download: they end with its type. */
const FILE_LINK_LINES = new RegExp(`^.*${FILE_TYPE.source}`, 'gim');

export function parseNotice(raw: string): ParsedNotice {
  const read = prepareLines(typeof raw === 'string' ? withLostSpacesRestored(raw) : '');
  const prepared = { ...read, lines: withSpacedTablesAsRows(read.lines) };
  const findings: Finding[] = [];
  const table = readMetadataTable(prepared.lines);
  const pageLines = separateRecipients(
    dropLeadingChrome(
      table.tableLines.size > 0 ? prepared.lines.filter((_, i) => !table.tableLines.has(i)) : prepared.lines,
      (text) => text.includes('。') || matchClauseMarker(text) !== null,
    ),
  );
  let header = parseHeader(pageLines);
  let lines = pageLines;
  // A site's lead stopped the header above the notice: read it again from the notice's 版头, or from its title
  // when the lead named it under the page's heading.
  const start =
    header.recipients.length > 0
      ? 0
      : documentStartAfterMenu(pageLines) ||
        documentStartAfterMasthead(pageLines) ||
        (!header.title
          ? documentStartAfterLead(pageLines) ||
            documentStartAfterNamingLead(pageLines, null) ||
            documentStartAfterNewsLead(pageLines) ||
            documentStartAfterReport(pageLines) ||
            documentStartAfterBreadcrumb(pageLines)
          : !header.docNumber
            ? documentStartAfterNamingLead(pageLines, header.title) ||
              documentStartAfterLongerHeading(pageLines, header.title) ||
              documentStartAfterLead(pageLines) ||
              documentStartAfterNewsLead(pageLines) ||
              documentStartAfterBreadcrumb(pageLines)
            : 0);
  if (start > 0) {
    lines = pageLines.slice(start);
    header = parseHeader(lines);
  }
  const closing = splitClosing(lines.slice(header.bodyStart));

  const width = wrapWidth(prepared.lines);
  const bodyParagraphs = joinParagraphs(closing.bodyLines, width);
  const appendixParagraphs = joinParagraphs(closing.appendixLines, width);
  const lastLine = lastLineOfText(read.normalized, prepared.lines);
  const tree = buildClauses([...bodyParagraphs, ...appendixParagraphs], bodyParagraphs.length, lastLine);

  const meta = table.fields;
  let docNumberMatch: DocNumberMatch | null = header.docNumber;
  const metaDocNumber =
    DOC_NUMBER_LABELS.map((label) => meta[label]).find(Boolean) ?? (docNumberMatch ? null : docNumberUnderLabelRow(prepared.lines));
  if (!docNumberMatch && metaDocNumber) docNumberMatch = parseDocNumber(metaDocNumber);

  const signatureIssuers = closing.signatureLines;
  // The issuer a title names is read from the tidied title: what a page glued before it names no organ.
  // A page's table that names the title whole, where the header's copy lost its start, gives it.
  const namedTitle = meta['标题'] ?? meta['文件标题'] ?? meta['名称'] ?? meta['信息名称'] ?? meta['文件名称'] ?? null;
  const headerTitle = titleShaped(
    plausibleTitle(header.title && namedTitle ? (fullerCopy([namedTitle], header.title) ?? header.title) : header.title),
    prepared.lines,
  );
  const titleIssuers = issuersOfTitle(headerTitle, lines);
  const issuers = checkedIssuers(
    header.markIssuers.length > 0
      ? withPlacedNames(header.markIssuers, titleIssuers)
      : signatureIssuers.length > 0
        ? withFullNames(signatureIssuers, titleIssuers)
        : header.noteIssuer
          ? [header.noteIssuer]
          : titleIssuers.length > 0
            ? titleIssuers
            : meta['发文机关']
              ? [meta['发文机关']]
              : [],
    titleIssuers,
  );
  const issuer = issuers[0] ?? null;
  if (issuer && meta['发文机关'] && !sameOrg(issuer, meta['发文机关'])) {
    findings.push({
      rule: 'source-conflict',
      severity: 'info',
      message: `网页信息表的发文机关“${meta['发文机关']}”与公文的版头或署名“${issuer}”不一致，已采用“${issuer}”（信息表常写发布网页的办公室）。`,
    });
  }

  const title = headerTitle ?? plausibleTitle(meta['标题'] ?? meta['信息名称'] ?? meta['文件名称'] ?? titleLineNearTop(prepared.lines));
  // A web page's 成文日期 often differs from the document's own (its publishing date): never used.
  // A 成文日期 that lost its 年 and 月 may read two ways ("2022128"); the page cannot have published it earlier. One
  // that reads one way only ("2026年18": 18月 is none) is read so.
  const published = findDate(meta['发布时间'] ?? meta['发布日期'] ?? '')?.iso ?? LATEST_DATE;
  const unsplit = !closing.signedDate && closing.signedDateRaw ? lostMarksDateBefore(closing.signedDateRaw, published) : null;
  const signedDate = closing.signedDate ?? unsplit ?? header.headerDate?.iso ?? null;
  const signedDateRaw = closing.signedDateRaw ?? header.headerDate?.raw ?? null;
  // Numbers and words the notice itself writes outside its body, kept beside the web page's fields.
  const metadata = {
    ...meta,
    ...(header.period ? { 期号: header.period } : {}),
    ...(closing.subjectWords ? { 主题词: closing.subjectWords } : {}),
  };
  const body = [...bodyParagraphs, ...appendixParagraphs].map((p) => p.text).join('\n');
  const unplaced = closing.unplaced.map((group) => group.map((l) => l.text).join('\n'));
  // A page's links to files after the text ("【PDF版】甲政字〔2024〕8号 关于….pdf") name the files, and cite nothing.
  const cited = unplaced.map((text) => text.replace(FILE_LINK_LINES, ''));
  const { citations, laws } = findCitations([body, ...cited].join('\n'), docNumberMatch?.docNumber.text ?? null);

  // A last item cut before its first 。 is left out of the clauses and reported here, attachment or body.
  const truncated =
    (closing.signatureLines.length === 0 && !closing.signedDate ? truncatedEnding(bodyParagraphs) : null) ??
    (tree.cut ? truncatedEnding([tree.cut]) : null);
  if (truncated) findings.push(truncated);

  return {
    issuer,
    issuers,
    issuerMark: header.issuerMark,
    docNumber: docNumberMatch?.docNumber ?? null,
    docNumberRaw: docNumberMatch?.raw ?? null,
    title,
    docKind: title ? docKindOfTitle(title) : null,
    recipients: tidyAddressees(header.recipients.length > 0 ? header.recipients : closing.recipients),
    signers: header.signers,
    urgency: header.urgency,
    secrecy: header.secrecy,
    secrecyTerm: header.secrecyTerm,
    copyNumber: header.copyNumber,
    attachments: closing.attachments,
    signature: closing.signatureLines.length > 0 ? closing.signatureLines.join(' ') : null,
    signedDate,
    signedDateRaw,
    remark: closing.remark,
    cc: closing.cc,
    printer: closing.printer,
    printedDate: closing.printedDate,
    body,
    clauses: tree.clauses,
    citations,
    laws,
    unplaced,
    metadata,
    findings,
  };
}

/**
 * The longest 转发 chains' titles stay well under 200 characters; a longer one is body text that lost its
 * boundaries (a damaged paste), which every later step (register, draft titles) would carry.
 */
const TITLE_MAX = 200;

/**
 * A title ends with its 文种 or a plan's name: a chosen line that does not (a site's name, a bulletin's masthead,
 * a column's heading) gives way to a line above the body written as a title, when there is one. A title writes
 * no comma outside its quotations and brackets: a line that does is a sentence ("根据《…》,甲县某委决定"), never
 * the title.
 */
function titleShaped(title: string | null, lines: readonly SourceLine[]): string | null {
  if (!title) return title;
  if (SENTENCE_COMMA.test(withoutStrayCommas(title).replace(QUOTED, ''))) return plausibleTitle(titleLineNearTop(lines));
  if (TITLE_END.test(title)) return title;
  return plausibleTitle(titleLineNearTop(lines)) ?? title;
}
const SENTENCE_COMMA = /[，,]/;
/** What a title quotes or notes: a cited document's name, a term in quotation marks, a qualifier. */
const QUOTED = /《[^《》]*》|“[^“”]*”|[（(][^（）()]*[）)]/g;

function plausibleTitle(title: string | null): string | null {
  return title && title.length <= TITLE_MAX ? tidyTitle(title) : null;
}
