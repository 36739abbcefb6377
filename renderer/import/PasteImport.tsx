/** 粘贴文字: paste a notice copied from a web page or PDF, watch the live preview, then import it. */
import { useState } from 'react';
import type { ImportOutcome } from '../../shared/api/archiveContract';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { ParsePreview } from './ParsePreview';

export function PasteImport({ onOutcome }: { onOutcome(outcome: ImportOutcome): void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onImport() {
    setBusy(true);
    setError(null);
    const result = await api.call('archive.importText', { text });
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
          onChange={(event) => setText(event.target.value)}
        />
        <ErrorBox error={error} />
        <div className="form-actions">
          <button type="button" className="primary" onClick={onImport} disabled={busy || text.trim() === ''}>
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
