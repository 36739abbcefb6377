/**
 * 备份与恢复: the archive's backups (automatic, kept by age, and those made on request) and the copies
 * saved before each restore (kept apart, never rotated away); make one now, save a copy elsewhere, or
 * restore one (checked for integrity before anything is replaced).
 */
import { useState } from 'react';
import { api } from '../api/client';
import { archiveChanged, useApi } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { formatTimestamp } from '../components/timestamp';
import { toast } from '../components/Toasts';

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function BackupPanel() {
  const backups = useApi('backup.list', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run<T>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: string }>, done: string) {
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    backups.reload();
    toast(done);
  }

  async function saveCopy(fileName: string) {
    const file = await api.call('backup.download', { fileName });
    const saved = file.ok ? await api.call('shell.saveFile', file.value) : file;
    if (!saved.ok) setError(saved.error);
  }

  async function restore(fileName: string) {
    if (!window.confirm(`用备份“${fileName}”替换当前档案？恢复前会先自动备份当前档案。`)) return;
    await run(() => api.call('backup.restore', { fileName }), '已从备份恢复。');
    archiveChanged();
  }

  async function restoreFromFile() {
    const chosen = await api.call('shell.chooseBackupFile', {});
    if (!chosen.ok) return setError(chosen.error);
    const file = chosen.value.file;
    if (!file || !window.confirm(`用“${file.fileName}”替换当前档案？恢复前会先检查这个文件，并自动备份当前档案。`)) return;
    await run(() => api.call('backup.restoreFromFile', { fileName: file.fileName, bytes: file.bytes }), '已从备份文件恢复。');
    archiveChanged();
  }

  const list = backups.value?.backups ?? [];
  return (
    <div data-testid="backups">
      <ErrorBox error={error ?? backups.error} />
      <div className="form-actions" style={{ marginTop: 0, marginBottom: 10 }}>
        <button type="button" className="primary" disabled={busy} onClick={() => run(() => api.call('backup.create', {}), '已完成备份。')}>
          {busy ? '正在处理…' : '立即备份'}
        </button>
        <button type="button" disabled={busy} onClick={restoreFromFile}>
          从备份文件恢复…
        </button>
        <span className="muted small">
          {backups.value?.folder ? `备份保存在：${backups.value.folder}` : '备份保存在档案数据库旁的 backups 文件夹。'}
          自动备份保留最近7天的全部、2个月内每周一份、2年内每月一份；每次恢复前保存的副本单独存放，不会被自动清理。
        </span>
      </div>
      {list.length === 0 ? (
        <p className="muted">还没有备份。公文台每次启动后自动备份一次，一直开着时每天再备份一次；也可以点“立即备份”。</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>备份文件</th>
              <th>类型</th>
              <th>时间</th>
              <th>大小</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((backup) => (
              <tr key={backup.fileName}>
                <td>{backup.fileName}</td>
                <td className="small">{backup.kind === 'pre-restore' ? '恢复前保存' : '自动备份'}</td>
                <td className="small">{formatTimestamp(backup.createdAt)}</td>
                <td>{size(backup.size)}</td>
                <td>
                  <div className="form-actions" style={{ marginTop: 0 }}>
                    <button type="button" onClick={() => saveCopy(backup.fileName)}>
                      另存一份
                    </button>
                    <button type="button" className="danger" disabled={busy} onClick={() => restore(backup.fileName)}>
                      恢复
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
