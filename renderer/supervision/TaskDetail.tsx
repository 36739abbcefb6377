/**
 * One task in the 督办台账's side pane: its clause, deadline and status, the unit's contact, feedback entries
 * (each with an optional attached file), and a form to record new feedback.
 */
import { useState } from 'react';
import type { TaskRow } from '../../shared/api/supervisionContract';
import { TASK_STATUS_NAMES, TASK_STATUSES, type TaskStatus } from '../../shared/api/supervisionVocabulary';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { href } from '../app/router';
import { toast } from '../components/Toasts';
import { useLeaveGuard } from '../hooks/useLeaveGuard';
import { today } from '../register/overdue';
import { TaskStatusBadge } from './TaskStatusBadge';

async function done<T>(call: Promise<{ ok: true; value: T } | { ok: false; error: string }>, success?: string): Promise<T | null> {
  const result = await call;
  if (!result.ok) {
    toast(result.error, 'error');
    return null;
  }
  archiveChanged();
  if (success) toast(success);
  return result.value;
}

export function TaskDetail({ task }: { task: TaskRow }) {
  const [date, setDate] = useState(today());
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [contact, setContact] = useState(task.contact ?? '');
  const [busy, setBusy] = useState(false);
  useLeaveGuard(text.trim() !== '' || contact !== (task.contact ?? ''));

  async function addFeedback() {
    setBusy(true);
    const updated = await done(api.call('tasks.addFeedback', { id: task.id, date, text }));
    const entry = updated?.feedback.at(-1);
    if (updated && entry && file) {
      await done(
        api.call('tasks.attachFeedbackFile', {
          feedbackId: entry.id,
          fileName: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        }),
      );
    }
    if (updated) {
      setText('');
      setFile(null);
      toast('反馈已记录');
    }
    setBusy(false);
  }

  async function download(feedbackId: number) {
    const payload = await api.call('tasks.feedbackFile', { feedbackId });
    if (!payload.ok) return toast(payload.error, 'error');
    const saved = await api.call('shell.saveFile', { ...payload.value, open: true });
    if (!saved.ok) toast(saved.error, 'error');
  }

  const setStatus = (status: TaskStatus) =>
    done(api.call('tasks.update', { id: task.id, status }), `已标记为“${TASK_STATUS_NAMES[status]}”`);

  return (
    <div className="task-detail" data-testid="task-detail">
      <h2>
        {task.unit}（{task.role === 'lead' ? '牵头' : '配合'}） <TaskStatusBadge task={task} />
      </h2>
      <p>
        <a href={href(['notice', task.noticeId], { clause: task.clause.path })}>{task.noticeDocNumber ?? '（无文号）'}</a>{' '}
        <span className="muted">{task.noticeTitle}</span>
      </p>
      <p className="clause-text">
        <strong>
          {task.clause.path} {task.clause.heading}
        </strong>
        <br />
        {task.clause.text}
      </p>
      <p>
        完成时限：<span className={task.overdue ? 'overdue' : ''}>{task.due ?? '未定'}</span>
        <span className="muted small">
          {task.dueSource === 'text'
            ? '（取自条款原文）'
            : task.dueSource === 'notice'
              ? '（收文办理期限）'
              : task.dueSource === 'manual'
                ? '（手工设定）'
                : ''}
        </span>
      </p>
      <div className="actions" role="group" aria-label="设置状态">
        {TASK_STATUSES.map((status) => (
          <button key={status} type="button" disabled={task.status === status} onClick={() => void setStatus(status)}>
            {TASK_STATUS_NAMES[status]}
          </button>
        ))}
      </div>
      <label className="field">
        <span>联系人</span>
        <span className="unit-input">
          <input value={contact} onChange={(e) => setContact(e.target.value)} placeholder="姓名、电话" maxLength={200} />
          <button
            type="button"
            disabled={contact === (task.contact ?? '')}
            onClick={() => void done(api.call('tasks.setContact', { unit: task.unit, contact }), '联系人已保存')}
          >
            保存
          </button>
        </span>
      </label>
      <h3>反馈（{task.feedback.length}）</h3>
      {task.feedback.length === 0 ? <p className="muted">还没有反馈。</p> : null}
      <ul className="feedback-list">
        {task.feedback.map((entry) => (
          <li key={entry.id}>
            <span className="nowrap">{entry.date}</span> {entry.text}
            {entry.fileName ? (
              <button type="button" className="link" onClick={() => void download(entry.id)}>
                附件：{entry.fileName}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form
        className="feedback-form"
        onSubmit={(event) => {
          event.preventDefault();
          void addFeedback();
        }}
      >
        <label className="field">
          <span>反馈日期</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label className="field">
          <span>反馈内容</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={2000} required />
        </label>
        <label className="field">
          <span>附件（可选）</span>
          <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
          记录反馈
        </button>
      </form>
    </div>
  );
}
