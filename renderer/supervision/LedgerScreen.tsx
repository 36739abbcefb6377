/**
 * 督办台账: every task of every registered notice, filtered by unit, notice, status and deadline (the filter
 * and the page live in the address, so 今日待办 links straight to it). The core sends one page at a time with
 * the count of all; the export, the printout and the 催办通知 take every matching task. Select tasks to set
 * their deadline at once. The side pane shows one task.
 */
import { useEffect, useMemo, useState } from 'react';
import { LEDGER_PAGE, TASK_PAGE_MAX, type TaskFilter, type TaskRow } from '../../shared/api/supervisionContract';
import { TASK_STATUS_NAMES, TASK_STATUSES } from '../../shared/api/supervisionVocabulary';
import { api } from '../api/client';
import { archiveChanged, useApi } from '../api/useApi';
import { href, navigate } from '../app/router';
import { EmptyState } from '../components/EmptyState';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { ExportRunning } from '../components/ExportRunning';
import { toast } from '../components/Toasts';
import { useCancellableExport } from '../hooks/useCancellableExport';
import { LedgerPager, pageOf } from './LedgerPager';
import { LedgerPrint } from './LedgerPrint';
import { TaskDetail } from './TaskDetail';
import { TaskStatusBadge } from './TaskStatusBadge';

type StatusChoice = '' | (typeof TASK_STATUSES)[number] | 'overdue';

const isoDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

function filterOf(query: URLSearchParams): TaskFilter {
  const status = query.get('status') as StatusChoice | null;
  const within = query.get('within');
  return {
    unit: query.get('unit') || undefined,
    notice: query.get('notice') || undefined,
    status: status || undefined,
    dueWithin: within && /^\d+$/.test(within) ? Number(within) : undefined,
    dueFrom: isoDay(query.get('from')),
    dueTo: isoDay(query.get('to')),
  };
}

const count = (n: number) => n.toLocaleString('zh-CN');

export function LedgerScreen({ query }: { query: URLSearchParams }) {
  const filter = filterOf(query);
  const page = pageOf(query.get('page'));
  const tasks = useApi('tasks.list', { ...filter, offset: (page - 1) * LEDGER_PAGE, limit: LEDGER_PAGE });
  const rows = useMemo(() => tasks.value?.tasks ?? [], [tasks.value]);
  const total = tasks.value?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / LEDGER_PAGE));
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [openId, setOpenId] = useState<number | null>(null);
  const [bulkDue, setBulkDue] = useState('');
  const [printing, setPrinting] = useState<TaskRow[] | null>(null);
  const exporting = useCancellableExport();
  const open = rows.find((task) => task.id === openId) ?? null;
  const units = [...new Set(rows.map((task) => task.unit))];
  const reminderUnit = open?.unit ?? (units.length === 1 ? units[0] : null);

  /** A new filter starts again at the first page. */
  const setQuery = (change: Record<string, string>) => {
    const next = Object.fromEntries(query);
    navigate(href(['ledger'], { ...next, page: '', ...change }), { replace: true });
  };
  const goToPage = (to: number) => navigate(href(['ledger'], { ...Object.fromEntries(query), page: to > 1 ? String(to) : '' }));
  // Past the last page (tasks done or filtered away meanwhile): show the last one.
  const pastEnd = tasks.state === 'ok' && page > pages;
  useEffect(() => {
    if (pastEnd) navigate(href(['ledger'], { ...Object.fromEntries(query), page: pages > 1 ? String(pages) : '' }), { replace: true });
  }, [pastEnd, pages, query]);
  const toggle = (id: number) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const shownSelected = rows.filter((task) => selected.has(task.id)).map((task) => task.id);

  async function applyDue(due: string | null) {
    const result = await api.call('tasks.setDue', { ids: shownSelected, due });
    if (!result.ok) return toast(result.error, 'error');
    toast(due ? `已将 ${result.value.updated} 项任务的期限设为 ${due}` : `已恢复 ${result.value.updated} 项任务的默认期限`);
    setSelected(new Set());
    archiveChanged();
  }

  /** The printout holds every matching task, up to what one call sends; beyond it the clerk filters or exports. */
  async function print() {
    const all = await api.call('tasks.list', { ...filter, offset: 0, limit: TASK_PAGE_MAX });
    if (!all.ok) return toast(all.error, 'error');
    if (all.value.total > TASK_PAGE_MAX)
      return toast(
        `符合条件的任务有 ${count(all.value.total)} 项，一次最多打印 ${count(TASK_PAGE_MAX)} 项；请先筛选，或导出 Excel。`,
        'error',
      );
    setPrinting(all.value.tasks);
  }

  if (printing) return <LedgerPrint tasks={printing} today={tasks.value?.today ?? ''} onClose={() => setPrinting(null)} />;

  // From the answer, not the address: while the next page loads the last one stays in view, with its numbers.
  const first = (tasks.value?.offset ?? 0) + 1;
  const subtitle = !tasks.value
    ? undefined
    : total <= rows.length
      ? `共 ${count(total)} 项任务`
      : `第 ${count(first)}–${count(first + rows.length - 1)} 项，共 ${count(total)} 项任务`;

  return (
    <>
      <PageHeader title="督办台账" subtitle={subtitle}>
        <ExportRunning exporting={exporting} />
        <button
          type="button"
          disabled={total === 0 || exporting.running !== null}
          onClick={() => void exporting.run('正在导出督办台账…', (exportId) => api.call('tasks.exportXlsx', { ...filter, exportId }), true)}
        >
          导出 Excel
        </button>
        <button type="button" disabled={total === 0} onClick={() => void print()}>
          打印
        </button>
        <button
          type="button"
          disabled={!reminderUnit || exporting.running !== null}
          title={reminderUnit ? `为${reminderUnit}生成催办通知` : '先按单位筛选，或在表中选中一项任务'}
          onClick={() =>
            reminderUnit &&
            void exporting.run(
              `正在生成${reminderUnit}的催办通知…`,
              (exportId) => api.call('tasks.reminderDocx', { unit: reminderUnit, exportId }),
              true,
            )
          }
        >
          {reminderUnit ? `催办 ${reminderUnit}` : '催办通知'}
        </button>
      </PageHeader>
      <div className="page-body flush">
        <div className="toolbar">
          <input
            className="search-box narrow"
            type="search"
            data-search-box
            placeholder="责任单位"
            aria-label="按责任单位筛选"
            defaultValue={filter.unit ?? ''}
            onChange={(e) => setQuery({ unit: e.target.value })}
          />
          <input
            className="search-box narrow"
            type="search"
            placeholder="文号"
            aria-label="按文号筛选"
            defaultValue={typeof filter.notice === 'string' ? filter.notice : ''}
            onChange={(e) => setQuery({ notice: e.target.value })}
          />
          <select aria-label="按状态筛选" value={filter.status ?? ''} onChange={(e) => setQuery({ status: e.target.value })}>
            <option value="">全部状态</option>
            {[...TASK_STATUSES, 'overdue' as const].map((status) => (
              <option key={status} value={status}>
                {TASK_STATUS_NAMES[status]}
              </option>
            ))}
          </select>
          <select
            aria-label="按完成时限筛选"
            value={filter.dueWithin === undefined ? '' : String(filter.dueWithin)}
            onChange={(e) => setQuery({ within: e.target.value })}
          >
            <option value="">全部期限</option>
            <option value="7">7天内到期</option>
            <option value="30">30天内到期</option>
          </select>
          <span className="bulk" role="group" aria-label="按期限区间筛选">
            期限
            <input type="date" aria-label="期限从" value={filter.dueFrom ?? ''} onChange={(e) => setQuery({ from: e.target.value })} />
            至
            <input type="date" aria-label="期限至" value={filter.dueTo ?? ''} onChange={(e) => setQuery({ to: e.target.value })} />
          </span>
          <span className="spacer" />
          {shownSelected.length > 0 ? (
            <span className="bulk" role="group" aria-label="批量设定期限">
              已选 {shownSelected.length} 项
              <input type="date" aria-label="新的完成时限" value={bulkDue} onChange={(e) => setBulkDue(e.target.value)} />
              <button type="button" disabled={!bulkDue} onClick={() => void applyDue(bulkDue)}>
                设定期限
              </button>
              <button type="button" className="link" onClick={() => void applyDue(null)}>
                恢复默认期限
              </button>
            </span>
          ) : null}
        </div>
        <ErrorBox error={tasks.error} />
        {tasks.state === 'ok' && rows.length === 0 ? (
          <EmptyState title="没有符合条件的任务" hint="导入带有责任单位的收文后，每个条款的每个责任单位都会成为一项督办任务。" />
        ) : (
          <div className="ledger-layout">
            <div className="ledger-scroll">
              <table className="table ledger-table" data-testid="ledger-table">
                <thead>
                  <tr>
                    <th className="frozen">
                      <input
                        type="checkbox"
                        aria-label="全选本页"
                        checked={rows.length > 0 && shownSelected.length === rows.length}
                        onChange={(e) => setSelected(new Set(e.target.checked ? rows.map((task) => task.id) : []))}
                      />
                    </th>
                    <th className="frozen second">责任单位</th>
                    <th>任务</th>
                    <th>完成时限</th>
                    <th>状态</th>
                    <th>文号</th>
                    <th>最新反馈</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((task: TaskRow) => (
                    <tr
                      key={task.id}
                      className={task.id === openId ? 'selected' : undefined}
                      onClick={() => setOpenId(task.id)}
                      onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && setOpenId(task.id)}
                      tabIndex={0}
                      aria-selected={task.id === openId}
                    >
                      <td className="frozen" onClick={(e) => e.stopPropagation()}>
                        <input
                          type="checkbox"
                          aria-label={`选择任务 ${task.id}`}
                          checked={selected.has(task.id)}
                          onChange={() => toggle(task.id)}
                        />
                      </td>
                      <td className="frozen second unit-cell" title={task.contact ? `${task.unit}（联系人：${task.contact}）` : task.unit}>
                        {task.unit}
                        <span className="muted small">{task.role === 'lead' ? ' 牵头' : ' 配合'}</span>
                      </td>
                      <td className="task-cell" title={task.clause.text}>
                        {task.clause.path} {task.clause.heading || task.clause.text.slice(0, 40)}
                      </td>
                      <td className={`nowrap${task.overdue ? ' overdue' : ''}`}>{task.due ?? '未定'}</td>
                      <td className="nowrap">
                        <TaskStatusBadge task={task} />
                      </td>
                      <td className="nowrap">{task.noticeDocNumber ?? '（无文号）'}</td>
                      <td className="task-cell muted">{task.feedback.at(-1)?.text ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <LedgerPager page={page} pages={pages} onPage={goToPage} />
            </div>
            <aside className="panel ledger-detail" aria-label="任务详情">
              {open ? <TaskDetail key={open.id} task={open} /> : <p className="muted">点击一行查看任务、记录反馈。</p>}
            </aside>
          </div>
        )}
      </div>
    </>
  );
}
