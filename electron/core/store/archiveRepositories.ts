/**
 * The archive's repositories as the services see them: domain records in, domain records out, every
 * method async so that a server database can fill them as well as the embedded SQLite file
 * (store/sqlite/). Methods are called inside a unit of work (store/store.ts) and never open one.
 */
import type { ResolvedUnit } from '../../../shared/units/resolveUnit';
import type { NoticeRef, NoticeRow, RegisterCursor, Registration } from '../../../shared/api/archiveContract';
import type { Retention } from '../../../shared/api/fields';
import type { SavedSearch, SearchFilters, UnitSummary } from '../../../shared/api/searchContract';
import type { Clause } from '../../../shared/domain/notice';
import type { ScanReading } from '../../../shared/domain/scanReading';
import type { SearchIndex } from './searchIndex';

export type SourceFormat = 'txt' | 'docx' | 'pdf' | 'ofd' | 'doc' | 'wps' | 'image' | 'paste';

export interface NewNotice {
  contentHash: string;
  issuer: string | null;
  /** The issuer folded for matching (search/searchText.ts foldForSearch). */
  issuerKey: string | null;
  docNumber: string | null;
  agencyCode: string | null;
  docYear: number | null;
  docSerial: number | null;
  title: string | null;
  docKind: string | null;
  signedDate: string | null;
  year: number | null;
  secrecy: string | null;
  urgency: string | null;
  /** archive/parsedRecord.ts encodeParsed (of originalText). */
  parsed: Buffer;
  originalText: string;
  sourceName: string;
  sourceFormat: SourceFormat;
  possibleDuplicate: boolean;
  importedAt: string;
  /** archive/search/clauseSpans.ts packSpans. */
  clauseSpans: Buffer;
}

export interface NoticeRecord {
  id: number;
  issuer: string | null;
  issuerKey: string | null;
  docNumber: string | null;
  agencyCode: string | null;
  title: string | null;
  docKind: string | null;
  signedDate: string | null;
  year: number | null;
  parsed: Buffer;
  originalText: string;
  sourceName: string;
  sourceFormat: SourceFormat;
  possibleDuplicate: boolean;
  importedAt: string;
  deletedAt: string | null;
}

/** A notice's parsed record with the original text it was encoded against (archive/parsedRecord.ts). */
export interface ParsedOf {
  parsed: Buffer;
  originalText: string;
}

export interface StoredFile {
  fileName: string;
  size: number;
  sha256: string;
  /** Null when the file is the text itself (a UTF-8 .txt). */
  bytes: Buffer | null;
}

export interface HitInfo extends NoticeRef {
  signedDate: string | null;
  /** The original text as UTF-8 bytes (decoding whole texts is what search would spend its time on). */
  originalBytes: Buffer;
  clauseSpans: Buffer | null;
}

/** A notice that shares a 文号 with a citation, for resolving it. */
export interface CitationCandidate {
  id: number;
  issuer: string | null;
  issuerKey: string | null;
  title: string | null;
}

export interface NoticeRepository {
  /** Stores a notice with its text; its id is above every id the archive ever used (purged ones included). */
  insert(notice: NewNotice): Promise<number>;
  findByHash(contentHash: string): Promise<{ id: number; deletedAt: string | null } | undefined>;
  get(id: number): Promise<NoticeRecord | undefined>;
  ref(id: number): Promise<NoticeRef | undefined>;
  /** Live notices other than `id` with the same 文号 and issuer (an unknown issuer matches any). */
  sameIdentity(id: number, issuerKey: string | null, docNumber: string): Promise<NoticeRef[]>;
  byDocNumber(docNumber: string): Promise<NoticeRef[]>;
  citationCandidates(docNumber: string): Promise<CitationCandidate[]>;
  /** How many different issuers use this 机关代字 among live notices, counted up to 2. */
  issuerCountOfAgency(agencyCode: string): Promise<number>;
  setDeleted(id: number, at: string | null): Promise<void>;
  setPossibleDuplicate(id: number, flag: boolean): Promise<void>;
  /** Removes the notice and everything that belongs to it (its audit history stays). */
  purge(id: number): Promise<void>;
  listDeleted(): Promise<(NoticeRef & { deletedAt: string })[]>;
  insertFile(noticeId: number, file: StoredFile): Promise<void>;
  getFile(noticeId: number): Promise<StoredFile | undefined>;
  countLive(): Promise<number>;
  parsedOf(id: number): Promise<ParsedOf | undefined>;
  /** What search hits show of live notices, by id. */
  hitInfos(ids: number[]): Promise<Map<number, HitInfo>>;
  /** Years, issuers and 文种 of live notices, for the search filters. */
  facets(): Promise<{ years: number[]; issuers: string[]; docKinds: string[] }>;
}

export interface ClauseLabel {
  number: string;
  path: string;
  heading: string;
}

/** A responsible unit as stored for one clause (clause_units): its own units first (inherited 0), each list in order (seq). */
export interface ClauseUnitRow {
  position: number;
  inherited: 0 | 1;
  seq: number;
  unitId: number;
  role: 'lead' | 'co';
}

export interface ClauseRepository {
  /**
   * The clause tree with each clause's responsible units (units are created on first sight), each stored with
   * the resolved unit `resolvedIds` gives its written name (unresolved when it gives none), and the deadline its
   * text names (`textDues`, by position). Returns the clause units it stored, in the order it stored them.
   */
  insertAll(
    noticeId: number,
    clauses: Clause[],
    textDues: (string | null)[],
    resolvedIds?: ReadonlyMap<string, number>,
  ): Promise<ClauseUnitRow[]>;
  /** Up to `limit` notices with clauses whose text deadline was never read (archived before it was stored). */
  unreadTextDues(limit: number): Promise<{ noticeId: number; noticeDate: string }[]>;
  /**
   * Stores the deadline each clause's text names (by position; null or missing: none), marking them read; the
   * notice's tasks that follow their clause's deadline take it.
   */
  setTextDues(noticeId: number, textDues: (string | null)[]): Promise<void>;
  /** Number, path and heading of the given clauses, keyed "noticeId/position". */
  labelsOf(clauses: [noticeId: number, position: number][]): Promise<Map<string, ClauseLabel>>;
}

export interface UnitTaskRow {
  noticeId: number;
  docNumber: string | null;
  title: string | null;
  signedDate: string | null;
  /** The clause's index in the notice (its text is in the parsed record). */
  position: number;
  number: string;
  path: string;
  heading: string;
  role: 'lead' | 'co';
  inherited: boolean;
  status: 'pending' | 'in_progress' | 'done' | null;
  dueDate: string | null;
  unitName: string;
}

/** A unit of a clause as written, with what its notice says about where it was issued. */
export interface UnitMention {
  noticeId: number;
  position: number;
  inherited: boolean;
  seq: number;
  name: string;
  issuer: string | null;
  agencyCode: string | null;
}

/** A resolved unit as stored, with how many tasks name it directly. */
/** A resolved unit as stored. */
export interface StoredResolvedUnit extends ResolvedUnit {
  id: number;
}

export interface ResolvedUnitRow extends StoredResolvedUnit {
  taskCount: number;
  leadCount: number;
  noticeCount: number;
}

export interface UnitRepository {
  /** Tasks of the unit named exactly so (after folding); when there is none, of every unit whose name contains it. */
  tasks(name: string): Promise<UnitTaskRow[]>;
  /** Tasks whose unit resolved to one of these resolved units, with which one. */
  tasksOfResolved(ids: number[]): Promise<(UnitTaskRow & { resolvedId: number })[]>;
  /** Clause units not resolved yet (rows archived before they were resolved at import). */
  unresolvedMentions(): Promise<UnitMention[]>;
  /** Whether any clause unit is not resolved yet. */
  hasUnresolved(): Promise<boolean>;
  /** Stores the resolution of these mentions (the resolved unit created on first sight). */
  saveResolution(mentions: UnitMention[], unit: ResolvedUnit): Promise<void>;
  /** The resolved unit's id, created on first sight. */
  resolvedIdOf(unit: ResolvedUnit): Promise<number>;
  /**
   * The name each written name is stored under (its unit's, or its own trimmed when first seen among these,
   * in order); names that fold to nothing are left out.
   */
  storedNames(written: string[]): Promise<Map<string, string>>;
  /** Forgets every resolution, so that they are made again (after the directory changed). */
  clearResolutions(): Promise<void>;
  /** Resolved units named by tasks of live notices. */
  resolvedUnits(): Promise<ResolvedUnitRow[]>;
  /** The same units without their counts, in no order: quick at any size (counting takes seconds at 100,000 notices). */
  liveResolvedUnits(): Promise<StoredResolvedUnit[]>;
  /** Each unit name written in a notice, with the organization it resolved to there. */
  organizationsOf(noticeId: number): Promise<{ written: string; organization: string }[]>;
  summaries(): Promise<UnitSummary[]>;
  /** Names of the units with tasks in live notices. */
  names(): Promise<string[]>;
}

export type CitationState = 'linked' | 'missing' | 'ambiguous';

export interface CitationRow {
  id: number;
  noticeId: number;
  docNumber: string;
  agencyCode: string | null;
  title: string | null;
  state: CitationState;
  targetId: number | null;
}

export interface NewCitation {
  docNumber: string;
  agencyCode: string | null;
  title: string | null;
}

export interface CitationRepository {
  /** A notice's citations in order, unresolved ('missing') until relinked. */
  insertAll(noticeId: number, citations: NewCitation[]): Promise<void>;
  ofNotice(noticeId: number): Promise<CitationRow[]>;
  ofDocNumber(docNumber: string): Promise<CitationRow[]>;
  ofAgencyCode(agencyCode: string): Promise<CitationRow[]>;
  setState(id: number, state: CitationState, targetId: number | null): Promise<void>;
  /** Live notices whose citation links to this one (downstream lineage). */
  citing(noticeId: number): Promise<NoticeRef[]>;
}

export interface RegistrationRepository {
  get(noticeId: number): Promise<Registration | undefined>;
  insert(noticeId: number, registration: Registration, updatedAt: string): Promise<void>;
  /** Saves the form; the notice's tasks that follow its 办理期限 take the new one. */
  update(noticeId: number, registration: Registration, updatedAt: string): Promise<void>;
  /** The notice holding a 收文编号, if any. */
  holderOf(registrationNumber: string): Promise<number | undefined>;
  /** The last serial handed out in a year (0 before the first). */
  lastSerial(year: number): Promise<number>;
  setLastSerial(year: number, serial: number): Promise<void>;
}

export interface RegisterRepository {
  /**
   * 收文登记簿: live notices with registration and filing, newest 收文 first (those without a 收文 date
   * last, newest first); `limit` rows (the first screen, or a page), after the `after` row when given.
   */
  rows(limit?: number, after?: RegisterCursor): Promise<NoticeRow[]>;
  count(): Promise<number>;
}

export interface FilingRow {
  noticeId: number;
  fondsCode: string;
  year: number;
  retention: Retention;
  department: string;
  itemNumber: number;
  archivalCode: string;
  filedAt: string;
}

export interface CatalogueRow extends FilingRow {
  docNumber: string | null;
  issuer: string | null;
  title: string | null;
  signedDate: string | null;
  secrecy: string | null;
  /** 页数 as the clerk wrote it; null when not written. */
  pages: number | null;
  sourceFormat: SourceFormat;
}

export interface FilingRepository {
  get(noticeId: number): Promise<FilingRow | undefined>;
  upsert(row: FilingRow): Promise<void>;
  /** The highest 件号 used in a series, not counting the notice being (re)filed. */
  lastItemNumber(fondsCode: string, year: number, retention: Retention, department: string, exceptNoticeId: number): Promise<number>;
  /** 归档文件目录 of a year: live filed notices in 档号 order. */
  catalogue(year: number): Promise<CatalogueRow[]>;
  /** The clerk's 页数 of a filed notice; null when none is written or the notice is not filed. */
  pages(noticeId: number): Promise<number | null>;
  /** The clerk's 页数 of a filed notice (null: none written); false when the notice is not filed. */
  setPages(noticeId: number, pages: number | null): Promise<boolean>;
}

export type AuditAction =
  'import' | 'update' | 'delete' | 'restore' | 'purge' | 'file' | 'keep-duplicate' | 'restore-backup' | 'settings' | 'flow' | 'task';

export interface AuditEntry {
  at: string;
  noticeId: number | null;
  action: AuditAction;
  field: string | null;
  before: string | null;
  after: string | null;
}

export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
  ofNotice(noticeId: number): Promise<AuditEntry[]>;
}

export interface SettingsRepository {
  get<T>(key: string, fallback: T): Promise<T>;
  set(key: string, value: unknown): Promise<void>;
}

export interface SavedSearchRepository {
  list(): Promise<SavedSearch[]>;
  insert(name: string, query: string, filters: SearchFilters, at: string): Promise<number>;
  /** Whether there was such a saved search. */
  remove(id: number): Promise<boolean>;
}

/** The archive as a whole across processes (see backup/archiveState.ts). */
export interface ArchiveStateRepository {
  /** Changes whenever a restore replaces the archive: work that noted it before can tell its writes are gone. */
  generation(): Promise<string>;
}

/** What OCR made of a scanned notice's pages (migration 26). */
export interface ScanReadingRepository {
  insert(noticeId: number, reading: ScanReading): Promise<void>;
  /** Null for a notice whose text was not read by OCR. */
  get(noticeId: number): Promise<ScanReading | null>;
}

export interface ArchiveRepositories {
  archiveState: ArchiveStateRepository;
  notices: NoticeRepository;
  clauses: ClauseRepository;
  units: UnitRepository;
  citations: CitationRepository;
  searchIndex: SearchIndex;
  savedSearches: SavedSearchRepository;
  registrations: RegistrationRepository;
  register: RegisterRepository;
  filings: FilingRepository;
  audit: AuditRepository;
  settings: SettingsRepository;
  scanReadings: ScanReadingRepository;
}
