/**
 * The right side of 公文详情: the text as received, and — when the received file has pages (a PDF, an OFD, a
 * scan) — the pages themselves. A scan opens on its pages, where what OCR doubted is shown; a jump to a
 * line (a finding, a clause) turns back to the text.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../api/useApi';
import { OriginalPages } from './OriginalPages';
import { OriginalText, type LineFocus } from './OriginalText';

export function OriginalPanel({ noticeId, text, focus }: { noticeId: number; text: string; focus: LineFocus | null }) {
  const pages = useApi('archive.originalPages', { id: noticeId }).value;
  const [view, setView] = useState<'text' | 'pages' | null>(null);
  const shown = view ?? (pages?.scan ? 'pages' : 'text');

  useEffect(() => {
    if (focus) setView('text');
  }, [focus]);

  if (!pages || pages.pages === 0) return <OriginalText text={text} focus={focus} />;
  return (
    <>
      <div className="tabs" role="tablist" aria-label="原文或原件">
        <button type="button" role="tab" className="tab" aria-selected={shown === 'text'} onClick={() => setView('text')}>
          {pages.scan ? '识别的文字' : '文字'}
        </button>
        <button type="button" role="tab" className="tab" aria-selected={shown === 'pages'} onClick={() => setView('pages')}>
          原件（{pages.pages} 页）
        </button>
      </div>
      {shown === 'text' ? <OriginalText text={text} focus={focus} /> : <OriginalPages noticeId={noticeId} pages={pages} />}
    </>
  );
}
