/**
 * Opens a .docx in LibreOffice (headless conversion to PDF) and reads the PDF back: its text, for
 * tests that check a document opens and shows its elements in order, and its lines with their
 * positions on the page, for tests that measure the layout. Each call uses its own LibreOffice
 * profile, so conversions running side by side do not block each other.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = '/usr/bin/soffice';

/** A line of text as rendered: its page (from 1) and its box in millimetres from the page's top left. */
export interface RenderedLine {
  page: number;
  text: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ConvertedPdf {
  ok: boolean;
  /** The PDF's text with all whitespace and the page numbers (—3—) removed: layout differs between renderers. */
  text: string;
  pages: number;
  lines: RenderedLine[];
  log: string;
}

const MM_PER_PT = 25.4 / 72;

const decodeEntities = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * The lines of `pdftotext -bbox` output: words whose vertical centres lie within 2 pt of each other
 * on a page form one line (a run in another font has a slightly different box).
 */
export function renderedLines(bboxHtml: string): RenderedLine[] {
  const lines: RenderedLine[] = [];
  const pages = bboxHtml.split(/<page [^>]*>/).slice(1);
  pages.forEach((page, index) => {
    const words = Array.from(
      page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
      (m) => ({ left: Number(m[1]), top: Number(m[2]), right: Number(m[3]), bottom: Number(m[4]), text: decodeEntities(m[5]) }),
    ).sort((a, b) => a.top + a.bottom - (b.top + b.bottom) || a.left - b.left);
    const pageLines: Array<typeof words> = [];
    for (const word of words) {
      const centre = (word.top + word.bottom) / 2;
      const line = pageLines.find((l) => Math.abs((l[0].top + l[0].bottom) / 2 - centre) < 2);
      if (line) line.push(word);
      else pageLines.push([word]);
    }
    for (const line of pageLines) {
      line.sort((a, b) => a.left - b.left);
      lines.push({
        page: index + 1,
        text: line.map((w) => w.text).join(''),
        top: Math.min(...line.map((w) => w.top)) * MM_PER_PT,
        bottom: Math.max(...line.map((w) => w.bottom)) * MM_PER_PT,
        left: line[0].left * MM_PER_PT,
        right: Math.max(...line.map((w) => w.right)) * MM_PER_PT,
      });
    }
  });
  return lines;
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
    const bbox = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return {
      ok: result.status === 0 && text.status === 0,
      text: (text.stdout ?? '').replace(/\s+/g, '').replace(/—\d+—/g, ''),
      pages: Number(/Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? 0),
      lines: renderedLines(bbox.stdout ?? ''),
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
