/**
 * The work of importing a notice that needs no database: parse the text, fold it for search, hash it,
 * encode the parsed record, place the clauses, compute the index tokens. It runs before the transaction —
 * in the import's reader process (batch/filePreparer.ts), or on the main thread for pasted text — so that
 * writing a notice only writes.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ImportOutcome } from '../../../shared/api/archiveContract';
import type { ExtractedFormat } from '../import/extractText';
import type { ParsedNotice } from '../../../shared/domain/notice';
import type { ScanReading } from '../../../shared/domain/scanReading';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { encodeParsed } from './parsedRecord';
import { clauseSpans, packSpans } from './search/clauseSpans';
import { foldSegments, searchSegmentsOf } from './search/searchText';
import { indexTokens, type IndexTokens } from './search/searchTokens';
import { textDuesOf } from '../supervision/clauseDeadlines';

export interface ImportSource {
  fileName: string;
  format: ExtractedFormat | 'paste';
  text: string;
  /** The file as received; null for pasted text. */
  bytes: Uint8Array | null;
  /** What OCR made of each page, when the text was read from a scan. */
  scan?: ScanReading;
}

/** The received file as it is kept beside the notice. */
export interface OriginalFile {
  fileName: string;
  size: number;
  sha256: string;
  /** Null when the file is its text in UTF-8 (a .txt): the text is stored once. */
  bytes: Uint8Array | null;
}

export interface PreparedNotice {
  /** What was read, without the file's bytes (those are in `file`). */
  source: Omit<ImportSource, 'bytes'>;
  /** Null for pasted text. */
  file: OriginalFile | null;
  /** The parsed notice without its body and clause texts (those are in `parsedRecord`). */
  parsed: ParsedNotice;
  /** SHA-256 of the text folded for matching. */
  contentHash: string;
  parsedRecord: Buffer;
  clauseSpans: Buffer;
  /**
   * The deadline each clause's text names, read here where the texts are, counted from `from`: the 成文日期, or
   * for a notice without one the day it is read (it counts from the day it is archived: the writer checks
   * the day is still the same).
   */
  clauseTextDues: { from: string; dues: (string | null)[] };
  tokens: IndexTokens;
  /** Whether the notice is 收文 (registered) or our own issued notice (not). */
  register: boolean;
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export function failedImport(fileName: string, message: string): ImportOutcome {
  return { fileName, status: 'failed', noticeId: null, docNumber: null, title: null, message, duplicates: [] };
}

function originalFile(fileName: string, textBytes: Buffer, format: ImportSource['format'], bytes: Uint8Array): OriginalFile {
  const sameAsText = format === 'txt' && textBytes.equals(bytes);
  return { fileName: basename(fileName), size: bytes.byteLength, sha256: sha256(bytes), bytes: sameAsText ? null : bytes };
}

/** The UTC day a notice archived now is archived on (the day its `imported_at` timestamp starts with). */
export const archivingDay = (at: string) => at.slice(0, 10);

function clauseTextDuesOf(parsed: ParsedNotice): PreparedNotice['clauseTextDues'] {
  const from = parsed.signedDate ?? archivingDay(new Date().toISOString());
  return {
    from,
    dues: textDuesOf(
      parsed.clauses.map((clause) => clause.text),
      from,
    ),
  };
}

/** Everything but the writing; a text that cannot be parsed is this source's failure, never a throw. */
export function prepareNotice(source: ImportSource, register: boolean): PreparedNotice | ImportOutcome {
  if (source.text.trim().length === 0) return failedImport(source.fileName, '没有文字可以导入');
  let parsed: ParsedNotice;
  try {
    parsed = parseNotice(source.text);
  } catch {
    return failedImport(source.fileName, '无法解析这份公文的文字（解析程序出错），其他文件不受影响');
  }
  const folded = foldSegments(
    searchSegmentsOf({ title: parsed.title, docNumber: parsed.docNumber?.text ?? null, originalText: source.text }),
  );
  const { bytes, ...read } = source;
  // Encoded once: the file is compared with it, and the record is deflated against it.
  const textBytes = Buffer.from(source.text, 'utf8');
  return {
    source: read,
    file: bytes && originalFile(source.fileName, textBytes, source.format, bytes),
    parsed: { ...parsed, body: '', clauses: parsed.clauses.map((clause) => ({ ...clause, text: '' })) },
    contentHash: sha256(folded.body),
    parsedRecord: encodeParsed(parsed, textBytes),
    clauseSpans: packSpans(clauseSpans(source.text, folded.body, parsed.clauses)),
    clauseTextDues: clauseTextDuesOf(parsed),
    tokens: indexTokens(folded.head, folded.body),
    register,
  };
}
