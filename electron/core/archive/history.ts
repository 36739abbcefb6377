/** The audit log as a clerk reads it: actions, fields and coded values in Chinese. */
import type { HistoryEntry } from '../../../shared/api/archiveContract';
import { RETENTION_NAMES, STATUS_NAMES, type Retention, type Status } from '../../../shared/api/fields';
import type { AuditAction, AuditEntry } from '../store/archiveRepositories';

const ACTIONS: Record<AuditAction, string> = {
  import: '导入',
  update: '修改收文登记',
  delete: '移入回收站',
  restore: '从回收站恢复',
  purge: '彻底删除',
  file: '归档',
  'keep-duplicate': '确认不是重复公文',
  'restore-backup': '从备份恢复',
  settings: '修改设置',
  flow: '收文办理',
  task: '督办',
};

const FIELDS: Record<string, string> = {
  registrationNumber: '收文编号',
  sender: '来文机关',
  receivedDate: '收文日期',
  copies: '份数',
  secrecy: '密级',
  urgency: '紧急程度',
  dueDate: '办理期限',
  handler: '承办科室',
  proposal: '拟办意见',
  status: '办理状态',
  outcome: '办理结果',
  note: '备注',
  archivalCode: '档号',
  pages: '页数',
  retention: '保管期限',
  'flow.propose': '拟办',
  'flow.instruct': '批办',
  'flow.undertake': '承办',
  'flow.circulate': '传阅',
  'flow.close': '办结',
};

function value(field: string | null, raw: string | null): string | null {
  if (raw === null) return null;
  if (field === 'status' && raw in STATUS_NAMES) return STATUS_NAMES[raw as Status];
  if (field === 'retention' && raw in RETENTION_NAMES) return RETENTION_NAMES[raw as Retention];
  return raw;
}

export function toHistoryEntry(entry: AuditEntry): HistoryEntry {
  return {
    at: entry.at,
    action: ACTIONS[entry.action] ?? entry.action,
    field: entry.field === null ? null : (FIELDS[entry.field] ?? entry.field),
    before: value(entry.field, entry.before),
    after: value(entry.field, entry.after),
  };
}
