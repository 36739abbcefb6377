/** The rows of a register export as the contract takes them: one block of UTF-8 JSON (see exportContract.ts). */
import type { RegisterRow } from '../../shared/api/exportContract';

export function encodeRegisterRows(rows: RegisterRow[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(rows));
}
