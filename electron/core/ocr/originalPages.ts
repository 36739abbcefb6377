/**
 * The received file as page images, for the notice detail to show beside the parsed structure: how many
 * pages it has, OCR's reading of each page if it was a scan, and one page rendered as PNG in the same
 * frame (pageImages.ts at 200 dpi) as the boxes of its low-confidence lines. An OFD's pages are drawn
 * from its page descriptions (ofdPages.ts).
 */
import { extname } from 'node:path';
import type { OriginalPages } from '../../../shared/api/archiveContract';
import type { FilePayload } from '../../../shared/api/binary';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import type { ArchiveContext } from '../archive/archiveContext';
import { openOfdPages, PagesRefused } from './ofdPages';
import { openPages, toPng, type PageSource, type ScanKind } from './pageImages';

const NOT_FOUND = '找不到这份公文，它可能已被彻底删除。';

type PageKind = ScanKind | 'ofd';

const DAMAGED = '原件已损坏，无法显示页面';

const KIND_OF: Record<string, PageKind> = {
  '.ofd': 'ofd',
  '.pdf': 'pdf',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.png': 'image',
  '.tif': 'image',
  '.tiff': 'image',
};

export function originalPagesService({ store }: ArchiveContext) {
  /** The stored file and how to open it as pages; null kind for a file that has no pages (.txt, .docx, pasted text). */
  const original = (id: number) =>
    store.read(async (tx) => {
      const record = await tx.notices.get(id);
      if (!record) return null;
      const file = await tx.notices.getFile(id);
      const kind = file?.bytes ? (KIND_OF[extname(file.fileName).toLowerCase()] ?? null) : null;
      return { fileName: file?.fileName ?? '', bytes: file?.bytes ?? null, kind, scan: await tx.scanReadings.get(id) };
    });

  async function withPages<T>(bytes: Buffer, kind: PageKind, use: (source: PageSource) => Promise<T>): Promise<ApiResult<T>> {
    let source: PageSource;
    try {
      source = kind === 'ofd' ? await openOfdPages(bytes) : await openPages(bytes, kind);
    } catch (error) {
      return fail(error instanceof PagesRefused ? error.message : DAMAGED);
    }
    try {
      return ok(await use(source));
    } catch (error) {
      return fail(error instanceof PagesRefused ? error.message : DAMAGED);
    } finally {
      await source.close();
    }
  }

  return {
    async originalPages(id: number): Promise<ApiResult<OriginalPages>> {
      const found = await original(id);
      if (!found) return fail(NOT_FOUND);
      if (!found.kind || !found.bytes) return ok({ pages: 0, scan: found.scan });
      return withPages(found.bytes, found.kind, async (source) => ({ pages: source.count, scan: found.scan }));
    },

    async pageImage(id: number, page: number): Promise<ApiResult<FilePayload>> {
      const found = await original(id);
      if (!found) return fail(NOT_FOUND);
      if (!found.kind || !found.bytes) return fail('这份公文的原件不是 PDF、OFD 或图片，没有页面图像');
      const { kind, bytes, fileName } = found;
      const rendered = await withPages(bytes, kind, async (source) => (page > source.count ? null : toPng(await source.render(page))));
      if (!rendered.ok) return rendered;
      if (!rendered.value) return fail(`原件没有第 ${page} 页`);
      const base = fileName.replace(/\.[^.]*$/, '');
      return ok({ fileName: `${base}-第${page}页.png`, mime: 'image/png', bytes: new Uint8Array(rendered.value) });
    },
  };
}
