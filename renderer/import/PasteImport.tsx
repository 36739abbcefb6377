/**
 * 粘贴文字: paste a notice copied from a web page or PDF, watch the live preview, then import it. Text
 * with neither a 文号 nor an issuer ("你好，今天开会吗？") is not registered as 收文 without asking: the
 * clerk registers it as a note (便笺) or cancels.
 */
import { useState } from 'react';
import type { ImportOutcome } from '../../shared/api/archiveContract';
import { parseNotice } from '../../shared/parser/parseNotice';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { useLeaveGuard } from '../hooks/useLeaveGuard';
import { ParsePreview } from './ParsePreview';

/** What a pasted text is registered under when the clerk keeps it as a note. */
const NOTE_NAME = '便笺';

function looksLikeNotice(text: string): boolean {
  const notice = parseNotice(text);
  return notice.docNumber !== null || notice.issuer !== null;
}

export function PasteImport({ onOutcome }: { onOutcome(outcome: ImportOutcome): void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  useLeaveGuard(text.trim() !== '');

  async function onImport(asNote = false) {
    if (!asNote && !looksLikeNotice(text)) {
      setAsking(true);
      return;
    }
    setAsking(false);
    setBusy(true);
    setError(null);
    const result = await api.call('archive.importText', asNote ? { text, fileName: NOTE_NAME } : { text });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onOutcome(result.value);
    archiveChanged();
    if (result.value.status !== 'failed') setText('');
  }

  return (
    <div className="two-col">
      <div className="panel">
        <h2>粘贴公文全文</h2>
        <textarea
          className="paste-area"
          aria-label="公文全文"
          placeholder="从网页、PDF 或 Word 中复制整份公文（含版头、文号、正文和落款），粘贴到这里。"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setAsking(false);
          }}
        />
        <ErrorBox error={error} />
        {asking ? (
          <div className="note-box" role="alertdialog" aria-label="不像一份公文">
            <p>这段文字没有文号，也没有发文机关，看起来不是一份公文。要登记吗？</p>
            <div className="form-actions">
              <button type="button" onClick={() => void onImport(true)}>
                作为便笺登记
              </button>
              <button type="button" onClick={() => setAsking(false)}>
                取消
              </button>
            </div>
          </div>
        ) : null}
        <div className="form-actions">
          <button type="button" className="primary" onClick={() => void onImport()} disabled={busy || text.trim() === ''}>
            {busy ? '正在导入…' : '导入这份公文'}
          </button>
          <button type="button" onClick={() => setText('')} disabled={busy || text === ''}>
            清空
          </button>
          <span className="muted small">{text.length > 0 ? `${text.length} 字` : ''}</span>
        </div>
      </div>
      <ParsePreview text={text} />
    </div>
  );
}
