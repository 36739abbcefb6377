/**
 * Files crossing the API. A method that takes a file has a top-level `bytes` argument; a method that
 * returns one returns a `FilePayload`. IPC carries the bytes as they are; HTTP sends them as the raw
 * request or response body with the other fields in a header (see httpWire.ts).
 */

/** A generated or stored file handed to the user (a .docx, an .xlsx, an original file). */
export interface FilePayload {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sqlite: 'application/vnd.sqlite3',
  text: 'text/plain; charset=utf-8',
  png: 'image/png',
  octet: 'application/octet-stream',
} as const;

export function isFilePayload(value: unknown): value is FilePayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as FilePayload).bytes instanceof Uint8Array &&
    typeof (value as FilePayload).fileName === 'string'
  );
}
