/**
 * 今日待办, the first screen: what is overdue, what falls due in the next 7 days, notices waiting for 拟办 or
 * 批办, and drafts in progress — each a click away from where it is handled. Opening the app reminds once.
 */
import { useEffect } from 'react';
import type { TaskRow } from '../../shared/api/supervisionContract';
import { STAGE_NAMES } from '../../shared/api/supervisionVocabulary';
import { useApi } from '../api/useApi';
import { href } from '../app/router';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { remindOnce } from './startReminder';

/** The core sends the most urgent tasks of a list (shared AGENDA_ITEMS) and their count; the ledger shows the rest. */
function TaskList({ tasks, count, empty, more }: { tasks: TaskRow[]; count: number; empty: string; more: string }) {
  if (tasks.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <table className="table agenda-table">
        <thead>
          <tr>
            <th>完成时限</th>
            <th>责任单位</th>
            <th>任务</th>
            <th>公文</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id}>
              <td className={`nowrap${task.overdue ? ' overdue' : ''}`}>{task.due}</td>
              <td className="nowrap">
                <a href={href(['ledger'], { unit: task.unit })}>{task.unit}</a>
              </td>
              <td title={task.clause.text}>
                {task.clause.path} {task.clause.heading}
              </td>
              <td className="nowrap">
                <a href={href(['notice', task.noticeId], { clause: task.clause.path })}>{task.noticeDocNumber ?? '（无文号）'}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {count > tasks.length ? <a href={more}>在督办台账中查看全部 {count} 项</a> : null}
    </>
  );
}

export function TodayScreen() {
  const agenda = useApi('today.agenda', {});
  const value = agenda.value;
  useEffect(() => {
    if (agenda.state === 'ok') remindOnce(agenda.value);
  }, [agenda.state, agenda.value]);

  return (
    <>
      <PageHeader title="今日待办" subtitle={value ? `${value.today}` : undefined}>
        <a className="button" href={href(['ledger'])}>
          督办台账
        </a>
        <a className="button primary" href={href(['import'])}>
          导入公文
        </a>
      </PageHeader>
      <div className="page-body">
        <ErrorBox error={agenda.error} />
        {!value ? (
          <div className="loading" role="status">
            正在汇总待办…
          </div>
        ) : (
          <div className="agenda">
            <section className="panel wide" aria-label="已逾期">
              <div className="panel-title">
                <h2>已逾期（{value.overdueCount}）</h2>
                {value.overdueCount > 0 ? <a href={href(['ledger'], { status: 'overdue' })}>在台账中催办</a> : null}
              </div>
              <TaskList
                tasks={value.overdue}
                count={value.overdueCount}
                empty="没有逾期的任务。"
                more={href(['ledger'], { status: 'overdue' })}
              />
            </section>
            <section className="panel wide" aria-label="7天内到期">
              <div className="panel-title">
                <h2>7天内到期（{value.dueSoonCount}）</h2>
              </div>
              <TaskList
                tasks={value.dueSoon}
                count={value.dueSoonCount}
                empty="未来7天没有到期的任务。"
                more={href(['ledger'], { within: '7' })}
              />
            </section>
            <section className="panel" aria-label="待拟办、待批办">
              <div className="panel-title">
                <h2>待拟办、待批办（{value.awaitingCount}）</h2>
              </div>
              {value.awaiting.length === 0 ? (
                <p className="muted">没有等待拟办或批办的收文。</p>
              ) : (
                <ul className="agenda-list">
                  {value.awaiting.map((notice) => (
                    <li key={notice.noticeId}>
                      <span className="badge status-pending">{STAGE_NAMES[notice.stage]}</span>{' '}
                      <a href={href(['notice', notice.noticeId])}>{notice.title ?? notice.docNumber ?? '（无标题）'}</a>
                      <span className="muted small">
                        {' '}
                        {notice.registrationNumber} · {notice.receivedDate}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {value.awaitingCount > value.awaiting.length ? (
                <a href={href(['register'])}>在收文登记簿中查看全部 {value.awaitingCount} 份</a>
              ) : null}
            </section>
            <section className="panel" aria-label="正在起草">
              <div className="panel-title">
                <h2>正在起草（{value.drafts.length}）</h2>
              </div>
              {value.drafts.length === 0 ? (
                <p className="muted">没有未发出的草稿。</p>
              ) : (
                <ul className="agenda-list">
                  {value.drafts.map((draft) => (
                    <li key={draft.id}>
                      <a href={href(['drafting', draft.id])}>{draft.title}</a>
                      <span className="muted small"> 最后修改 {draft.updatedAt.slice(0, 16).replace('T', ' ')}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        )}
      </div>
    </>
  );
}
