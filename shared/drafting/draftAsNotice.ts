/**
 * A draft seen as a notice: the plain text it files into the archive (laid out like a received
 * notice, so the archive's parser reads it back), and a ParsedNotice view built from the draft's own
 * structure for 公文校对 and coverage — lint findings point at lines of that text.
 */
import { docKindOfTitle } from '../domain/docKind';
import { parseDocNumber } from '../domain/docNumber';
import type { Clause, ParsedNotice } from '../domain/notice';
import type { Draft } from './draft';
import { draftDocNumberText, draftToNoticeDocument } from './draftRender';
import type { NoticeTemplate } from './templates';

export interface DraftText {
  text: string;
  /** 1-based line of each rendered clause, in rendering order. */
  clauseLines: number[];
}

/** The draft as the text of a notice: 版头, title, 主送, 正文, 附件说明, 署名, 日期, 附注, 版记. */
export function draftToText(draft: Draft, template: NoticeTemplate): DraftText {
  const doc = draftToNoticeDocument(draft, template);
  const lines: string[] = [];
  const clauseLines: number[] = [];
  if (doc.issuerMark) lines.push(doc.issuerMark);
  if (doc.docNumber) lines.push(doc.docNumber);
  lines.push(doc.title);
  if (doc.recipients.length > 0) lines.push(`${doc.recipients.join('，')}：`);
  for (const block of doc.body) {
    if (block.kind === 'paragraph') {
      lines.push(block.text);
      continue;
    }
    clauseLines.push(lines.length + 1);
    const [first, ...more] = `${block.heading}${block.rest}`.split('\n');
    lines.push(`${block.marker}${first}`);
    lines.push(...more);
    if (block.unitsNote) lines[lines.length - 1] += block.unitsNote;
  }
  if (doc.attachments.length === 1) lines.push(`附件：${doc.attachments[0]}`);
  if (doc.attachments.length > 1) doc.attachments.forEach((a, i) => lines.push(`${i === 0 ? '附件：' : '　　　'}${i + 1}．${a}`));
  if (doc.signature) lines.push(doc.signature);
  if (doc.signedDate) lines.push(doc.signedDate);
  if (doc.remark) lines.push(doc.remark);
  if (doc.cc.length > 0) lines.push(`抄送：${doc.cc.join('，')}。`);
  if (doc.printer || doc.printedDate) lines.push(`${doc.printer ?? ''}　　${doc.printedDate ? `${doc.printedDate}印发` : ''}`.trim());
  return { text: `${lines.join('\n')}\n`, clauseLines };
}

/**
 * The draft as a ParsedNotice, for lint and coverage. A 文号 not yet drawn from the register stands
 * as 机关代字〔year〕 with serial 0, so the year is still checked against the 成文日期.
 */
export function draftToParsedNotice(draft: Draft, template: NoticeTemplate): ParsedNotice {
  const doc = draftToNoticeDocument(draft, template);
  const { clauseLines } = draftToText(draft, template);
  const docNumberMatch = draft.docNumber ? parseDocNumber(draft.docNumber) : null;
  const year = Number(/〔(\d{4})〕/.exec(draftDocNumberText(draft))?.[1]);
  const provisional = year ? { text: draftDocNumberText(draft), agencyCode: draft.agencyCode, year, serial: 0 } : null;
  const clauses: Clause[] = [];
  const parents: number[] = [];
  let k = 0;
  for (const block of doc.body) {
    if (block.kind !== 'clause') continue;
    const source = draft.clauses.filter((c) => c.status !== 'dropped')[k];
    parents.length = block.level - 1;
    const parentIndex = [...parents].reverse().find((p) => p !== undefined) ?? null;
    const fullText = `${block.heading}${block.rest}${block.unitsNote}`;
    clauses.push({
      level: block.level,
      number: block.number,
      marker: block.marker,
      path: block.path,
      heading: (block.level === 1 ? block.heading : fullText.split(/[。\n]/)[0]) || fullText.slice(0, 40),
      text: fullText,
      units: source.units.map((u) => ({ name: u.name, role: u.role })),
      inheritedUnits: [],
      parentIndex: block.level === 1 ? null : parentIndex,
      line: clauseLines[k],
    });
    parents[block.level - 1] = clauses.length - 1;
    k++;
  }
  const upstream = draft.upstream;
  return {
    issuer: draft.issuer,
    issuers: [draft.issuer],
    issuerMark: doc.issuerMark,
    docNumber: draft.docNumber ? (docNumberMatch?.docNumber ?? null) : provisional,
    docNumberRaw: draft.docNumber,
    title: draft.title,
    docKind: docKindOfTitle(draft.title),
    recipients: doc.recipients,
    signers: [],
    urgency: draft.urgency,
    secrecy: draft.secrecy,
    secrecyTerm: draft.secrecyTerm,
    copyNumber: draft.copyNumber,
    attachments: doc.attachments,
    signature: doc.signature,
    signedDate: draft.signedDate,
    signedDateRaw: doc.signedDate,
    remark: doc.remark,
    cc: doc.cc,
    printer: doc.printer,
    printedDate: draft.printedDate,
    body: doc.body.map((b) => (b.kind === 'paragraph' ? b.text : `${b.marker}${b.heading}${b.rest}${b.unitsNote}`)).join('\n'),
    clauses,
    citations: upstream?.docNumber ? [{ docNumber: upstream.docNumber, title: upstream.title || null }] : [],
    laws: [],
    unplaced: [],
    metadata: {},
    findings: [],
  };
}
