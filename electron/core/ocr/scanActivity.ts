/**
 * The scans being read in this process, so the clerk can see which page is being read and stop it: an
 * import registers its reading here (the UI asks for it with archive.scanProgress and stops it with
 * archive.cancelScan — the contract has no push channel, and a page takes seconds, so asking twice a second
 * is enough).
 */
import type { ScanProgress } from '../../../shared/api/archiveContract';
import type { ScanOptions } from './recognizeScan';

interface Reading {
  progress: ScanProgress;
  controller: AbortController;
}

const readings = new Set<Reading>();

/** Options for recognizeScan that report here; `end` when the file is done, whatever the outcome. */
export function beginScan(fileName: string, onPage?: ScanOptions['onPage']): { options: ScanOptions; end(): void } {
  const reading: Reading = { progress: { fileName, page: 0, pages: 0 }, controller: new AbortController() };
  readings.add(reading);
  return {
    options: {
      signal: reading.controller.signal,
      onPage(page) {
        reading.progress = { fileName, ...page };
        onPage?.(page);
      },
    },
    end: () => void readings.delete(reading),
  };
}

/** The latest page being read, or null when no scan is being read. */
export function scanProgress(): ScanProgress | null {
  const pages = [...readings].map((r) => r.progress).filter((p) => p.pages > 0);
  return pages.at(-1) ?? null;
}

/** Stops every scan being read before its next page; whether there was one. */
export function cancelScans(): boolean {
  for (const reading of readings) reading.controller.abort();
  return readings.size > 0;
}
