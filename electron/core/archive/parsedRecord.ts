/**
 * How a ParsedNotice is kept: deflated JSON in notices.parsed, without the clauses' text, which lives once in
 * the clauses table (searchable, listed per unit) and is put back when the notice is read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ParsedNotice } from '../../../shared/domain/notice';

export function encodeParsed(notice: ParsedNotice): Buffer {
  const withoutClauseText = { ...notice, clauses: notice.clauses.map((clause) => ({ ...clause, text: '' })) };
  return deflateRawSync(Buffer.from(JSON.stringify(withoutClauseText), 'utf8'));
}

export function decodeParsed(blob: Buffer, clauseTexts: { position: number; text: string }[]): ParsedNotice {
  const notice = JSON.parse(inflateRawSync(blob).toString('utf8')) as ParsedNotice;
  for (const { position, text } of clauseTexts) {
    if (notice.clauses[position]) notice.clauses[position].text = text;
  }
  return notice;
}
