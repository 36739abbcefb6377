/** 修改记录: every change made to the notice (what, when, before → after), newest first. */
import { useApi } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { formatTimestamp } from '../components/timestamp';

export function HistoryList({ noticeId }: { noticeId: number }) {
  const history = useApi('archive.history', { id: noticeId });
  if (history.error) return <ErrorBox error={history.error} />;
  const entries = history.value?.entries ?? [];
  if (entries.length === 0) return <p className="muted">{history.state === 'loading' ? '正在读取…' : '还没有修改记录。'}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th>时间</th>
          <th>操作</th>
          <th>字段</th>
          <th>修改前</th>
          <th>修改后</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => (
          <tr key={index}>
            <td className="small">{formatTimestamp(entry.at, true)}</td>
            <td>{entry.action}</td>
            <td>{entry.field ?? ''}</td>
            <td className="muted">{entry.before ?? ''}</td>
            <td>{entry.after ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
