/** 草稿: every draft, newest first, with where it came from and whether it has been issued. */
import { useApi } from '../api/useApi';
import { href, navigate } from '../app/router';
import { EmptyState } from '../components/EmptyState';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { formatTimestamp } from '../components/timestamp';

export function DraftList() {
  const drafts = useApi('drafting.list', {});
  const list = drafts.value?.drafts ?? [];
  const newDraft = (
    <a className="button primary" href={href(['drafting', 'new'])}>
      新建草稿
    </a>
  );
  return (
    <>
      <PageHeader title="起草" subtitle="依据上级来文起草本地的贯彻落实通知">
        {newDraft}
      </PageHeader>
      <div className="page-body">
        <ErrorBox error={drafts.error} />
        {drafts.state === 'ok' && list.length === 0 ? (
          <EmptyState title="还没有草稿" hint="选择一份已存档的上级文件，公文台会替换层级用语、对应责任单位，生成本地通知的草稿。">
            {newDraft}
          </EmptyState>
        ) : (
          <table className="table" data-testid="draft-list">
            <thead>
              <tr>
                <th>标题</th>
                <th>文号</th>
                <th>依据</th>
                <th>修改时间</th>
                <th>状态</th>
              </tr>
            </thead>
            <tbody>
              {list.map((draft) => (
                <tr
                  key={draft.id}
                  className="clickable"
                  tabIndex={0}
                  onClick={() => navigate(href(['drafting', draft.id]))}
                  onKeyDown={(e) => e.key === 'Enter' && navigate(href(['drafting', draft.id]))}
                >
                  <td>{draft.title}</td>
                  <td>{draft.docNumber ?? <span className="muted">未取号</span>}</td>
                  <td>{draft.upstreamDocNumber ?? '—'}</td>
                  <td className="small">{formatTimestamp(draft.updatedAt)}</td>
                  <td>
                    {draft.issuedNoticeId ? (
                      <span className="badge status-done">已发文</span>
                    ) : (
                      <span className="badge status-pending">起草中</span>
                    )}
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
