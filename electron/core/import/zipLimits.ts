/**
 * Every ZIP-based file import reads (.docx, .ofd) passes here before anything else inflates it. The
 * central directory is checked first (entry count, declared sizes), then every entry is inflated as a
 * stream and its real bytes counted against the budget — a header that lies about its size is caught by
 * yauzl's size validation and by the running count, so a zip bomb stops after at most the budget,
 * in seconds, with a Chinese reason. The entries a reader asks for are kept; the rest are discarded.
 */
import type yauzl from 'yauzl';

export const MAX_ZIP_ENTRIES = 5000;
const MIN_BUDGET = 32 * 1024 * 1024;
const MAX_BUDGET = 200 * 1024 * 1024;
const BUDGET_PER_BYTE = 100;

/** Uncompressed bytes a package of this size may hold: 100× its size, at least 32 MB, at most 200 MB. */
export function zipBudget(fileBytes: number): number {
  return Math.min(MAX_BUDGET, Math.max(MIN_BUDGET, fileBytes * BUDGET_PER_BYTE));
}

export type ZipResult = { ok: true; entries: Map<string, Buffer> } | { ok: false; error: string };

const TOO_MANY = `压缩包内的文件超过 ${MAX_ZIP_ENTRIES} 个，可能是恶意构造的文件，没有导入`;
const bomb = (budget: number) => `文件解压后超过 ${Math.round(budget / 1048576)} MB，可能是恶意构造的“压缩炸弹”，没有导入`;

const TRAVERSAL = '文件中含有指向包外的路径（路径穿越），可能是恶意构造的文件，没有导入';

class Refused extends Error {}

// yauzl is loaded at the first package read, not with the module: a reader that never meets one starts without it.
const openZip = async (bytes: Uint8Array) => {
  const { default: zipReader } = await import('yauzl');
  return new Promise<yauzl.ZipFile>((resolve, reject) =>
    zipReader.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip)),
    ),
  );
};

/** An entry name that stays inside the package (no absolute path, drive or "..": traversal is refused). */
export function safeEntryName(name: string): boolean {
  const parts = name.replace(/\\/g, '/').split('/');
  return !/^([a-zA-Z]:|\/)/.test(name.replace(/\\/g, '/')) && !parts.includes('..');
}

/**
 * Checks the package against the limits and returns the entries `keep` selects, inflated.
 * `corrupt` is the reason given for a file that is not a readable ZIP at all.
 */
export async function readZip(bytes: Uint8Array, keep: (name: string) => boolean, corrupt: string): Promise<ZipResult> {
  const budget = zipBudget(bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    return { ok: false, error: corrupt };
  }
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    zip.close();
    return { ok: false, error: TOO_MANY };
  }
  const entries = new Map<string, Buffer>();
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!safeEntryName(entry.fileName)) return reject(new Refused(TRAVERSAL));
        // The declared sizes first: an honest bomb is refused before a byte is inflated.
        if (total + entry.uncompressedSize > budget) return reject(new Refused(bomb(budget)));
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error ?? new Error('no stream'));
          const kept: Buffer[] | null = keep(entry.fileName) ? [] : null;
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > budget) {
              stream.destroy();
              reject(new Refused(bomb(budget)));
              return;
            }
            kept?.push(chunk);
          });
          stream.on('error', reject);
          stream.on('end', () => {
            if (kept) entries.set(entry.fileName.replace(/\\/g, '/'), Buffer.concat(kept));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.message };
    // yauzl refuses an absolute or ".." entry name itself, before it reaches us.
    const traversal = error instanceof Error && /relative path|absolute path/.test(error.message);
    return { ok: false, error: traversal ? TRAVERSAL : corrupt };
  } finally {
    zip.close();
  }
  return { ok: true, entries };
}
