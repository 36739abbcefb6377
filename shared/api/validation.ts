/**
 * Runtime validation of a method's arguments with its contract schema, turning zod's issues into one
 * Chinese sentence (zodMessages.ts words every issue; a schema's own message comes first). Shared so that
 * forms in the UI report exactly what the core would refuse.
 */
import { z } from 'zod';
import { chineseIssueMessage } from './zodMessages';

z.config({ localeError: chineseIssueMessage });

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string; fields: Record<string, string> };

/** A sentence ends with its full stop (schemas' own messages are written without one). */
const sentence = (message: string) => (/[。！？）]$/.test(message) ? message : `${message}。`);

/**
 * Validate `input` against `schema`; on failure every field (by its path, for forms) gets its first
 * message, and the error is the first one as a sentence (without the field's code name).
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in fields)) fields[key] = issue.message;
  }
  return { ok: false, error: `参数不正确：${sentence(parsed.error.issues[0].message)}`, fields };
}
