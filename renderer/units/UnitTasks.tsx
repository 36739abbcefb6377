/**
 * One unit's tasks across every archived notice: the clause, its role (or the group it has the task as a
 * member of), the notice's status and deadline. The name may be any alias; the heading says which
 * organization it was read as, and namesakes of other jurisdictions are listed apart, each by its full name.
 */
import { useApi } from '../api/useApi';
import { href } from '../app/router';
import { api } from '../api/client';
import { ErrorBox } from '../components/ErrorBox';
import { ExportRunning } from '../components/ExportRunning';
import { StatusBadge } from '../components/StatusBadge';
import { useCancellableExport } from '../hooks/useCancellableExport';

export function UnitTasks({ name }: { name: string }) {
  const tasks = useApi('units.tasks', { name });
  const list = tasks.value?.tasks ?? [];
  const units = tasks.value?.units ?? [];
  const several = units.length > 1;
  const exporting = useCancellableExport();
  return (
    <div data-testid="unit-tasks">
      <div className="panel-title">
        <h2>
          {units.length === 1 && units[0] !== name ? `${name}（${units[0]}）` : name} 的任务（{list.length}）
        </h2>
        <div className="actions">
          <ExportRunning exporting={exporting} />
          <button
            type="button"
            disabled={list.length === 0 || exporting.running !== null}
            onClick={() =>
              void exporting.run(
                '正在生成任务清单…',
                async (exportId) => api.call('documents.generate', { kind: 'unit-tasks', unit: name, exportId }),
                true,
              )
            }
          >
            导出任务清单 .docx
          </button>
        </div>
      </div>
      <ErrorBox error={tasks.error} />
      {several ? (
        <p className="muted">
          “{name}”在不同地方各有其单位，分别列出：{units.join('、')}。
        </p>
      ) : null}
      <table className="table">
        <thead>
          <tr>
            <th>公文</th>
            <th>条款</th>
            {several ? <th>单位</th> : null}
            <th>任务</th>
            <th>角色</th>
            <th>状态</th>
            <th>办理期限</th>
          </tr>
        </thead>
        <tbody>
          {list.map((task, index) => (
            <tr key={`${task.noticeId}-${task.clause.path}-${index}`}>
              <td>
                <a className="nowrap" href={href(['notice', task.noticeId], { clause: task.clause.path })}>
                  {task.docNumber ?? task.title ?? '（无文号）'}
                </a>
                <div className="muted small">{task.title}</div>
              </td>
              <td className="nowrap">{task.clause.path}</td>
              {several ? <td className="nowrap">{task.unit}</td> : null}
              <td title={task.clause.text}>{task.clause.heading}</td>
              <td className="nowrap">
                <span className={`unit ${task.role}${task.inherited ? ' inherited' : ''}`}>
                  {task.via ? `作为“${task.via}”成员` : task.role === 'lead' ? '牵头' : '配合'}
                  {task.inherited ? '（沿用）' : ''}
                </span>
              </td>
              <td className="nowrap">
                <StatusBadge status={task.status} />
              </td>
              <td className="nowrap">{task.dueDate ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
