/**
 * Import: files (by path, or bytes from the UI), folders and pasted text become archived notices. Each one
 * is extracted and parsed first, then stored, registered (收文登记), linked and indexed inside one
 * unit of work, so a crash leaves either the whole notice or nothing. The same content twice is "already
 * present"; a new text whose issuer and 文号 are already archived is kept and flagged as a possible
 * duplicate for the clerk to decide.
 *
 * Files are read and parsed in a reader process with memory and time limits (batch/filePreparer.ts), so a
 * hostile file fails alone. A batch is prepared ahead, at most READ_AHEAD_BYTES of files at a time so
 * memory stays bounded whatever the folder holds, and commits in groups (up to GROUP_FILES files,
 * GROUP_BYTES of files or GROUP_MS of work per unit of work): every commit costs the store far more than
 * one notice's rows (SQLite's full-text index writes a new segment), so grouping is what lets a large
 * import keep pace. A notice is still never split across units of work, a file is reported only once its
 * group has committed, and if one file's writes fail the group is rolled back and redone file by file so
 * that only that file fails. A failure of the storage itself stops the import instead.
 */
import { statSync } from 'node:fs';
import type { ImportOutcome, NoticeRef } from '../../../../shared/api/archiveContract';
import type { ImportProgress, ImportSummary } from '../../../../shared/api/localContract';
import { parseDocNumber } from '../../../../shared/domain/docNumber';
import { collectFiles } from '../../import/collectFiles';
import { extractTextFromBytes, formatOfFileName } from '../../import/extractText';
import { beginScan } from '../../ocr/scanActivity';
import type { ArchiveRepositories } from '../../store/archiveRepositories';
import type { CoreRepositories } from '../../store/coreRepositories';
import type { ResolvedIdsOf, UnitResolution } from '../../units/unitResolution';
import { ArchiveReplacedError } from '../../backup/archiveState';
import { StorageFailure } from '../../store/store';
import type { ArchiveContext } from '../archiveContext';
import { WORKER_URL, filePreparer, type FilePreparer } from '../batch/filePreparer';
import { collectGarbage } from '../../process/collectGarbage';
import { logUnexpected } from '../../process/logUnexpected';
import { timestamp } from '../clock';
import { decodeParsed } from '../parsedRecord';
import { archivingDay, failedImport, prepareNotice, type ImportSource, type PreparedNotice } from '../preparedNotice';
import { foldForSearch } from '../search/searchText';
import type { IndexMerging } from '../search/indexMerging';
import type { IndexTokens } from '../search/searchTokens';
import type { ScanOptions } from '../../ocr/recognizeScan';
import { textDuesOf } from '../../supervision/clauseDeadlines';
import { noticeTasks } from '../../supervision/noticeTasks';
import { citationLinker } from './citationLinker';
import type { RegistrationService } from './registrationService';

export type { ImportSource } from '../preparedNotice';

/**
 * Small notices fill a group by time (GROUP_MS) before this count. Each commit adds a segment to every
 * full-text table: 64 files a group made up to four times as many segments to merge (with migration 34's
 * sixteen-wide merges, the commits take 0.28 ms of CPU a notice where they took 0.55; 20,000 notices' index alone).
 */
export const GROUP_FILES = 256;
const GROUP_MS = 500;
const GROUP_BYTES = 64 * 1024 * 1024;
/** A plain-text upload below this size is parsed here; anything else goes to the reader process, where it cannot hurt. */
const WORKER_MIN_TEXT_BYTES = 512 * 1024;
/** How many files are prepared ahead: enough to keep the reader busy while a whole group is being written… */
const PREPARE_AHEAD = 2 * GROUP_FILES;
/**
 * …but never more than this much of them at once: a prepared file holds several times its size (its bytes,
 * its text, its index tokens), so two 20 MB files are never waiting at once and a batch of them stays
 * within 1 GB with its reader.
 */
const READ_AHEAD_BYTES = 32 * 1024 * 1024;
/** A committed group at least this large is collected at once (a full collection takes well under a second). */
const COLLECT_BYTES = 16 * 1024 * 1024;

/** What a prepared file holds in memory: its bytes, and its text and index tokens (UTF-16). */
const sizeOf = (item: PreparedNotice | ImportOutcome) =>
  'status' in item
    ? 0
    : (item.file?.bytes?.byteLength ?? 0) + (item.source.text.length + item.tokens.body.length + item.tokens.head.length) * 2;
/**
 * A file's size for the read-ahead budget, asked for at once: a local stat takes a few µs where the promise
 * version's round trip through the thread pool took about 50 µs of the core's CPU a file.
 */
function fileSize(path: string): number {
  try {
    return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  } catch {
    return 0;
  }
}

/**
 * The clause deadlines as the reader read them, unless they count from the archiving day and the day changed
 * between reading and writing (or the archive's clock is not the reader's): then read again, from the record.
 */
function textDuesAt({ parsed, parsedRecord, source, clauseTextDues }: PreparedNotice, at: string): (string | null)[] {
  const from = parsed.signedDate ?? archivingDay(at);
  if (clauseTextDues.from === from) return clauseTextDues.dues;
  return textDuesOf(
    decodeParsed(parsedRecord, source.text).clauses.map((c) => c.text),
    from,
  );
}

/** A written notice's search index entry, written at the end of its unit of work. */
interface IndexEntry {
  noticeId: number;
  tokens: IndexTokens;
}

const describe = (ref: NoticeRef) => `${ref.title ? `《${ref.title}》` : '一份公文'}${ref.docNumber ? `（${ref.docNumber}）` : ''}`;

export function importService(
  ctx: ArchiveContext,
  registration: RegistrationService,
  resolution: UnitResolution,
  merging: Pick<IndexMerging, 'start'>,
  readerUrl: URL = WORKER_URL,
) {
  const { store, clock } = ctx;
  let uploads: FilePreparer | null = null;

  /**
   * Every write of one notice but its search index entries, which are added to `toIndex` for `indexAll`; the
   * caller holds the unit of work.
   */
  async function write(
    tx: CoreRepositories,
    prepared: PreparedNotice,
    toIndex: IndexEntry[],
    resolvedIdsOf: ResolvedIdsOf,
  ): Promise<ImportOutcome> {
    const { source, file, parsed, contentHash, parsedRecord, clauseSpans: spans, tokens, register } = prepared;
    const { notices } = tx;
    const docNumber = parsed.docNumber?.text ?? null;
    const base = { fileName: source.fileName, docNumber, title: parsed.title, duplicates: [] as NoticeRef[] };
    const existing = await notices.findByHash(contentHash);
    if (existing) {
      const where = existing.deletedAt ? '已在回收站中，可从回收站恢复' : '已存档';
      return { ...base, status: 'already_present', noticeId: existing.id, message: `内容相同的公文${where}` };
    }
    const issuerKey = parsed.issuer ? foldForSearch(parsed.issuer) : null;
    const duplicates = docNumber ? await notices.sameIdentity(0, issuerKey, docNumber) : [];
    const agencyCode = parsed.docNumber?.agencyCode ?? null;
    const agencyIssuersBefore = agencyCode ? await notices.issuerCountOfAgency(agencyCode) : 0;
    const at = timestamp(clock);
    const id = await notices.insert({
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
    if (file) {
      const bytes = file.bytes && Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
      await notices.insertFile(id, { ...file, bytes });
    }
    if (source.scan) await tx.scanReadings.insert(id, source.scan);
    // Clause units are stored resolved: resolving them afterwards would write every row twice.
    const textDues = textDuesAt(prepared, at);
    const clauseUnits = await tx.clauses.insertAll(
      id,
      parsed.clauses,
      textDues,
      await resolvedIdsOf({ issuer: parsed.issuer, agencyCode, clauses: parsed.clauses }),
    );
    await tx.citations.insertAll(
      id,
      parsed.citations.map((c) => ({
        docNumber: c.docNumber,
        agencyCode: parseDocNumber(c.docNumber)?.docNumber.agencyCode ?? null,
        title: c.title,
      })),
    );
    await citationLinker.noticeAdded(tx, id, docNumber, agencyCode, agencyIssuersBefore);
    toIndex.push({ noticeId: id, tokens });
    if (register) {
      const { dueDate } = await registration.registerArrival(tx, id, parsed);
      await tx.supervision.insertTasks(
        id,
        noticeTasks(clauseUnits, (position) => textDues[position] ?? dueDate),
        at,
      );
    }
    await tx.audit.record({ at, noticeId: id, action: 'import', field: null, before: null, after: source.fileName });
    if (duplicates.length > 0) {
      return {
        ...base,
        status: 'possible_duplicate',
        noticeId: id,
        duplicates,
        message: `与已存档的${describe(duplicates[0])}发文机关和文号相同，可能重复，请核对后决定保留或删除`,
      };
    }
    return { ...base, status: 'imported', noticeId: id, message: null };
  }

  /**
   * The search index entries of a unit of work's notices, written after all their other rows: FTS5 writes
   * what it holds in memory as a new segment whenever a statement opens a savepoint (an UPDATE of a table
   * with foreign keys does), so rows written after them would cut a group's one segment into one per
   * notice, and every segment costs merging later (at 2,000 notices the import spent twice the index's CPU).
   */
  async function indexAll(tx: CoreRepositories, entries: IndexEntry[]): Promise<void> {
    for (const { noticeId, tokens } of entries) await tx.searchIndex.index(noticeId, tokens);
  }

  /** Stops a batch that a restore overtook: what it wrote before is no longer in the archive. */
  async function checkGeneration(tx: ArchiveRepositories, generation: string | undefined): Promise<void> {
    if (generation !== undefined && (await tx.archiveState.generation()) !== generation) throw new ArchiveReplacedError();
  }

  /** Writes one notice in its own unit of work; a write the store refuses fails this file only. */
  async function storeAlone(item: PreparedNotice | ImportOutcome, generation?: string): Promise<ImportOutcome> {
    if ('status' in item) return item;
    try {
      return await store.write(async (tx) => {
        await checkGeneration(tx, generation);
        const toIndex: IndexEntry[] = [];
        const outcome = await write(tx, item, toIndex, resolution.inUnitOfWork(tx));
        await indexAll(tx, toIndex);
        return outcome;
      });
    } catch (error) {
      if (error instanceof StorageFailure || error instanceof ArchiveReplacedError) throw error;
      logUnexpected('import write', error);
      return failedImport(item.source.fileName, '写入档案库时出错，这份公文没有写入任何内容；已存档的公文不受影响');
    }
  }

  /** Writes a group in one unit of work; if any write fails, the group is redone file by file. */
  async function storeGroup(items: (PreparedNotice | ImportOutcome)[], generation: string): Promise<ImportOutcome[]> {
    try {
      return await store.write(async (tx) => {
        await checkGeneration(tx, generation);
        const outcomes: ImportOutcome[] = [];
        const toIndex: IndexEntry[] = [];
        const resolvedIdsOf = resolution.inUnitOfWork(tx);
        for (const item of items) outcomes.push('status' in item ? item : await write(tx, item, toIndex, resolvedIdsOf));
        await indexAll(tx, toIndex);
        return outcomes;
      });
    } catch (error) {
      if (error instanceof StorageFailure || error instanceof ArchiveReplacedError) throw error;
      const outcomes: ImportOutcome[] = [];
      for (const item of items) outcomes.push(await storeAlone(item, generation));
      return outcomes;
    }
  }

  /**
   * Parses and stores extracted text; any failure is this source's outcome, never a throw. Our own
   * issued notices (发文) are filed with `register: false`: they are not 收文 and take no 收文编号.
   */
  function importSource(source: ImportSource, options: { register?: boolean } = {}): Promise<ImportOutcome> {
    return storeAlone(prepareNotice(source, options.register ?? true));
  }

  async function importBytes(args: { fileName: string; bytes: Uint8Array }, scanOptions: ScanOptions): Promise<ImportOutcome> {
    if (args.bytes.length >= WORKER_MIN_TEXT_BYTES || formatOfFileName(args.fileName) !== 'txt') {
      // In the reader process with limits: a crafted file fails alone, and the core keeps answering meanwhile.
      // One reader serves every upload (a clerk drops many files); idle, it does not keep the core alive.
      uploads ??= filePreparer(readerUrl);
      return storeAlone(await uploads.prepareBytes(args.fileName, args.bytes, scanOptions));
    }
    const extracted = await extractTextFromBytes(args.bytes, args.fileName, scanOptions);
    if (!extracted.ok) return failedImport(args.fileName, extracted.error);
    const { format, text, scan } = extracted;
    return importSource({ fileName: args.fileName, format, text, bytes: args.bytes, scan });
  }

  return {
    importSource,

    /** Pasted text (the API's import of what a clerk copied from a web page or PDF). */
    importText(args: { text: string; fileName?: string }): Promise<ImportOutcome> {
      return importSource({ fileName: args.fileName ?? '粘贴的文字', format: 'paste', text: args.text, bytes: null });
    },

    /** A file the UI read (drag-and-drop, file picker). */
    async importFile(args: { fileName: string; bytes: Uint8Array }): Promise<ImportOutcome> {
      // A scan is read page by page where archive.scanProgress sees it and archive.cancelScan stops it.
      const scan = beginScan(args.fileName);
      try {
        return await importBytes(args, scan.options);
      } finally {
        scan.end();
      }
    },

    /** Files and folders (recursively) from the command line; each file stands alone, the batch goes on. */
    async importPaths(paths: string[], onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
      const { files, skipped } = await collectFiles(paths);
      const summary: ImportSummary = { imported: 0, alreadyPresent: 0, possibleDuplicates: 0, failed: 0, skipped, outcomes: [] };
      // A restore during the batch replaces what its earlier groups wrote: the batch then stops with
      // ArchiveReplacedError instead of reporting notices the archive no longer holds.
      const generation = await store.read((tx) => tx.archiveState.generation());
      let group: (PreparedNotice | ImportOutcome)[] = [];
      let groupStarted = 0;
      let groupBytes = 0;
      const commit = async () => {
        for (const outcome of await storeGroup(group, generation)) {
          summary.outcomes.push(outcome);
          if (outcome.status === 'imported') summary.imported++;
          else if (outcome.status === 'already_present') summary.alreadyPresent++;
          else if (outcome.status === 'possible_duplicate') summary.possibleDuplicates++;
          else summary.failed++;
          onProgress?.({ index: summary.outcomes.length, total: files.length, reading: null, outcome });
        }
        group = [];
        groupBytes = 0;
      };
      const preparer = filePreparer(readerUrl);
      try {
        // Files are prepared ahead (on the reader's core) while earlier ones are written, within a byte budget;
        // a scan among them reports each page it reads.
        const prepare = (path: string, index: number) => {
          const reading = (page: { page: number; pages: number }) =>
            onProgress?.({ index: index + 1, total: files.length, reading: path, scanPage: page, outcome: null });
          const scan = beginScan(path, reading);
          return preparer.prepare(path, scan.options).finally(scan.end);
        };
        const ahead: { prepared: Promise<PreparedNotice | ImportOutcome>; bytes: number }[] = [];
        let aheadBytes = 0;
        let next = 0;
        const readAhead = () => {
          while (next < files.length && ahead.length < PREPARE_AHEAD) {
            const bytes = fileSize(files[next]);
            if (ahead.length > 0 && aheadBytes + bytes > READ_AHEAD_BYTES) break;
            aheadBytes += bytes;
            ahead.push({ prepared: prepare(files[next], next), bytes });
            next++;
          }
        };
        // One file per call, true when it committed a large group: a suspended async function keeps what its
        // last pass awaited, so a loop over files would hold a written 20 MB file's text and tokens (and the
        // collection after it would find them still in use) while the next one is read.
        const takeFile = async (i: number) => {
          readAhead();
          if (group.length === 0) groupStarted = performance.now();
          const { prepared, bytes } = ahead.shift()!;
          onProgress?.({ index: i + 1, total: files.length, reading: files[i], outcome: null });
          const item = await prepared;
          aheadBytes -= bytes;
          group.push(item);
          groupBytes += sizeOf(item);
          if (group.length < GROUP_FILES && groupBytes < GROUP_BYTES && performance.now() - groupStarted < GROUP_MS) return false;
          const large = groupBytes >= COLLECT_BYTES;
          await commit();
          return large;
        };
        // Collected on the next turn, once the write's own promise chains have let go of the group too.
        for (let i = 0; i < files.length; i++) if (await takeFile(i)) setImmediate(collectGarbage);
      } finally {
        await preparer.close();
      }
      if (group.length > 0) await commit();
      // A batch leaves the full-text index in many segments: they are merged in the background (indexMerging.ts).
      if (summary.imported + summary.possibleDuplicates >= 50) merging.start();
      return summary;
    },
  };
}

export type ImportService = ReturnType<typeof importService>;
