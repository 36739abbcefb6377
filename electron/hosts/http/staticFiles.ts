/**
 * Serves the built renderer (dist/renderer) read-only: known file types only, never outside the
 * folder, index.html for the root.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** Hashed assets may be cached; index.html may not (it names the current hashes). */
  immutable: boolean;
}

/** The file for a URL path, or null when there is none (or the path tries to leave the folder). */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const root = normalize(rootDir + sep);
  const path = normalize(join(root, relative));
  if (!path.startsWith(root)) return null;
  const type = TYPES[extname(path).toLowerCase()];
  if (!type) return null;
  try {
    if (!(await stat(path)).isFile()) return null;
    return { body: await readFile(path), type, immutable: path.includes(`${sep}assets${sep}`) };
  } catch {
    return null;
  }
}
