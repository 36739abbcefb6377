/**
 * Opens a .docx in LibreOffice (headless conversion to PDF) and reads the PDF back: its text, for
 * tests that check a document opens and shows its elements in order, and its lines with their
 * positions on the page, for tests that measure the layout. Each LibreOffice run uses its own
 * profile, so conversions running side by side do not block each other; several documents go
 * through one run (LibreOffice's start is most of the cost). Renders are cached on disk by the
 * document's content, LibreOffice's build and the installed fonts, so an unchanged document is laid
 * out once, not on every run of the suite.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  /**
   * Each word as pdftotext boxes it (a turned line is a word per character); absent from a render cached
   * before words were kept, unless the conversion asked for them.
   */
  words?: RenderedLine[];
  log: string;
}

const MM_PER_PT = 25.4 / 72;

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The lines of `pdftotext -bbox` output: words whose vertical centres lie within 2 pt of each other
 * on a page form one line (a run in another font has a slightly different box).
 */
export function renderedWords(bboxHtml: string): RenderedLine[] {
  return bboxHtml
    .split(/<page [^>]*>/)
    .slice(1)
    .flatMap((page, index) =>
      Array.from(page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g), (m) => ({
        page: index + 1,
        text: decodeEntities(m[5]),
        left: Number(m[1]) * MM_PER_PT,
        top: Number(m[2]) * MM_PER_PT,
        right: Number(m[3]) * MM_PER_PT,
        bottom: Number(m[4]) * MM_PER_PT,
      })),
    );
}

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

const CACHE_DIR = resolve(import.meta.dirname, '../../../node_modules/.cache/gongwen-libreoffice');
const VERSION_FILE = '/usr/lib/libreoffice/program/versionrc';

let rendererSignature: string | null = null;

/** What else decides a layout: LibreOffice's build and the fonts it can use. */
function renderer(): string {
  rendererSignature ??= [
    existsSync(VERSION_FILE) ? readFileSync(VERSION_FILE, 'utf8') : SOFFICE,
    spawnSync('fc-list', ['--format', '%{file}\n'], { encoding: 'utf8' }).stdout ?? '',
  ].join('\0');
  return rendererSignature;
}

/**
 * The .docx's content as a key: each part's name, CRC-32 and size from the zip's central directory,
 * leaving out docProps/core.xml (its creation time changes on every build, the layout does not).
 */
export function docxContentKey(docx: Buffer): string {
  const hash = createHash('sha256').update(renderer());
  const end = docx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return hash.update(docx).digest('hex');
  const entries = docx.readUInt16LE(end + 10);
  let at = docx.readUInt32LE(end + 16);
  for (let i = 0; i < entries && docx.readUInt32LE(at) === 0x02014b50; i++) {
    const nameLength = docx.readUInt16LE(at + 28);
    const name = docx.toString('utf8', at + 46, at + 46 + nameLength);
    if (name !== 'docProps/core.xml') hash.update(name).update(docx.subarray(at + 16, at + 28)); // CRC-32 and both sizes
    at += 46 + nameLength + docx.readUInt16LE(at + 30) + docx.readUInt16LE(at + 32);
  }
  return hash.digest('hex');
}

function readPdf(pdf: string, log: string, converted: boolean): ConvertedPdf {
  const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  const bbox = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return {
    ok: converted && text.status === 0,
    text: (text.stdout ?? '').replace(/\s+/g, '').replace(/—\d+—/g, ''),
    pages: Number(/Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? 0),
    lines: renderedLines(bbox.stdout ?? ''),
    words: renderedWords(bbox.stdout ?? ''),
    log,
  };
}

/** Lays out each document as LibreOffice does, in one LibreOffice run for those not laid out before. */
export function convertAllWithLibreOffice(documents: { docx: Buffer; name: string }[], options: { words?: boolean } = {}): ConvertedPdf[] {
  const keys = documents.map((d) => docxContentKey(d.docx));
  const cached = (key: string) => join(CACHE_DIR, `${key}.json`);
  const read = (key: string) => {
    const pdf = existsSync(cached(key)) ? (JSON.parse(readFileSync(cached(key), 'utf8')) as ConvertedPdf) : null;
    // A render cached before words were kept is laid out again only for a caller that needs them.
    return pdf && (pdf.words || !options.words) ? pdf : null;
  };
  const results: (ConvertedPdf | null)[] = keys.map(read);
  const missing = documents.map((d, i) => ({ ...d, i })).filter(({ i }) => results[i] === null);
  if (missing.length === 0) return results as ConvertedPdf[];

  const dir = mkdtempSync(join(tmpdir(), 'gongwen-lo-'));
  try {
    // Unique file names: LibreOffice names each PDF after its input.
    const inputs = missing.map(({ docx, name, i }) => {
      const input = join(dir, `${i}-${name}.docx`);
      writeFileSync(input, docx);
      return input;
    });
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const run = spawnSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...inputs], {
      encoding: 'utf8',
      timeout: 180_000 + 30_000 * inputs.length,
    });
    const log = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    mkdirSync(CACHE_DIR, { recursive: true });
    missing.forEach(({ i }, n) => {
      const pdf = readPdf(inputs[n].replace(/\.docx$/, '.pdf'), log, run.status === 0);
      results[i] = pdf;
      if (!pdf.ok) return;
      // Written aside and renamed, so a reader running beside this one never sees half a file.
      const partial = `${cached(keys[i])}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify(pdf));
      renameSync(partial, cached(keys[i]));
    });
    return results as ConvertedPdf[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function convertWithLibreOffice(docx: Buffer, name: string, options: { words?: boolean } = {}): ConvertedPdf {
  return convertAllWithLibreOffice([{ docx, name }], options)[0];
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
