/**
 * 公文详情: one archived notice — its clause tree with units, elements, 校对 findings that jump to their
 * place, 收文登记 and 归档 (editable), the lineage picture and the history — beside the original text and,
 * for a PDF or a scan, its pages.
 */
import { useEffect, useState } from 'react';
import type { NoticeDetail } from '../../shared/api/archiveContract';
import { STATUS_NAMES, STATUSES, type Status } from '../../shared/api/vocabulary';
import type { Finding } from '../../shared/domain/notice';
import { api } from '../api/client';
import { archiveChanged, useApi } from '../api/useApi';
import { href, navigate } from '../app/router';
import { EmptyState } from '../components/EmptyState';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { StatusBadge } from '../components/StatusBadge';
import { toast } from '../components/Toasts';
import { saveGenerated } from '../documents/saveGenerated';
import { ClauseTree } from './ClauseTree';
import { ElementList } from './ElementList';
import { FilingForm } from './FilingForm';
import { FlowPanel } from './FlowPanel';
import { FindingList } from './FindingList';
import { HistoryList } from './HistoryList';
import { LineagePicture } from './LineagePicture';
import { OriginalPanel } from './OriginalPanel';
import type { LineFocus } from './OriginalText';
import { RegistrationForm } from './RegistrationForm';

type Tab = 'clauses' | 'elements' | 'findings' | 'registration' | 'flow' | 'filing' | 'lineage' | 'history';

const TABS: { key: Tab; label: (d: NoticeDetail) => string }[] = [
  { key: 'clauses', label: (d) => `条款（${d.notice.clauses.length}）` },
  { key: 'elements', label: () => '要素' },
  { key: 'findings', label: (d) => `校对（${d.findings.length}）` },
  { key: 'registration', label: () => '收文登记' },
  { key: 'flow', label: () => '办理流程' },
  { key: 'filing', label: () => '归档' },
  { key: 'lineage', label: (d) => `引用关系（${d.lineage.upstream.length + d.lineage.downstream.length}）` },
  { key: 'history', label: () => '修改记录' },
];

export function NoticeScreen({ id, clausePath }: { id: number; clausePath: string | null }) {
  const loaded = useApi('archive.getNotice', Number.isInteger(id) && id > 0 ? { id } : null);
  const [tab, setTab] = useState<Tab>('clauses');
  const [clauseFocus, setClauseFocus] = useState<number | null>(null);
  const [lineFocus, setLineFocus] = useState<LineFocus | null>(null);
  const clauses = loaded.value?.notice.clauses;

  // Opened from a search hit or a unit's task: show that clause.
  useEffect(() => {
    if (!clauses || !clausePath) return;
    const index = clauses.findIndex((c) => c.path === clausePath);
    if (index < 0) return;
    setClauseFocus(index);
    setLineFocus({ line: clauses[index].line, excerpt: clauses[index].heading, nonce: Date.now() });
  }, [clauses, clausePath]);

  if (!(Number.isInteger(id) && id > 0)) {
    return <EmptyState title="找不到这份公文" hint="地址不正确。请从收文登记簿或检索结果打开公文。" />;
  }
  if (loaded.error) {
    return (
      <>
        <PageHeader title="公文详情" />
        <div className="page-body">
          <ErrorBox error={loaded.error} />
          <a href={href(['register'])}>返回收文登记簿</a>
        </div>
      </>
    );
  }
  const detail = loaded.value;
  if (!detail) return <div className="page-body loading">正在打开公文…</div>;

  function jump(finding: Finding) {
    if (!finding.at) return;
    if (finding.at.clauseIndex !== undefined) {
      setTab('clauses');
      setClauseFocus(finding.at.clauseIndex);
    }
    setLineFocus({ line: finding.at.line, excerpt: finding.at.excerpt, nonce: Date.now() });
  }

  async function setStatus(status: Status) {
    const result = await api.call('registration.setStatus', { id, status });
    if (!result.ok) toast(result.error, 'error');
    else {
      archiveChanged();
      toast(`状态已改为“${STATUS_NAMES[status]}”。`);
    }
  }

  async function download() {
    const file = await api.call('archive.originalFile', { id });
    const saved = file.ok ? await api.call('shell.saveFile', file.value) : file;
    if (!saved.ok) toast(saved.error, 'error');
  }

  async function decideDuplicate(decision: 'keep' | 'discard') {
    const result = await api.call('archive.resolveDuplicate', { id, decision });
    if (!result.ok) return toast(result.error, 'error');
    archiveChanged();
    toast(decision === 'keep' ? '已确认两份都保留，登记簿中不再标为疑似重复。' : '已将这份移入回收站。');
    if (decision === 'discard') navigate(href(['register']));
  }

  async function remove() {
    if (!window.confirm('把这份公文移入回收站？可以在回收站中恢复。')) return;
    const result = await api.call('archive.delete', { id });
    if (!result.ok) {
      toast(result.error, 'error');
      return;
    }
    archiveChanged();
    toast('已移入回收站。');
    navigate(href(['register']));
  }

  const { notice, registration } = detail;
  return (
    <>
      <PageHeader
        title={notice.title ?? '（无标题）'}
        subtitle={
          <>
            {notice.docNumber?.text ?? notice.docNumberRaw ?? '无文号'} · {notice.issuer ?? '发文机关不详'} ·{' '}
            <StatusBadge status={registration.status} />
          </>
        }
      >
        <select aria-label="办理状态" value={registration.status} onChange={(event) => setStatus(event.target.value as Status)}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_NAMES[status]}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => saveGenerated({ kind: 'routing-slip', noticeId: id }).then((error) => error && toast(error, 'error'))}
        >
          收文处理笺
        </button>
        <a className="button" href={href(['drafting', 'new'], { upstream: String(id) })}>
          起草贯彻落实通知
        </a>
        {detail.sourceFile ? (
          <button type="button" onClick={download}>
            下载原件
          </button>
        ) : null}
        <button type="button" className="danger" onClick={remove}>
          删除
        </button>
      </PageHeader>
      <div className="page-body">
        {detail.duplicates.length > 0 ? (
          <div className="error-box" data-testid="duplicate-banner">
            档案中还有同一发文机关、同一文号的公文：
            {detail.duplicates.map((d) => (
              <a key={d.id} href={href(['notice', d.id])}>
                {' '}
                《{d.title ?? d.docNumber}》
              </a>
            ))}
            。核对后请决定：
            <div className="form-actions">
              <button type="button" onClick={() => decideDuplicate('keep')}>
                不是重复，两份都保留
              </button>
              <button type="button" className="danger" onClick={() => decideDuplicate('discard')}>
                是重复的，删除这份
              </button>
            </div>
          </div>
        ) : null}
        <div className="detail">
          <section className="panel" aria-label="公文结构">
            <div className="tabs" role="tablist">
              {TABS.map((t) => (
                <button key={t.key} type="button" role="tab" className="tab" aria-selected={tab === t.key} onClick={() => setTab(t.key)}>
                  {t.label(detail)}
                </button>
              ))}
            </div>
            {tab === 'clauses' ? <ClauseTree clauses={notice.clauses} focusIndex={clauseFocus} /> : null}
            {tab === 'elements' ? <ElementList detail={detail} /> : null}
            {tab === 'findings' ? <FindingList findings={detail.findings} onJump={jump} /> : null}
            {tab === 'registration' ? <RegistrationForm noticeId={id} registration={registration} /> : null}
            {tab === 'flow' ? <FlowPanel noticeId={id} /> : null}
            {tab === 'filing' ? (
              <FilingForm
                noticeId={id}
                filing={detail.filing}
                defaultYear={Number(notice.signedDate?.slice(0, 4)) || new Date().getFullYear()}
              />
            ) : null}
            {tab === 'lineage' ? (
              <LineagePicture
                current={{ docNumber: notice.docNumber?.text ?? null, title: notice.title }}
                upstream={detail.lineage.upstream}
                downstream={detail.lineage.downstream}
                clauses={notice.clauses}
                organizations={detail.organizations}
              />
            ) : null}
            {tab === 'history' ? <HistoryList noticeId={id} /> : null}
          </section>
          <section aria-label="原文">
            <OriginalPanel noticeId={id} text={detail.originalText} focus={lineFocus} />
          </section>
        </div>
      </div>
    </>
  );
}
