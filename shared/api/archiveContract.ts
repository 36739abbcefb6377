/**
 * The archive domain of the API: importing notices (files and pasted text), listing and opening them,
 * possible duplicates, the recycle bin and each notice's history.
 */
import { z } from 'zod';
import type { Finding, ParsedNotice } from '../domain/notice';
import type { ScanReading } from '../domain/scanReading';
import type { FilePayload } from './binary';
import { bytesSchema, noticeId, type Retention, type Status } from './fields';
import type { Stage } from './supervisionVocabulary';
import { method } from './method';

/** What happened to one imported file or pasted text. */
export interface ImportOutcome {
  fileName: string;
  status: 'imported' | 'already_present' | 'possible_duplicate' | 'failed';
  noticeId: number | null;
  docNumber: string | null;
  title: string | null;
  /** Why it failed, or what it duplicates, in Chinese. */
  message: string | null;
  /** Archived notices with the same issuer and 文号 (for possible duplicates). */
  duplicates: NoticeRef[];
}

/** A short reference to an archived notice. */
export interface NoticeRef {
  id: number;
  docNumber: string | null;
  title: string | null;
  issuer: string | null;
}

/** One line of 收文登记簿: what the register table shows, sorts and filters. */
export interface NoticeRow {
  id: number;
  registrationNumber: string | null;
  receivedDate: string | null;
  sender: string | null;
  docNumber: string | null;
  title: string | null;
  docKind: string | null;
  signedDate: string | null;
  secrecy: string | null;
  urgency: string | null;
  dueDate: string | null;
  handler: string | null;
  status: Status;
  /** Where the notice stands in 收文办理 (登记 → 拟办 → 批办 → 承办 → 办结). */
  stage: Stage;
  archivalCode: string | null;
  retention: Retention | null;
  possibleDuplicate: boolean;
}

/** Where a page of the register starts: after the row with this 收文 date and id (a row of the page before). */
export interface RegisterCursor {
  receivedDate: string | null;
  id: number;
}

/** 收文登记 of a notice. */
export interface Registration {
  registrationNumber: string | null;
  sender: string | null;
  receivedDate: string | null;
  copies: number | null;
  secrecy: string | null;
  urgency: string | null;
  dueDate: string | null;
  handler: string | null;
  proposal: string | null;
  status: Status;
  outcome: string | null;
  note: string | null;
}

/** 归档: 年度, 保管期限, 机构（问题）, 件号 and the composed 档号. */
export interface Filing {
  year: number;
  retention: Retention;
  department: string | null;
  itemNumber: number;
  archivalCode: string;
}

/** A citation of this notice seen from the archive: linked, not archived yet, or ambiguous. */
export interface LineageLink {
  docNumber: string;
  title: string | null;
  state: 'linked' | 'missing' | 'ambiguous';
  /** The archived notice(s): one when linked, several when ambiguous. */
  candidates: NoticeRef[];
}

export interface NoticeDetail {
  id: number;
  notice: ParsedNotice;
  /** The text as received, shown beside the structure. */
  originalText: string;
  /** The original file kept in the archive, when it came from a file. */
  sourceFile: { fileName: string; size: number } | null;
  importedAt: string;
  /** Parse and lint findings together. */
  findings: Finding[];
  registration: Registration;
  filing: Filing | null;
  /** Notices this one cites (up) and notices that cite this one (down). */
  lineage: { upstream: LineageLink[]; downstream: NoticeRef[] };
  /** Other archived notices with the same issuer and 文号. */
  duplicates: NoticeRef[];
  /** Each responsible unit as written here → the organization it is in this notice's jurisdiction (机构名录). */
  organizations: Record<string, string>;
}

export interface HistoryEntry {
  at: string;
  action: string;
  field: string | null;
  before: string | null;
  after: string | null;
}

export interface DeletedNotice extends NoticeRef {
  deletedAt: string;
}

/** The received file as pages: how many page images it has (0 for .txt/.docx), and OCR's reading if it was a scan. */
export interface OriginalPages {
  pages: number;
  scan: ScanReading | null;
}

/** A scan being read by OCR during an import: which file, which page of how many. */
export interface ScanProgress {
  fileName: string;
  page: number;
  pages: number;
}

const fileName = z.string().trim().min(1, '缺少文件名').max(255, '文件名过长');

export const archiveContract = {
  'archive.importFile': method(z.object({ fileName, bytes: bytesSchema }))<ImportOutcome>(),
  'archive.importText': method(
    z.object({
      text: z.string().trim().min(1, '请先粘贴公文的文字').max(5_000_000, '文字过长'),
      fileName: fileName.optional(),
    }),
  )<ImportOutcome>(),
  /**
   * The register: every live notice, newest 收文 first; `limit` gives only the first rows (the first screen)
   * or a page, `after` the rows after a row of the page before (its 收文 date and id).
   */
  'archive.listNotices': method(
    z.object({
      limit: z.number().int().min(1).optional(),
      after: z.object({ receivedDate: z.string().nullable(), id: z.number().int() }).optional(),
    }),
  )<{ rows: NoticeRow[]; total: number }>(),
  'archive.getNotice': method(z.object({ id: noticeId }))<NoticeDetail>(),
  'archive.originalFile': method(z.object({ id: noticeId }))<FilePayload>(),
  /** Decide on a possible duplicate: keep both, or move this one to the recycle bin. */
  'archive.resolveDuplicate': method(z.object({ id: noticeId, decision: z.enum(['keep', 'discard']) }))<{ id: number }>(),
  'archive.delete': method(z.object({ id: noticeId }))<{ id: number }>(),
  'archive.listDeleted': method(z.object({}))<{ notices: DeletedNotice[] }>(),
  'archive.restore': method(z.object({ id: noticeId }))<{ id: number }>(),
  'archive.purge': method(z.object({ id: noticeId }))<{ id: number }>(),
  'archive.history': method(z.object({ id: noticeId }))<{ entries: HistoryEntry[] }>(),
  'archive.originalPages': method(z.object({ id: noticeId }))<OriginalPages>(),
  /** One page of the received file as a PNG (200 dpi), the frame OCR's boxes refer to. */
  /** The scan an import is reading now (null when none): asked while a file is imported. */
  'archive.scanProgress': method(z.object({}))<{ reading: ScanProgress | null }>(),
  /** Stops the scans being read before their next page; that file then fails with a reason, nothing is written. */
  'archive.cancelScan': method(z.object({}))<{ cancelled: boolean }>(),
  'archive.pageImage': method(z.object({ id: noticeId, page: z.number().int().min(1, '页码从 1 开始').max(10_000) }))<FilePayload>(),
};
