/** 督办台账 as a plain table for printing (A4 landscape): the tasks the clerk filtered, headers on every page. */
import type { TaskRow } from '../../shared/api/supervisionContract';
import { TASK_STATUS_NAMES } from '../../shared/api/supervisionVocabulary';
import { PrintPage } from '../components/PrintPage';

export function LedgerPrint({ tasks, today, onClose }: { tasks: TaskRow[]; today: string; onClose(): void }) {
  return (
    <PrintPage testId="ledger-print" title="督办台账" back="返回台账" count={`共 ${tasks.length} 项 · A4 横向`} onClose={onClose}>
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
    </PrintPage>
  );
}
