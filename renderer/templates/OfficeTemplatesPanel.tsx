/**
 * 红头模板 (.docx): the office's own Word/WPS documents with tags such as {{文号}} {{标题}} {{正文}}.
 * The clerk adds one, sees its first page filled with a sample notice, and chooses it for notices or
 * task tables; with none chosen the built-in GB/T 9704 layout is used.
 */
import { useEffect, useState } from 'react';
import type { OfficeTemplate } from '../../shared/api/officeTemplateContract';
import type { TemplateKind } from '../../shared/drafting/templates';
import { TEMPLATE_KIND_NAMES } from '../../shared/drafting/templates';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { toast } from '../components/Toasts';

const CHOOSABLE: TemplateKind[] = ['notice', 'task-table'];

function Preview({ template, canPreview }: { template: OfficeTemplate; canPreview: boolean }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!canPreview) return undefined;
    let made: string | null = null;
    setUrl(null);
    setError(null);
    void api.call('officeTemplates.preview', { id: template.id }).then((result) => {
      if (!result.ok) return setError(result.error);
      made = URL.createObjectURL(new Blob([result.value.bytes as BlobPart], { type: result.value.mime }));
      setUrl(made);
    });
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [template.id, canPreview]);
  return (
    <div className="office-template-preview">
      {canPreview ? null : (
        <div className="note-box">
          这台电脑上没有 LibreOffice，无法显示版面预览。模板中的标记如下，可在 Word 或 WPS 中打开模板查看版面。
        </div>
      )}
      <ErrorBox error={error} />
      {url ? (
        <img
          src={url}
          alt={`“${template.name}”第一页预览（示例内容）`}
          style={{ width: '100%', maxWidth: 520, border: '1px solid #ccc' }}
        />
      ) : null}
      {canPreview && !url && !error ? <p className="muted">正在生成预览…</p> : null}
      <p className="small">模板中的标记：{template.tags.length > 0 ? template.tags.map((t) => `{{${t}}}`).join(' ') : '（没有标记）'}</p>
    </div>
  );
}

export function OfficeTemplatesPanel() {
  const state = useApi('officeTemplates.list', {});
  const list = state.value;
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const shownTemplate = list?.templates.find((t) => t.id === shown) ?? null;

  async function add(file: File) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await api.call('officeTemplates.add', { fileName: file.name, bytes });
    if (!result.ok) return setError(result.error);
    setError(null);
    state.reload();
    setShown(result.value.id);
    toast(`已添加模板“${result.value.name}”。`);
  }

  async function choose(kind: TemplateKind, id: string) {
    const result = await api.call('officeTemplates.choose', { kind, id: id || null });
    if (!result.ok) return setError(result.error);
    setError(null);
    state.reload();
  }

  async function remove(template: OfficeTemplate) {
    if (!window.confirm(`删除红头模板“${template.name}”？`)) return;
    const result = await api.call('officeTemplates.remove', { id: template.id });
    if (!result.ok) return setError(result.error);
    if (shown === template.id) setShown(null);
    state.reload();
  }

  return (
    <section className="panel" aria-label="红头模板">
      <div className="panel-title">
        <h2>红头模板（.docx）</h2>
        <div className="actions">
          <label className="button">
            添加 .docx 模板…
            <input
              type="file"
              accept=".docx,.dotx"
              hidden
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void add(file);
              }}
            />
          </label>
        </div>
      </div>
      <p className="muted small">
        在 Word 或 WPS 中做好本机关的红头文件，在要填内容的位置写标记，如{' '}
        {'{{文号}} {{标题}} {{主送}} {{正文}} {{署名}} {{成文日期}} {{抄送}} {{印发机关}} {{印发日期}}'}；{'{{正文}}'}{' '}
        单独占一段。任务表的一行写 {'{{#任务}}{{序号}} … {{完成时限}}{{/任务}}'}。
      </p>
      <ErrorBox error={state.error ?? error} />
      {list ? (
        <>
          <div className="form-grid">
            {CHOOSABLE.map((kind) => (
              <label key={kind}>
                {TEMPLATE_KIND_NAMES[kind]}使用
                <select value={list.chosen[kind] ?? ''} onChange={(event) => void choose(kind, event.currentTarget.value)}>
                  <option value="">内置版式（GB/T 9704）</option>
                  {list.templates.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {list.templates.length === 0 ? <p className="muted">还没有红头模板。</p> : null}
          <ul className="list-pane">
            {list.templates.map((t) => (
              <li key={t.id}>
                <button type="button" className={t.id === shown ? 'link active' : 'link'} onClick={() => setShown(t.id)}>
                  {t.name}
                </button>
                <button type="button" className="danger small" onClick={() => void remove(t)}>
                  删除
                </button>
              </li>
            ))}
          </ul>
          {shownTemplate ? <Preview template={shownTemplate} canPreview={list.canPreview} /> : null}
        </>
      ) : null}
    </section>
  );
}
