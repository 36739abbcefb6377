/** 回收站: deleted notices wait here; restore one, or remove it for good (only on explicit request). */
import { api } from '../api/client';
import { archiveChanged, useApi } from '../api/useApi';
import { EmptyState } from '../components/EmptyState';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { formatTimestamp } from '../components/timestamp';
import { toast } from '../components/Toasts';

export function RecycleBinScreen() {
  const deleted = useApi('archive.listDeleted', {});
  const notices = deleted.value?.notices ?? [];

  async function restore(id: number) {
    const result = await api.call('archive.restore', { id });
    if (!result.ok) return toast(result.error, 'error');
    archiveChanged();
    toast('已恢复到收文登记簿。');
  }

  async function purge(id: number, title: string) {
    if (!window.confirm(`彻底删除《${title}》？彻底删除后无法恢复。`)) return;
    const result = await api.call('archive.purge', { id });
    if (!result.ok) return toast(result.error, 'error');
    archiveChanged();
    toast('已彻底删除。');
  }

  return (
    <>
      <PageHeader title="回收站" subtitle="删除的公文先放在这里，可以恢复" />
      <div className="page-body">
        <ErrorBox error={deleted.error} />
        {deleted.state === 'ok' && notices.length === 0 ? (
          <EmptyState title="回收站是空的" hint="在公文详情中点“删除”的公文会出现在这里，恢复后回到收文登记簿。" />
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>文号</th>
                <th>标题</th>
                <th>发文机关</th>
                <th>删除时间</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {notices.map((notice) => (
                <tr key={notice.id}>
                  <td>{notice.docNumber ?? '—'}</td>
                  <td>{notice.title ?? '（无标题）'}</td>
                  <td>{notice.issuer ?? '—'}</td>
                  <td className="small">{formatTimestamp(notice.deletedAt)}</td>
                  <td>
                    <div className="form-actions" style={{ marginTop: 0 }}>
                      <button type="button" onClick={() => restore(notice.id)}>
                        恢复
                      </button>
                      <button type="button" className="danger" onClick={() => purge(notice.id, notice.title ?? notice.docNumber ?? '')}>
                        彻底删除
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
