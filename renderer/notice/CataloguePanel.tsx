/**
 * A year's 归档文件目录 (DA/T 22) before and after it is generated: each filed 件 with its 页数 — counted
 * from the received file where it has pages, written here by the clerk otherwise (kept with the filing)
 * — and the warnings to check (a 件 with no 页数, a 件 dated in another year), in Chinese.
 */
import { useEffect, useState } from 'react';
import type { CatalogueEntry } from '../../shared/api/registrationContract';
import { RETENTION_NAMES } from '../../shared/api/vocabulary';
import type { Finding } from '../../shared/domain/notice';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { toast } from '../components/Toasts';
import { saveGenerated } from '../documents/saveGenerated';
import { pagesFromText, pagesNote } from './cataloguePages';
import { FindingList } from './FindingList';

const asFindings = (warnings: string[]): Finding[] => warnings.map((message) => ({ rule: 'catalogue', severity: 'warning', message }));

/** The 页数 of one 件: typed, handed to the archive on leaving the field or Enter; empty gives it back to the count. */
function PagesInput({ entry, onSaved }: { entry: CatalogueEntry; onSaved(): void }) {
  const written = entry.pagesFrom === 'clerk' ? String(entry.pages) : '';
  const [text, setText] = useState(written);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(written), [written]);
  async function commit() {
    const parsed = pagesFromText(text);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    if (text.trim() === written) return;
    const saved = await api.call('filing.setPages', { id: entry.noticeId, pages: parsed.pages });
    if (!saved.ok) setError(saved.error);
    else onSaved();
  }
  return (
    <>
      <input
        className="pages-input"
        aria-label={`页数：${entry.archivalCode}`}
        aria-invalid={Boolean(error)}
        inputMode="numeric"
        value={text}
        placeholder={entry.counted === null ? '填写' : String(entry.counted)}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => e.key === 'Enter' && void commit()}
      />
      <span className="muted small"> {pagesNote(entry)}</span>
      {error ? <span className="field-error">{error}</span> : null}
    </>
  );
}

export function CataloguePanel({ year }: { year: number }) {
  const check = useApi('filing.catalogue', { year });
  // The warnings as they stood when the catalogue was generated, shown until the year changes.
  const [generated, setGenerated] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setGenerated(null), [year]);
  const entries = check.value?.entries ?? [];

  async function generate() {
    setBusy(true);
    const problem = await saveGenerated({ kind: 'catalogue', year });
    setBusy(false);
    if (problem) {
      toast(problem, 'error');
      return;
    }
    const after = await api.call('filing.catalogue', { year });
    setGenerated(after.ok ? after.value.warnings : []);
    check.reload();
  }

  return (
    <section className="catalogue-panel" aria-label={`${year}年度归档文件目录`} data-testid="catalogue-panel">
      <h3>{year}年度归档文件目录</h3>
      <ErrorBox error={check.error} />
      {check.value && entries.length === 0 ? <p className="muted">{year}年度还没有归档的文件。</p> : null}
      {entries.length > 0 ? (
        <>
          <div data-testid="catalogue-warnings">
            <h4>生成前请核对</h4>
            <FindingList findings={asFindings(check.value?.warnings ?? [])} />
          </div>
          <table className="table catalogue-table">
            <thead>
              <tr>
                <th>档号</th>
                <th>保管期限</th>
                <th>文号</th>
                <th>题名</th>
                <th>成文日期</th>
                <th>页数</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.noticeId}>
                  <td>{entry.archivalCode}</td>
                  <td>{RETENTION_NAMES[entry.retention]}</td>
                  <td>{entry.docNumber ?? ''}</td>
                  <td>{entry.title ?? ''}</td>
                  <td>{entry.signedDate ?? ''}</td>
                  <td>
                    <PagesInput entry={entry} onSaved={check.reload} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void generate()}>
              {busy ? '正在生成…' : `生成${year}年度归档文件目录`}
            </button>
          </div>
        </>
      ) : null}
      {generated ? (
        <div className="note-box" role="status" data-testid="catalogue-generated">
          <p>
            已生成{year}年度归档文件目录。{generated.length === 0 ? '没有需要核对的地方。' : '目录中仍有以下问题，请核对后再打印：'}
          </p>
          {generated.length > 0 ? <FindingList findings={asFindings(generated)} /> : null}
        </div>
      ) : null}
    </section>
  );
}
