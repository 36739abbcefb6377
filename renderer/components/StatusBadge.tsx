/** 办理状态 as a coloured badge: 待办 amber, 在办 blue, 办结 green. */
import { STATUS_NAMES, type Status } from '../../shared/api/vocabulary';

export function StatusBadge({ status }: { status: Status }) {
  return <span className={`badge status-${status}`}>{STATUS_NAMES[status]}</span>;
}
