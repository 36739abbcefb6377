/**
 * Runtime validation of a method's arguments with its contract schema, turning zod's issues into one
 * Chinese sentence. Shared so that forms in the UI report exactly what the core would refuse.
 */
import { z } from 'zod';
import { zhCN } from 'zod/v4/locales';

z.config(zhCN());

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string; fields: Record<string, string> };

/** Validate `input` against `schema`; on failure every field gets its first message. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in fields)) fields[key] = issue.message;
  }
  const first = parsed.error.issues[0];
  const where = first.path.length > 0 ? `（${first.path.map(String).join('.')}）` : '';
  return { ok: false, error: `参数不正确${where}：${first.message}`, fields };
}
