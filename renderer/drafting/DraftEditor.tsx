/**
 * The drafting desk for one draft: clauses (keep, edit, drop, add, reorder, units), elements, unit
 * mapping, 对照落实 against the upstream, live 公文校对 and the 用语 rules — beside a live paper
 * preview. Then: save, 取文号, generate the .docx (and a 任务分工方案), 发文登记 into the archive.
 */
import { useEffect, useMemo, useState } from 'react';
import { upstreamLevel } from '../../shared/drafting/createDraft';
import { addClause, dropClause, editClause, moveClause, restoreClause, setClauseUnits } from '../../shared/drafting/draftEdits';
import { lintDraft } from '../../shared/drafting/draftLint';
import { draftToNoticeDocument, numberDraftClauses } from '../../shared/drafting/draftRender';
import type { NoticeTemplate } from '../../shared/drafting/templates';
import { api } from '../api/client';
import { archiveChanged, useApi } from '../api/useApi';
import { href, navigate } from '../app/router';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { toast } from '../components/Toasts';
import { saveGenerated } from '../documents/saveGenerated';
import { FindingList } from '../notice/FindingList';
import { ClauseEditor } from './ClauseEditor';
import { keyAfterNext, keyBeforePrevious, lastKeyOfBlock } from './clauseMoves';
import { CoveragePanel } from './CoveragePanel';
import { ElementsForm } from './ElementsForm';
import { LayoutChoice } from './LayoutChoice';
import { NoticePreview } from './NoticePreview';
import { RulesPanel } from './RulesPanel';
import { UnitMappingPanel } from './UnitMappingPanel';
import { useDraft } from './useDraft';

type Tab = 'clauses' | 'elements' | 'units' | 'coverage' | 'lint' | 'rules';

export function DraftEditor({ id }: { id: number }) {
  const d = useDraft(id);
  const [tab, setTab] = useState<Tab>('clauses');
  const [busy, setBusy] = useState<string | null>(null);
  const templates = useApi('templates.list', { kind: 'notice' });
  const organization = useApi('settings.getOrganization', {}).value?.organization ?? null;
  const upstreamId = d.draft?.upstream?.noticeId ?? null;
  const upstream = useApi('archive.getNotice', upstreamId ? { id: upstreamId } : null).value;
  const numbers = useApi('issuance.list', {}).value?.numbers;
  const numberVoided = numbers?.some((n) => n.docNumber === d.draft?.docNumber && n.state === 'void') ?? false;

  const template = useMemo(() => {
    const list = (templates.value?.templates ?? []).filter((t): t is NoticeTemplate => t.kind === 'notice');
    return list.find((t) => t.id === d.draft?.templateId) ?? list[0] ?? null;
  }, [templates.value, d.draft?.templateId]);
  const rendered = useMemo(() => (d.draft && template ? draftToNoticeDocument(d.draft, template) : null), [d.draft, template]);
  const lintFindings = useMemo(() => (d.draft && template ? lintDraft(d.draft, template) : []), [d.draft, template]);
  // What the draft kept of its upstream is checked by the core (it knows the divisions), a moment after typing stops.
  const [checkedDraft, setCheckedDraft] = useState(d.draft);
  useEffect(() => {
    const timer = setTimeout(() => setCheckedDraft(d.draft), 600);
    return () => clearTimeout(timer);
  }, [d.draft]);
  const localization = useApi('drafting.localizationFindings', checkedDraft ? { draft: checkedDraft } : null).value?.findings;
  const findings = useMemo(() => [...lintFindings, ...(localization ?? [])], [lintFindings, localization]);
  const markers = useMemo(() => new Map(d.draft ? numberDraftClauses(d.draft).map((n) => [n.clause.key, n.marker]) : []), [d.draft]);

  const { save, dirty, undo, redo } = d;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        if (dirty) void save().then((r) => r && toast('草稿已保存。'));
      }
      // In a text field the field's own undo goes first; elsewhere Ctrl+Z/Ctrl+Y undo the draft's edits.
      const inField = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
      if (!inField && (key === 'z' || key === 'y')) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) redo();
        else undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, dirty, undo, redo]);

  if (d.loadError) {
    return (
      <div className="page-body">
        <ErrorBox error={d.loadError} />
        <a href={href(['drafting'])}>返回草稿列表</a>
      </div>
    );
  }
  const { draft, record } = d;
  if (!draft || !record) return <div className="page-body loading">正在打开草稿…</div>;
  const issued = record.issuedNoticeId !== null;
  const errors = findings.filter((f) => f.severity === 'error').length;

  /** Runs a step that needs the saved draft: saves first when there are changes. */
  async function withSaved(label: string, step: () => Promise<string | null>) {
    setBusy(label);
    const saved = dirty ? await save() : record;
    const error = saved ? await step() : null;
    setBusy(null);
    if (error) toast(error, 'error');
  }

  const generateNotice = () =>
    withSaved('正在生成公文…', async () => {
      if (errors > 0 && !window.confirm(`校对发现 ${errors} 处错误，仍要生成 .docx 吗？`)) return null;
      return saveGenerated({ kind: 'notice', draftId: id });
    });
  const generateTaskTable = () => withSaved('正在生成任务分工方案…', () => saveGenerated({ kind: 'task-table', draftId: id }));
  const assignNumber = () =>
    withSaved('正在取号…', async () => {
      const result = await api.call('issuance.assignNumber', { draftId: id });
      if (!result.ok) return result.error;
      d.adopt(result.value);
      archiveChanged();
      toast(`已取得文号 ${result.value.draft.docNumber}`);
      return null;
    });
  const issue = () =>
    withSaved('正在登记发文…', async () => {
      if (!window.confirm('登记发文后，这份公文将归入档案并与上级文件关联，草稿不能再修改。继续吗？')) return null;
      const result = await api.call('issuance.issue', { draftId: id });
      if (!result.ok) return result.error;
      d.adopt(result.value.draft);
      archiveChanged();
      toast('已登记发文并归入档案。');
      return null;
    });
  async function remove() {
    if (!window.confirm('删除这份草稿？删除后不能恢复。')) return;
    const result = await api.call('drafting.delete', { id });
    if (!result.ok) return toast(result.error, 'error');
    archiveChanged();
    navigate(href(['drafting']));
  }
  async function recreate() {
    if (!upstreamId) return;
    const result = await api.call('drafting.create', { upstreamId, templateId: draft!.templateId });
    if (!result.ok) return toast(result.error, 'error');
    toast('已按新规则生成新草稿。');
    navigate(href(['drafting', result.value.id]));
  }

  const tabs: [Tab, string][] = [
    ['clauses', `条款（${draft.clauses.filter((c) => c.status !== 'dropped').length}）`],
    ['elements', '要素'],
    ['units', '责任单位'],
    ['coverage', '对照落实'],
    ['lint', `校对（${findings.length}）`],
    ['rules', '用语规则'],
  ];

  return (
    <>
      <PageHeader
        title={draft.title || '（无标题草稿）'}
        subtitle={
          <>
            {draft.docNumber ?? '未取文号'}
            {numberVoided ? '（已作废）' : ''}
            {issued ? ' · 已发文' : d.saving ? ' · 正在保存…' : dirty ? ' · 有未保存的修改（几秒后自动保存）' : ' · 已保存'}
          </>
        }
      >
        {busy ? <span className="muted">{busy}</span> : null}
        <button type="button" disabled={!d.canUndo || issued} onClick={undo} title="撤销（Ctrl+Z）">
          撤销
        </button>
        <button type="button" disabled={!d.canRedo || issued} onClick={redo} title="重做（Ctrl+Y）">
          重做
        </button>
        <button
          type="button"
          className="primary"
          disabled={d.saving || issued}
          onClick={() => (dirty ? save().then((r) => r && toast('草稿已保存。')) : toast('草稿已保存。'))}
          title="Ctrl+S"
        >
          保存
        </button>
        {(!draft.docNumber || numberVoided) && !issued ? (
          <button type="button" disabled={busy !== null} onClick={assignNumber} title={numberVoided ? '原文号已作废，取一个新文号' : ''}>
            {numberVoided ? '取新号' : '取文号'}
          </button>
        ) : null}
        <button type="button" disabled={busy !== null} onClick={generateNotice}>
          生成公文 .docx
        </button>
        <button type="button" disabled={busy !== null} onClick={generateTaskTable}>
          任务分工方案
        </button>
        {issued ? (
          <a className="button" href={href(['notice', record.issuedNoticeId!])}>
            查看已发公文
          </a>
        ) : (
          <button type="button" disabled={busy !== null || !draft.docNumber} title={draft.docNumber ? '' : '请先取文号'} onClick={issue}>
            登记发文
          </button>
        )}
        {!issued ? (
          <button type="button" className="danger" onClick={remove}>
            删除草稿
          </button>
        ) : null}
      </PageHeader>
      <div className="page-body" data-no-search-jump>
        {d.restored ? (
          <div className="note-box" role="status">
            已恢复上次未保存的修改（程序意外关闭前输入的内容）。
            <button type="button" className="link" onClick={d.discardRestored}>
              放弃这些修改
            </button>
          </div>
        ) : null}
        <ErrorBox error={d.editError} />
        {issued ? null : <LayoutChoice draft={draft} onChange={(change) => d.edit((x) => ({ ...x, ...change }))} />}
        <div className="draft-layout">
          <section className="panel" aria-label="编辑草稿">
            <div className="tabs" role="tablist">
              {tabs.map(([key, label]) => (
                <button key={key} type="button" role="tab" className="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
                  {label}
                </button>
              ))}
            </div>
            {tab === 'clauses' ? (
              <div data-testid="draft-clauses">
                {draft.clauses.map((clause) => (
                  <ClauseEditor
                    key={clause.key}
                    clause={clause}
                    marker={markers.get(clause.key) ?? null}
                    onText={(text) => d.edit((x) => editClause(x, clause.key, { text }))}
                    onLevel={(level) => d.edit((x) => editClause(x, clause.key, { level }))}
                    onUnits={(units) => d.edit((x) => setClauseUnits(x, clause.key, units))}
                    onDrop={() => d.edit((x) => dropClause(x, clause.key))}
                    onRestore={() => d.edit((x) => restoreClause(x, clause.key))}
                    onMoveUp={() =>
                      d.edit((x) => {
                        const before = keyBeforePrevious(x, clause.key);
                        return before === undefined ? x : moveClause(x, clause.key, before);
                      })
                    }
                    onMoveDown={() =>
                      d.edit((x) => {
                        const before = keyAfterNext(x, clause.key);
                        return before === undefined ? x : moveClause(x, clause.key, before);
                      })
                    }
                    onInsertAfter={() =>
                      d.edit((x) =>
                        addClause(x, { afterKey: lastKeyOfBlock(x, clause.key), level: clause.level, text: '请在此填写新条款的内容。' }),
                      )
                    }
                  />
                ))}
                <button
                  type="button"
                  onClick={() =>
                    d.edit((x) => addClause(x, { afterKey: x.clauses.at(-1)?.key ?? null, level: 1, text: '请在此填写新条款的内容。' }))
                  }
                >
                  在末尾新增条款
                </button>
              </div>
            ) : null}
            {tab === 'elements' ? <ElementsForm draft={draft} onChange={(change) => d.edit((x) => ({ ...x, ...change }))} /> : null}
            {tab === 'units' ? (
              <UnitMappingPanel
                draft={draft}
                onRename={(from, to) =>
                  d.edit((x) => ({
                    ...x,
                    clauses: x.clauses.map((c) => ({ ...c, units: c.units.map((u) => (u.upstream === from ? { ...u, name: to } : u)) })),
                  }))
                }
              />
            ) : null}
            {tab === 'coverage' ? (
              upstream ? (
                <CoveragePanel
                  draft={draft}
                  upstreamClauses={upstream.notice.clauses}
                  onRestore={(key) => d.edit((x) => restoreClause(x, key))}
                />
              ) : (
                <p className="muted">这份草稿的上级文件不在档案中，无法对照。</p>
              )
            ) : null}
            {tab === 'lint' ? <FindingList findings={findings} /> : null}
            {tab === 'rules' ? (
              organization && upstream ? (
                <RulesPanel
                  fromLevel={upstreamLevel(upstream.notice, organization)}
                  toLevel={organization.adminLevel}
                  onRecreate={issued ? undefined : recreate}
                />
              ) : (
                <p className="muted">需要本机关设置和档案中的上级文件才能显示用语规则。</p>
              )
            ) : null}
          </section>
          <section className="draft-preview-col">
            {rendered ? <NoticePreview doc={rendered} /> : <ErrorBox error={templates.error} />}
          </section>
        </div>
      </div>
    </>
  );
}
