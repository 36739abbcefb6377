/**
 * The reminder when the app opens: once per run, what is overdue and due this week, as a toast in the page
 * and a system notification where the host has them (Electron).
 */
import type { Agenda } from '../../shared/api/supervisionContract';
import { api } from '../api/client';
import { toast } from '../components/Toasts';

let reminded = false;

export function reminderText(agenda: Agenda): string | null {
  const parts = [
    agenda.overdueCount > 0 ? `${agenda.overdueCount} 项任务已逾期` : null,
    agenda.dueSoonCount > 0 ? `${agenda.dueSoonCount} 项任务7天内到期` : null,
    agenda.awaitingCount > 0 ? `${agenda.awaitingCount} 份收文待拟办或批办` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? `${parts.join('，')}。` : null;
}

export function remindOnce(agenda: Agenda): void {
  if (reminded) return;
  reminded = true;
  const text = reminderText(agenda);
  if (!text) return;
  toast(`今日待办：${text}`, agenda.overdueCount > 0 ? 'error' : 'info');
  void api.call('shell.notify', { title: '公文台 · 今日待办', body: text });
}
