/**
 * Opens a .docx in LibreOffice (headless conversion to PDF) and reads the PDF's text back, for tests
 * that check a document opens and shows its elements in order. Each call uses its own LibreOffice
 * profile, so conversions running side by side do not block each other.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = '/usr/bin/soffice';

export interface ConvertedPdf {
  ok: boolean;
  /** The PDF's text with all whitespace and the page numbers (—3—) removed: layout differs between renderers. */
  text: string;
  pages: number;
  log: string;
}

export function convertWithLibreOffice(docx: Buffer, name: string): ConvertedPdf {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-lo-'));
  try {
    const input = join(dir, `${name}.docx`);
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const result = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const pdf = join(dir, `${name}.pdf`);
    const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return {
      ok: result.status === 0 && text.status === 0,
      text: (text.stdout ?? '').replace(/\s+/g, '').replace(/—\d+—/g, ''),
      pages: Number(/Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? 0),
      log: `${result.stdout ?? ''}${result.stderr ?? ''}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** True when every piece appears in `text`, each after the one before. */
export function inOrder(text: string, pieces: string[]): { ok: boolean; missing: string | null } {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece.replace(/\s+/g, ''), from);
    if (at < 0) return { ok: false, missing: piece };
    from = at + piece.length;
  }
  return { ok: true, missing: null };
}
