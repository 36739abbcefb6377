/**
 * 催办通知 for one unit: who it goes to, what it asks, and its overdue tasks as table rows — laid out apart
 * from the .docx so the words can be checked without opening a file.
 */
import type { TaskRow } from '../api/supervisionContract';
import { formatDate } from '../domain/dates';

export interface ReminderDocument {
  title: string;
  salutation: string;
  body: string;
  columns: string[];
  rows: string[][];
  signature: string;
  date: string;
}

export function reminderDocument(unit: string, tasks: TaskRow[], organization: string | null, today: string): ReminderDocument {
  const overdue = tasks.filter((t) => t.overdue);
  return {
    title: '催办通知',
    salutation: `${unit}：`,
    body:
      overdue.length === 0
        ? `截至${formatDate(today)}，你单位承担的任务均未逾期。请继续按时限抓好落实，办结后及时反馈。`
        : `截至${formatDate(today)}，你单位承担的以下${overdue.length}项任务已超过完成时限，尚未反馈办结。请抓紧办理，并于3个工作日内将办理进展书面反馈。`,
    columns: ['序号', '文件', '条款', '任务内容', '角色', '完成时限', '最近反馈'],
    rows: overdue.map((t, index) => [
      String(index + 1),
      [t.noticeDocNumber, t.noticeTitle ? `《${t.noticeTitle}》` : null].filter(Boolean).join(''),
      t.clause.path,
      t.clause.heading || t.clause.text.slice(0, 60),
      t.role === 'lead' ? '牵头' : '配合',
      t.due ? formatDate(t.due) : '',
      t.feedback.at(-1) ? `${t.feedback.at(-1)?.date} ${t.feedback.at(-1)?.text}` : '未反馈',
    ]),
    signature: organization ?? '',
    date: formatDate(today),
  };
}
