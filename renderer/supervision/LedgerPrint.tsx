/** 督办台账 as a plain table for printing (A4 landscape): the tasks the clerk filtered, headers on every page. */
import { useEffect } from 'react';
import type { TaskRow } from '../../shared/api/supervisionContract';
import { TASK_STATUS_NAMES } from '../../shared/api/supervisionVocabulary';

export function LedgerPrint({ tasks, today, onClose }: { tasks: TaskRow[]; today: string; onClose(): void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="print-page" data-testid="ledger-print">
      <div className="no-print toolbar">
        <button type="button" className="primary" onClick={() => window.print()} autoFocus>
          打印
        </button>
        <button type="button" onClick={onClose}>
          返回台账
        </button>
        <span className="count">共 {tasks.length} 项 · A4 横向</span>
      </div>
      <h1>督办台账</h1>
      <div className="print-meta">
        截至：{today}　共 {tasks.length} 项
      </div>
      <table className="print-table">
        <thead>
          <tr>
            <th>序号</th>
            <th>责任单位</th>
            <th>文号</th>
            <th>任务</th>
            <th>完成时限</th>
            <th>状态</th>
            <th>反馈</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task, index) => (
            <tr key={task.id}>
              <td>{index + 1}</td>
              <td>
                {task.unit}（{task.role === 'lead' ? '牵头' : '配合'}）
              </td>
              <td className="nowrap">{task.noticeDocNumber ?? ''}</td>
              <td>
                {task.clause.path} {task.clause.heading}
              </td>
              <td className="nowrap">{task.due ?? ''}</td>
              <td className="nowrap">{TASK_STATUS_NAMES[task.overdue ? 'overdue' : task.status]}</td>
              <td>{task.feedback.map((f) => `${f.date} ${f.text}`).join('；')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
