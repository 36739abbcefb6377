/**
 * 模板: the documents' wording and which elements appear, as data. Built-in templates are read-only;
 * copy one, change the copy, save it (checked with the same schema the core uses).
 */
import { useEffect, useState } from 'react';
import { templateSchema, TEMPLATE_KIND_NAMES, TEMPLATE_KINDS, type Template } from '../../shared/drafting/templates';
import { validate } from '../../shared/api/validation';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { href, navigate } from '../app/router';
import { askText } from '../components/AskText';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { toast } from '../components/Toasts';
import { useSyncedForm } from '../hooks/useSyncedForm';
import { OfficeTemplatesPanel } from './OfficeTemplatesPanel';
import { TemplateForm } from './TemplateForm';

const builtIn = (template: Template) => template.id.endsWith('-default');

export function TemplatesScreen({ selected }: { selected: string | null }) {
  const templates = useApi('templates.list', {});
  const list = templates.value?.templates ?? [];
  const current = list.find((t) => t.id === selected) ?? null;
  const [editing, setEditing] = useSyncedForm<Template | null, Template | null>(current, (stored) => stored);
  const [error, setError] = useState<string | null>(null);
  // Another template chosen: show it as stored, whatever was being edited.
  useEffect(() => {
    setEditing(current);
    setError(null);
  }, [selected]);

  async function copy(template: Template) {
    const name = await askText('新模板的名称', `${template.name}（副本）`);
    if (!name) return;
    const result = await api.call('templates.copy', { id: template.id, name });
    if (!result.ok) return setError(result.error);
    templates.reload();
    navigate(href(['templates', result.value.id]));
  }

  async function save() {
    if (!editing) return;
    const checked = validate(templateSchema, editing);
    if (!checked.ok) return setError(checked.error);
    const result = await api.call('templates.save', { template: checked.value });
    if (!result.ok) return setError(result.error);
    setError(null);
    templates.reload();
    toast('模板已保存。');
  }

  async function remove(template: Template) {
    if (!window.confirm(`删除模板“${template.name}”？`)) return;
    const result = await api.call('templates.delete', { id: template.id });
    if (!result.ok) return setError(result.error);
    templates.reload();
    navigate(href(['templates']));
  }

  return (
    <>
      <PageHeader title="模板" subtitle="公文、任务分工方案、收文处理笺、归档文件目录和单位任务清单的格式与用语" />
      <div className="page-body">
        <ErrorBox error={templates.error} />
        <div className="side-layout">
          <nav className="panel" aria-label="模板列表">
            {TEMPLATE_KINDS.map((kind) => (
              <div key={kind}>
                <div className="list-group">{TEMPLATE_KIND_NAMES[kind]}</div>
                <ul className="list-pane">
                  {list
                    .filter((t) => t.kind === kind)
                    .map((t) => (
                      <li key={t.id}>
                        <a className={t.id === selected ? 'active' : ''} href={href(['templates', t.id])}>
                          {t.name}
                          {builtIn(t) ? <span className="muted small">（内置）</span> : null}
                        </a>
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </nav>
          <section className="panel">
            {editing ? (
              <>
                <div className="panel-title">
                  <h2>{editing.name}</h2>
                  <div className="actions">
                    <button type="button" onClick={() => copy(editing)}>
                      复制为新模板
                    </button>
                    {!builtIn(editing) ? (
                      <>
                        <button type="button" className="primary" onClick={save}>
                          保存
                        </button>
                        <button type="button" className="danger" onClick={() => remove(editing)}>
                          删除
                        </button>
                      </>
                    ) : null}
                  </div>
                </div>
                {builtIn(editing) ? <div className="note-box">内置模板不能直接修改。请先“复制为新模板”，再修改副本。</div> : null}
                <ErrorBox error={error} />
                <TemplateForm
                  value={editing as unknown as Record<string, never>}
                  readOnly={builtIn(editing)}
                  onChange={(value) => setEditing(value as unknown as Template)}
                />
              </>
            ) : (
              <>
                <p className="muted">在左侧选择一个模板查看。内置模板可以复制后修改，起草和生成文书时可选用。</p>
                <OfficeTemplatesPanel />
              </>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
