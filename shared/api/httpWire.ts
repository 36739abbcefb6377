/**
 * How a contract call travels over HTTP in browser mode (shared by the host and the renderer's
 * transport, so the two cannot drift): `POST /api/<method>` with the token in a header; JSON both
 * ways, except a `bytes` argument or a `FilePayload` result, which travel as the raw body with the
 * remaining fields percent-encoded JSON in a header.
 */

export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-gongwen-token';
/** The non-byte arguments of an upload. */
export const ARGS_HEADER = 'x-gongwen-args';
/** The non-byte fields of a downloaded FilePayload. */
export const FILE_HEADER = 'x-gongwen-file';
export const OCTET = 'application/octet-stream';
/** Largest request body the host accepts (a notice file plus headroom; the core applies its own limit). */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

export function encodeHeaderJson(value: unknown): string {
  return encodeURIComponent(JSON.stringify(value));
}

export function decodeHeaderJson(header: string): unknown {
  return JSON.parse(decodeURIComponent(header));
}

/** Splits `{ bytes, ...rest }` so the bytes can be the body; null when there is nothing to split. */
export function splitBytes(args: unknown): { bytes: Uint8Array; rest: Record<string, unknown> } | null {
  if (typeof args !== 'object' || args === null) return null;
  const { bytes, ...rest } = args as Record<string, unknown>;
  return bytes instanceof Uint8Array ? { bytes, rest } : null;
}
