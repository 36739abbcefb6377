/**
 * The received file as page images (a PDF, a scan), beside the parsed structure, so the clerk can check
 * what the machine read. For a scan read by OCR: its mean confidence, and each line read with low
 * confidence boxed on its page and listed; choosing a line in the list shows its page and flashes it.
 */
import { useEffect, useState } from 'react';
import type { OriginalPages as Pages } from '../../shared/api/archiveContract';
import type { OcrLine } from '../../shared/domain/scanReading';
import { api } from '../api/client';
import { ErrorBox } from '../components/ErrorBox';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** A page's PNG as an object URL, released when the page changes. */
function usePageImage(noticeId: number, page: number): { url: string | null; error: string | null } {
  const [state, setState] = useState<{ url: string | null; error: string | null }>({ url: null, error: null });
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    setState({ url: null, error: null });
    void api.call('archive.pageImage', { id: noticeId, page }).then((result) => {
      if (!live) return;
      if (!result.ok) return setState({ url: null, error: result.error });
      url = URL.createObjectURL(new Blob([result.value.bytes as Uint8Array<ArrayBuffer>], { type: result.value.mime }));
      setState({ url, error: null });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [noticeId, page]);
  return state;
}

export function OriginalPages({ noticeId, pages }: { noticeId: number; pages: Pages }) {
  const [page, setPage] = useState(1);
  const [flash, setFlash] = useState<OcrLine | null>(null);
  const image = usePageImage(noticeId, page);
  const reading = pages.scan?.pages.find((p) => p.page === page) ?? null;
  const lowLines = pages.scan?.pages.flatMap((p) => p.lowConfidenceLines.map((line) => ({ page: p.page, line }))) ?? [];

  return (
    <div className="original-pages" data-testid="original-pages">
      {pages.scan ? (
        <p className="scan-note" data-testid="scan-note">
          这份公文由扫描件经文字识别（OCR）得到，平均置信度 {percent(pages.scan.meanConfidence)}。
          {lowLines.length > 0 ? `有 ${lowLines.length} 行识别把握不大（页面上以黄框标出），请对照原件核对。` : '没有识别把握不大的行。'}
        </p>
      ) : null}
      {lowLines.length > 0 ? (
        <ul className="low-lines" aria-label="识别把握不大的行">
          {lowLines.map(({ page: at, line }, index) => (
            <li key={index}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  setPage(at);
                  setFlash(line);
                }}
              >
                第 {at} 页：{line.text}
              </button>{' '}
              <span className="muted small">置信度 {percent(line.confidence)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="pager">
        <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          上一页
        </button>
        <span>
          第 {page} / {pages.pages} 页
        </span>
        <button type="button" disabled={page >= pages.pages} onClick={() => setPage(page + 1)}>
          下一页
        </button>
      </div>
      {image.error ? <ErrorBox error={image.error} /> : null}
      {image.url ? (
        <div className="page-image">
          <img src={image.url} alt={`原件第 ${page} 页`} />
          {reading
            ? reading.lowConfidenceLines.map((line, index) => (
                <div
                  key={index}
                  className={`low-box${line === flash ? ' flash' : ''}`}
                  title={`${line.text}（置信度 ${percent(line.confidence)}）`}
                  data-testid="low-confidence-box"
                  style={{
                    left: `${(line.box.x / reading.width) * 100}%`,
                    top: `${(line.box.y / reading.height) * 100}%`,
                    width: `${(line.box.width / reading.width) * 100}%`,
                    height: `${(line.box.height / reading.height) * 100}%`,
                  }}
                />
              ))
            : null}
        </div>
      ) : image.error ? null : (
        <div className="loading">正在显示第 {page} 页…</div>
      )}
    </div>
  );
}
