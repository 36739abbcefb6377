/**
 * A year's 归档文件目录 (DA/T 22) as it will be printed: each filed 件 with its 页数 — the clerk's figure,
 * else the received file's own page count (a PDF, an OFD, a .docx as Word counted it, a scan's OCR
 * pages), else blank — and the warnings to check before printing. The clerk's figures are kept with the
 * filing, so the catalogue and the CLI print the same 页数.
 */
import type { CatalogueCheck, CatalogueEntry } from '../../../../shared/api/registrationContract';
import type { FilePayload } from '../../../../shared/api/binary';
import { fail, ok, type ApiResult } from '../../../../shared/api/method';
import { catalogueWarnings } from '../../../../shared/drafting/catalogue';
import { filePages } from '../../import/filePages';
import type { CatalogueRow, SourceFormat } from '../../store/archiveRepositories';
import type { ArchiveContext } from '../archiveContext';
import { timestamp } from '../clock';

/** Formats whose received file says how many pages it has. */
const PAGED_FILES: ReadonlySet<SourceFormat> = new Set(['pdf', 'ofd', 'docx']);

export interface CatalogueDeps {
  originalFile(noticeId: number): Promise<ApiResult<FilePayload>>;
}

export function catalogueService(ctx: ArchiveContext, deps: CatalogueDeps) {
  const { store, clock } = ctx;

  /** The received file's page count; null where it does not have or say one. */
  async function counted(row: CatalogueRow): Promise<number | null> {
    if (row.sourceFormat === 'image') {
      const reading = await store.read((tx) => tx.scanReadings.get(row.noticeId));
      return reading && reading.pages.length > 0 ? reading.pages.length : null;
    }
    if (!PAGED_FILES.has(row.sourceFormat)) return null;
    const file = await deps.originalFile(row.noticeId);
    return file.ok ? filePages(file.value.fileName, file.value.bytes) : null;
  }

  /**
   * The 件 of a year in 档号 order. `given` (the command line's --pages, by notice id) goes over the clerk's
   * stored figures for this one catalogue. For print (`countWritten` false) a 件 with a written figure is
   * not counted; the check counts every file, to show the count beside the figure. Files are read one
   * after another, so a large year never holds more than one in memory.
   */
  async function entries(year: number, given?: Record<string, number>, countWritten = true): Promise<CatalogueEntry[]> {
    const rows = await store.read((tx) => tx.filings.catalogue(year));
    const out: CatalogueEntry[] = [];
    for (const row of rows) {
      const written = given?.[String(row.noticeId)] ?? row.pages;
      const count = written !== null && !countWritten ? null : await counted(row);
      out.push({
        noticeId: row.noticeId,
        archivalCode: row.archivalCode,
        retention: row.retention,
        docNumber: row.docNumber,
        issuer: row.issuer,
        title: row.title,
        signedDate: row.signedDate,
        secrecy: row.secrecy,
        pages: written ?? count,
        pagesFrom: written !== null ? 'clerk' : count !== null ? 'file' : null,
        counted: count,
      });
    }
    return out;
  }

  return {
    entries,

    async check(year: number): Promise<CatalogueCheck> {
      const found = await entries(year);
      return { year, entries: found, warnings: catalogueWarnings(year, found) };
    },

    setPages: (noticeId: number, pages: number | null): Promise<ApiResult<{ noticeId: number; pages: number | null }>> =>
      store.write(async (tx) => {
        const filing = await tx.filings.get(noticeId);
        if (!filing) return fail('这份公文还没有归档，请先归档再填写页数。');
        const before = await tx.filings.pages(noticeId);
        await tx.filings.setPages(noticeId, pages);
        if (before !== pages) {
          await tx.audit.record({
            at: timestamp(clock),
            noticeId,
            action: 'file',
            field: 'pages',
            before: before === null ? null : String(before),
            after: pages === null ? null : String(pages),
          });
        }
        return ok({ noticeId, pages });
      }),
  };
}

export type CatalogueService = ReturnType<typeof catalogueService>;
