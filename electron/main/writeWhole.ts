/**
 * Saves a file under the name the clerk chose only once it is whole: written beside it under a temporary
 * name, then renamed over it. A save that fails part way (a full disk, a drive pulled out) leaves the
 * chosen name as it was — no half-written workbook that Excel cannot open — and removes what it wrote.
 */
import { randomBytes } from 'node:crypto';
import { rm, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The temporary name: hidden, beside the target (a rename within one folder is atomic), unlike any other save's. */
export function partialName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.part`);
}

export async function writeWhole(target: string, bytes: Uint8Array): Promise<void> {
  const partial = partialName(target);
  try {
    await writeFile(partial, bytes, { flag: 'wx' });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
