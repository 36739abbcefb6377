/**
 * Import: files (by path, or bytes from the UI), folders and pasted text become archived notices. Each one
 * is extracted and parsed first, then stored, registered (收文登记), linked and indexed inside one
 * transaction, so a crash leaves either the whole notice or nothing. The same content twice is "already
 * present"; a new text whose issuer and 文号 are already archived is kept and flagged as a possible
 * duplicate for the clerk to decide.
 *
 * A batch of files is prepared ahead on a worker thread (batch/filePreparer.ts) and commits in groups (up
 * to GROUP_FILES files or GROUP_MS of work per transaction): every commit makes SQLite's full-text index
 * write a new segment, which costs more than indexing the notice, so grouping is what lets a large import
 * keep pace. A notice is still never split across transactions, a file is reported only once its group has
 * committed, and if one file's writes fail the group is rolled back and redone file by file so that only
 * that file fails.
 */
import { basename } from 'node:path';
import type { ImportOutcome, NoticeRef } from '../../../../shared/api/archiveContract';
import { parseDocNumber } from '../../../../shared/domain/docNumber';
import { collectFiles } from '../../import/collectFiles';
import { extractTextFromBytes } from '../../import/extractText';
import type { ArchiveContext } from '../archiveContext';
import { filePreparer } from '../batch/filePreparer';
import { timestamp } from '../clock';
import { failedImport, prepareNotice, sha256, type ImportSource, type PreparedNotice } from '../preparedNotice';
import { foldForSearch } from '../search/searchText';
import type { CitationLinker } from './citationLinker';
import type { RegistrationService } from './registrationService';

export type { ImportSource } from '../preparedNotice';

const GROUP_FILES = 64;
const GROUP_MS = 500;
/** Below this many files a worker thread costs more to start than it saves. */
const WORKER_MIN_FILES = 20;
/** How many files are prepared ahead: enough to keep the worker busy while a whole group is being written. */
const PREPARE_AHEAD = 2 * GROUP_FILES;

export interface ImportSummary {
  imported: number;
  alreadyPresent: number;
  possibleDuplicates: number;
  failed: number;
  /** Files in the given folders that are not .txt/.docx/.pdf. */
  skipped: string[];
  outcomes: ImportOutcome[];
}

export interface ImportProgress {
  /** 1-based position of this file in the batch. */
  index: number;
  total: number;
  outcome: ImportOutcome;
}

const describe = (ref: NoticeRef) => `${ref.title ? `《${ref.title}》` : '一份公文'}${ref.docNumber ? `（${ref.docNumber}）` : ''}`;

/** The disk or the database itself failing (full, I/O error, locked too long): stop rather than fail every file. */
function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return /^SQLITE_(FULL|IOERR|BUSY|LOCKED|READONLY|CORRUPT|NOTADB|CANTOPEN)/.test(code);
}

export function importService(ctx: ArchiveContext, linker: CitationLinker, registration: RegistrationService) {
  const { db, repos, clock } = ctx;
  const { notices, clauses, citations, searchIndex, audit } = repos;

  /** Every write of one notice; the caller holds the transaction. */
  function write({ source, parsed, contentHash, parsedRecord, clauseSpans: spans, tokens, register }: PreparedNotice): ImportOutcome {
    const docNumber = parsed.docNumber?.text ?? null;
    const base = { fileName: source.fileName, docNumber, title: parsed.title, duplicates: [] as NoticeRef[] };
    const existing = notices.findByHash(contentHash);
    if (existing) {
      const where = existing.deletedAt ? '已在回收站中，可从回收站恢复' : '已存档';
      return { ...base, status: 'already_present', noticeId: existing.id, message: `内容相同的公文${where}` };
    }
    const issuerKey = parsed.issuer ? foldForSearch(parsed.issuer) : null;
    const duplicates = docNumber ? notices.sameIdentity(0, issuerKey, docNumber) : [];
    const agencyCode = parsed.docNumber?.agencyCode ?? null;
    const agencyIssuersBefore = agencyCode ? notices.issuerCountOfAgency(agencyCode) : 0;
    const at = timestamp(clock);
    const id = notices.insert({
      contentHash,
      issuer: parsed.issuer,
      issuerKey,
      docNumber,
      agencyCode,
      docYear: parsed.docNumber?.year ?? null,
      docSerial: parsed.docNumber?.serial ?? null,
      title: parsed.title,
      docKind: parsed.docKind,
      signedDate: parsed.signedDate,
      year: parsed.signedDate ? Number(parsed.signedDate.slice(0, 4)) : (parsed.docNumber?.year ?? null),
      secrecy: parsed.secrecy,
      urgency: parsed.urgency,
      parsed: parsedRecord,
      originalText: source.text,
      sourceName: source.fileName,
      sourceFormat: source.format,
      possibleDuplicate: duplicates.length > 0,
      importedAt: at,
      clauseSpans: spans,
    });
    if (source.bytes) {
      const bytes = Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
      const sameAsText = source.format === 'txt' && Buffer.from(source.text, 'utf8').equals(bytes);
      notices.insertFile(id, { fileName: basename(source.fileName), size: bytes.length, sha256: sha256(bytes), bytes: sameAsText ? null : Buffer.from(bytes) });
    }
    clauses.insertAll(id, parsed.clauses);
    citations.insertAll(
      id,
      parsed.citations.map((c) => ({ docNumber: c.docNumber, agencyCode: parseDocNumber(c.docNumber)?.docNumber.agencyCode ?? null, title: c.title })),
    );
    linker.noticeAdded(id, docNumber, agencyCode, agencyIssuersBefore);
    searchIndex.index(id, tokens);
    if (register) registration.registerArrival(id, parsed);
    audit.record({ at, noticeId: id, action: 'import', field: null, before: null, after: source.fileName });
    if (duplicates.length > 0) {
      return {
        ...base, status: 'possible_duplicate', noticeId: id, duplicates,
        message: `与已存档的${describe(duplicates[0])}发文机关和文号相同，可能重复，请核对后决定保留或删除`,
      };
    }
    return { ...base, status: 'imported', noticeId: id, message: null };
  }

  const writeAlone = db.transaction(write);

  /** Writes one notice in its own transaction; a write the database refuses fails this file only. */
  function storeAlone(item: PreparedNotice | ImportOutcome): ImportOutcome {
    if ('status' in item) return item;
    try {
      return writeAlone.immediate(item);
    } catch (error) {
      if (isStorageFailure(error)) throw error;
      return failedImport(item.source.fileName, `写入档案库时出错（${error instanceof Error ? error.message : String(error)}），这份公文没有写入任何内容`);
    }
  }

  /** Writes a group in one transaction; if any write fails, the group is redone file by file. */
  function storeGroup(items: (PreparedNotice | ImportOutcome)[]): ImportOutcome[] {
    try {
      return db.transaction(() => items.map((item) => ('status' in item ? item : write(item)))).immediate();
    } catch (error) {
      if (isStorageFailure(error)) throw error;
      return items.map(storeAlone);
    }
  }

  /**
   * Parses and stores extracted text; any failure is this source's outcome, never a throw. Our own
   * issued notices (发文) are filed with `register: false`: they are not 收文 and take no 收文编号.
   */
  function importSource(source: ImportSource, options: { register?: boolean } = {}): ImportOutcome {
    return storeAlone(prepareNotice(source, options.register ?? true));
  }

  return {
    importSource,

    /** Pasted text (the API's import of what a clerk copied from a web page or PDF). */
    importText(args: { text: string; fileName?: string }): ImportOutcome {
      return importSource({ fileName: args.fileName ?? '粘贴的文字', format: 'paste', text: args.text, bytes: null });
    },

    /** A file the UI read (drag-and-drop, file picker). */
    async importFile(args: { fileName: string; bytes: Uint8Array }): Promise<ImportOutcome> {
      const extracted = await extractTextFromBytes(args.bytes, args.fileName);
      if (!extracted.ok) return failedImport(args.fileName, extracted.error);
      return importSource({ fileName: args.fileName, format: extracted.format, text: extracted.text, bytes: args.bytes });
    },

    /** Files and folders (recursively) from the command line; each file stands alone, the batch goes on. */
    async importPaths(paths: string[], onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
      const { files, skipped } = await collectFiles(paths);
      const summary: ImportSummary = { imported: 0, alreadyPresent: 0, possibleDuplicates: 0, failed: 0, skipped, outcomes: [] };
      let group: (PreparedNotice | ImportOutcome)[] = [];
      let groupStarted = 0;
      const commit = () => {
        for (const outcome of storeGroup(group)) {
          summary.outcomes.push(outcome);
          if (outcome.status === 'imported') summary.imported++;
          else if (outcome.status === 'already_present') summary.alreadyPresent++;
          else if (outcome.status === 'possible_duplicate') summary.possibleDuplicates++;
          else summary.failed++;
          onProgress?.({ index: summary.outcomes.length, total: files.length, outcome });
        }
        group = [];
      };
      const preparer = filePreparer(files.length >= WORKER_MIN_FILES ? undefined : null);
      try {
        // Files are prepared ahead (on the worker's core) while earlier ones are written.
        const ahead = files.slice(0, PREPARE_AHEAD).map((path) => preparer.prepare(path));
        for (let i = 0; i < files.length; i++) {
          if (group.length === 0) groupStarted = performance.now();
          group.push(await ahead.shift()!);
          if (i + PREPARE_AHEAD < files.length) ahead.push(preparer.prepare(files[i + PREPARE_AHEAD]));
          if (group.length >= GROUP_FILES || performance.now() - groupStarted >= GROUP_MS) commit();
        }
      } finally {
        await preparer.close();
      }
      if (group.length > 0) commit();
      const added = summary.imported + summary.possibleDuplicates;
      // A large batch leaves the full-text index in many segments; merging them once keeps searches fast.
      if (added >= 500 || (added >= 50 && added * 4 >= notices.countLive())) searchIndex.optimize();
      return summary;
    },
  };
}

export type ImportService = ReturnType<typeof importService>;
