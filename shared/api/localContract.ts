/**
 * Methods only a host on the archive's own machine serves, in-process: the command line. They name
 * files and folders by local path, or take 本机关 settings from a file instead of the archive, so they
 * are never offered to a window or a browser (they are not in METHOD_LIST: the preload, IPC and the
 * HTTP host do not know them).
 */
import { z } from 'zod';
import { organizationSchema } from '../drafting/organization';
import type { Finding } from '../domain/notice';
import type { ImportOutcome, NoticeRef } from './archiveContract';
import type { FilePayload } from './binary';
import { cataloguePages, isoDate, noticeId, noticeLayout } from './fields';
import { method } from './method';
import type { UnitTask } from './searchContract';

export interface ImportSummary {
  imported: number;
  alreadyPresent: number;
  possibleDuplicates: number;
  failed: number;
  /** Entries of the given folders left out, each with the reason (not a notice format, hidden, a link, a device…). */
  skipped: SkippedEntry[];
  outcomes: ImportOutcome[];
}

export interface SkippedEntry {
  path: string;
  /** Why, in Chinese. */
  reason: string;
}

/** One file of an import: heard when it starts being read (`reading`), and when it is stored (`outcome`). */
export interface ImportProgress {
  /** 1-based position of this file in the batch. */
  index: number;
  total: number;
  /** The file now being read; null in the report of a stored file. */
  reading: string | null;
  /** Of a scan being read: the page now read, of how many. */
  scanPage?: { page: number; pages: number };
  /** The stored file's outcome; null while it is being read. */
  outcome: ImportOutcome | null;
}

/** A generated .docx with the 公文校对 findings of a notice (shown on the command line, not written into the file). */
export interface GeneratedFile extends FilePayload {
  findings: Finding[];
  /** For a notice: the draft it was written from. */
  drafted?: { title: string; clauses: number };
}

const localPath = z.string().min(1, '缺少文件路径').max(4096, '路径过长');
const templateId = z.string().trim().min(1).max(60).optional();
/** 本机关 from a file (--org); without it the settings stored in the archive are used. */
const organization = organizationSchema.optional();

export const generateWithSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('notice'),
    upstreamId: noticeId,
    organization,
    templateId,
    signedDate: isoDate.optional(),
    /** An office's own .docx template (套红) to write the notice into. */
    templateFile: localPath.optional(),
    /** The issuing identity (本机关 profile) to draft under. */
    profileId: z.string().trim().min(1).max(40).optional(),
    ...noticeLayout,
  }),
  z.object({ kind: z.literal('task-table'), noticeId, organization, templateId }),
  z.object({ kind: z.literal('routing-slip'), noticeId, organization, templateId }),
  z.object({ kind: z.literal('catalogue'), year: z.number().int().min(1949).max(2100), templateId, pages: cataloguePages }),
  z.object({
    kind: z.literal('unit-tasks'),
    unit: z.string().trim().min(1).max(100),
    noticeIds: z.array(noticeId).max(1000).optional(),
    templateId,
  }),
]);

export const localContract = {
  /** Files and folders (recursively); `onImportProgress` of the in-process client hears each file. */
  'archive.importPaths': method(z.object({ paths: z.array(localPath).min(1, '请给出要导入的文件或文件夹') }))<ImportSummary>(),
  /** The archived notices a reference names: an id, or a 文号 (several when issuers share it). */
  'archive.find': method(z.object({ reference: z.string().trim().min(1).max(200) }))<{ notices: NoticeRef[] }>(),
  /** A unit's tasks (any alias; tasks given to a group it belongs to marked with `via`), with the units the name was read as. */
  'units.assignments': method(z.object({ name: z.string().trim().min(1).max(100) }))<{
    units: string[];
    tasks: UnitTask[];
  }>(),
  'backup.backupTo': method(z.object({ path: localPath }))<{ path: string; size: number }>(),
  'backup.restoreFrom': method(z.object({ path: localPath }))<{ restoredFrom: string; safetyBackup: string }>(),
  'documents.generateWith': method(generateWithSchema)<GeneratedFile>(),
};

export type LocalContract = typeof localContract;
