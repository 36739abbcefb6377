/**
 * How a ParsedNotice is kept: deflated JSON in notices.parsed. The 正文 (body) repeats every clause's text,
 * so it is stored as pieces between references to the clauses — rebuilt exactly when read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Clause, ParsedNotice } from '../../../shared/domain/notice';

/** Body text pieces and, as numbers, the indexes of clauses whose text stands there. */
type BodyPart = string | number;

type StoredNotice = Omit<ParsedNotice, 'body'> & { bodyParts: BodyPart[] };

export function bodyParts(body: string, clauses: Clause[]): BodyPart[] {
  const parts: BodyPart[] = [];
  let at = 0;
  clauses.forEach((clause, index) => {
    if (!clause.text) return;
    const found = body.indexOf(clause.text, at);
    if (found < 0) return;
    if (found > at) parts.push(body.slice(at, found));
    parts.push(index);
    at = found + clause.text.length;
  });
  if (at < body.length) parts.push(body.slice(at));
  return parts;
}

export function encodeParsed(notice: ParsedNotice): Buffer {
  const { body, ...rest } = notice;
  const stored: StoredNotice = { ...rest, bodyParts: bodyParts(body, notice.clauses) };
  return deflateRawSync(Buffer.from(JSON.stringify(stored), 'utf8'), { level: 3 });
}

export function decodeParsed(blob: Buffer): ParsedNotice {
  const { bodyParts: parts, ...rest } = JSON.parse(inflateRawSync(blob).toString('utf8')) as StoredNotice;
  const body = parts.map((part) => (typeof part === 'number' ? rest.clauses[part].text : part)).join('');
  return { ...rest, body };
}
