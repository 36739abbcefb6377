/**
 * OCR of scanned notices (`npm run bench -- --only ocr`): a test set made here, as a scanner would make it.
 * Three corpus notices are abridged to one page each (red 版头, 文号, title, recipients, two paragraphs,
 * signature and date), rendered by LibreOffice to PDF and by pdftoppm to PNG, then degraded with sharp:
 * grey, turned 1.5°, noise with JPEG artefacts, a red seal over the signature and date, 150 dpi, all of
 * these together, and the page fed sideways or upside down (90°, 180°, 270°, at 150 dpi). A fourth page sets
 * the body in two columns (a table without borders), whose truth reads each column top to bottom. Per case:
 * character accuracy (1 − edit distance / length, whitespace ignored) and the share of four fields (发文机关,
 * 文号, 标题, 成文日期) parsed as from the true text.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { recognizeScan } from '../../core/ocr/recognizeScan';
import type { BenchSection } from './benchSection';

const NOTICES = ['daning-county-2025', 'yangquan-city-2025', 'xiying-town-2021'];
const PARAGRAPH_CHARS = 110;
/** A column is half as wide: its paragraphs are cut shorter to keep the page one page. */
const COLUMN_CHARS = 90;

interface Sample {
  name: string;
  lines: string[];
  /** The body set in two columns: this many of the body lines stand in the left one. */
  leftColumn?: number;
}

/** The one-page version of a corpus notice: its header, two paragraphs cut short, and its closing. */
function abridge(name: string, text: string): Sample {
  const parsed = parseNotice(text);
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const banner = lines[0].endsWith('文件') ? lines[0] : `${parsed.issuer}文件`;
  const recipients = lines.find((l) => /[：:]$/.test(l) && l.length < 80) ?? '各有关单位：';
  const start = lines.indexOf(recipients) + 1;
  const body = lines.slice(start, start + 2).map((l) => l.slice(0, PARAGRAPH_CHARS));
  const date = [...lines].reverse().find((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l)) ?? '2025年1月10日';
  const issuer = parsed.issuer ?? banner.replace(/文件$/, '');
  return { name, lines: [banner, parsed.docNumber?.text ?? '', parsed.title ?? '', recipients, ...body, issuer, date].filter(Boolean) };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The same notice with its body in two columns: the first paragraphs on the left, the rest on the right. */
function twoColumn(sample: Sample, text: string): Sample {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const start = lines.indexOf(sample.lines[3]) + 1;
  const body = lines.slice(start, start + 4).map((l) => l.slice(0, COLUMN_CHARS));
  return { name: `${sample.name}-columns`, lines: [...sample.lines.slice(0, 4), ...body, ...sample.lines.slice(-2)], leftColumn: 2 };
}

function html(sample: Sample): string {
  const [banner, docNumber, title, recipients, ...rest] = sample.lines;
  const [issuer, date] = rest.slice(-2);
  const body = rest.slice(0, -2);
  const p = (cls: string, text: string) => `<p class="${cls}">${escapeHtml(text)}</p>`;
  const paragraphs = (lines: string[]) => lines.map((b) => p('', `　　${b}`)).join('');
  const bodyHtml =
    sample.leftColumn === undefined
      ? paragraphs(body)
      : `<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td width="47%" valign="top">${paragraphs(
          body.slice(0, sample.leftColumn),
        )}</td><td width="6%"></td><td width="47%" valign="top">${paragraphs(body.slice(sample.leftColumn))}</td></tr></table>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font-family: 'Noto Serif CJK SC'; font-size: 16pt; } p { margin: 0 0 6pt 0; }
.head { color: #d6001c; font-size: 32pt; text-align: center; margin-top: 30pt; } .num { text-align: center; }
.title { font-size: 20pt; text-align: center; margin: 14pt 0; } .right { text-align: right; margin-right: 40pt; }
</style></head><body>${p('head', banner)}${p('num', docNumber)}<hr>${p('title', title)}${p('', recipients)}${bodyHtml}${p(
    'right',
    issuer,
  )}${p('right', date)}</body></html>`;
}

/** PNG pages at 200 and 150 dpi, through LibreOffice and pdftoppm as the issue asks. */
function render(sample: Sample, dir: string): { png200: Buffer; png150: Buffer } {
  const file = join(dir, `${sample.name}.html`);
  writeFileSync(file, html(sample));
  execFileSync('soffice', ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const pdf = join(dir, `${sample.name}.pdf`);
  const png = (dpi: number) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, `${sample.name}-${dpi}`)]);
    return readFileSync(join(dir, `${sample.name}-${dpi}.png`));
  };
  return { png200: png(200), png150: png(150) };
}

/** The box of the last text line (the date), found from the bottom by dark pixels. */
async function lastLineBox(png: Buffer): Promise<{ x: number; y: number; width: number; height: number }> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const dark = (y: number) => {
    let min = info.width;
    let max = -1;
    for (let x = 0; x < info.width; x++)
      if (data[y * info.width + x] < 128) {
        min = Math.min(min, x);
        max = x;
      }
    return max >= 0 ? { min, max } : null;
  };
  let y = info.height - 1;
  while (y > 0 && !dark(y)) y--;
  const bottom = y;
  let left = info.width;
  let right = 0;
  for (let row = dark(y); row && y > 0; row = dark(--y)) {
    left = Math.min(left, row.min);
    right = Math.max(right, row.max);
  }
  return { x: left, y, width: right - left, height: bottom - y };
}

/** A round red seal with its star and ring text, pressed over the signature and date. */
async function withSeal(png: Buffer, issuer: string): Promise<Buffer> {
  const date = await lastLineBox(png);
  const r = Math.round(date.height * 4);
  const cx = Math.round(date.x + date.width / 2);
  const cy = Math.round(date.y - date.height * 0.6);
  const chars = [...issuer].slice(0, 12);
  const ring = chars
    .map((c, i) => {
      const a = Math.PI * (1.1 + (i * 0.8) / Math.max(chars.length - 1, 1));
      return `<text x="${cx + Math.cos(a) * r * 0.75}" y="${cy + Math.sin(a) * r * 0.75}" font-size="${r * 0.22}" text-anchor="middle" font-family="Noto Serif CJK SC">${c}</text>`;
    })
    .join('');
  const meta = await sharp(png).metadata();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${meta.width}" height="${meta.height}"><g fill="rgb(214,0,28)" stroke="rgb(214,0,28)" opacity="0.85">
<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke-width="${r * 0.05}"/><text x="${cx}" y="${cy + r * 0.2}" font-size="${r * 0.6}" text-anchor="middle" stroke="none">★</text>${ring}</g></svg>`;
  return sharp(png)
    .composite([{ input: Buffer.from(svg) }])
    .png()
    .toBuffer();
}

const grey = (png: Buffer) => sharp(png).greyscale().png().toBuffer();
const rotated = (png: Buffer) => sharp(png).rotate(1.5, { background: '#ffffff' }).flatten({ background: '#ffffff' }).png().toBuffer();
/** Fed sideways or upside down: turned clockwise by a quarter turn or more. */
const turned = (degrees: number) => async (p: { png150: Buffer }) => sharp(p.png150).rotate(degrees).png().toBuffer();

/** Scanner noise (a fixed pseudo-random sequence, so runs compare) and a JPEG at quality 45. */
async function noisyJpeg(png: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let seed = 12345;
  for (let i = 0; i < data.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    data[i] = Math.max(0, Math.min(255, data[i] + ((seed >> 8) % 61) - 30));
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .jpeg({ quality: 45 })
    .toBuffer();
}

const DEGRADATIONS: Record<string, (pages: { png200: Buffer; png150: Buffer }, issuer: string) => Promise<Buffer>> = {
  clean: async (p) => p.png200,
  grey: (p) => grey(p.png200),
  rotated: (p) => rotated(p.png200),
  noise_jpeg: (p) => noisyJpeg(p.png200),
  red_seal: (p, issuer) => withSeal(p.png200, issuer),
  dpi150: async (p) => p.png150,
  all: async (p, issuer) => noisyJpeg(await rotated(await grey(await withSeal(p.png150, issuer)))),
  turned90: turned(90),
  turned180: turned(180),
  turned270: turned(270),
};

/** The cases read: every degradation of the one-column pages, and the two-column pages clean and at 150 dpi. */
interface BenchCase {
  name: string;
  samples: Sample[];
  pages: Buffer[];
}

function editDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

const chars = (text: string) => [...text.replace(/\s/g, '')];

function fields(text: string): (string | null)[] {
  const n = parseNotice(text);
  return [n.issuer, n.docNumber?.text ?? null, n.title, n.signedDate];
}

async function benchCases(corpusDir: string, tmpDir: string): Promise<BenchCase[]> {
  const texts = NOTICES.map((name) => readFileSync(join(corpusDir, `${name}.txt`), 'utf8'));
  const samples = NOTICES.map((name, i) => abridge(name, texts[i]));
  const rendered = samples.map((s) => render(s, tmpDir));
  const cases: BenchCase[] = [];
  for (const [name, degrade] of Object.entries(DEGRADATIONS))
    cases.push({ name, samples, pages: await Promise.all(samples.map((s, i) => degrade(rendered[i], s.lines.at(-2)!))) });
  const columns = samples.slice(0, 2).map((s, i) => twoColumn(s, texts[i]));
  const renderedColumns = columns.map((s) => render(s, tmpDir));
  cases.push({ name: 'columns', samples: columns, pages: renderedColumns.map((p) => p.png200) });
  cases.push({ name: 'columns150', samples: columns, pages: renderedColumns.map((p) => p.png150) });
  return cases;
}

export const ocrBench: BenchSection = async ({ say, corpusDir, tmpDir }) => {
  const byDegradation: Record<string, { charAccuracy: number; fieldScore: number; seconds: number }> = {};
  for (const { name: degradation, samples, pages } of await benchCases(corpusDir, tmpDir)) {
    let errors = 0;
    let length = 0;
    let fieldHits = 0;
    let fieldCount = 0;
    let seconds = 0;
    for (let i = 0; i < samples.length; i++) {
      const truth = samples[i].lines.join('\n');
      const image = pages[i];
      const started = performance.now();
      const result = await recognizeScan(image, 'image');
      seconds += (performance.now() - started) / 1000;
      const text = result.ok ? result.text : '';
      errors += Math.min(editDistance(chars(text), chars(truth)), chars(truth).length);
      length += chars(truth).length;
      const expected = fields(truth);
      const got = fields(text);
      expected.forEach((value, k) => {
        fieldCount++;
        if (value !== null && value === got[k]) fieldHits++;
      });
    }
    const score = { charAccuracy: 1 - errors / length, fieldScore: fieldHits / fieldCount, seconds: seconds / samples.length };
    byDegradation[degradation] = score;
    say(
      `${degradation.padEnd(11)} 字符准确率 ${(score.charAccuracy * 100).toFixed(1)}%  要素 ${(score.fieldScore * 100).toFixed(0)}%  每页 ${score.seconds.toFixed(1)} s`,
    );
  }
  const pageSeconds = byDegradation.clean.seconds;
  say(`ocr_page_s = ${pageSeconds.toFixed(1)}（A4 页，200 dpi，本机）`);
  say(`ocr_char_accuracy = ${(byDegradation.clean.charAccuracy * 100).toFixed(1)}%（清晰扫描件）`);
  return {
    ocr_page_s: Number(pageSeconds.toFixed(2)),
    ocr_char_accuracy: Number(byDegradation.clean.charAccuracy.toFixed(4)),
    ocr_by_degradation: byDegradation,
  };
};
