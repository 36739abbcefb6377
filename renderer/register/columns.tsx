/**
 * The register's columns: what each shows, its text (for sorting, filtering, export and print), its
 * width, and whether it starts visible.
 */
import { createColumnHelper } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { NoticeRow } from '../../shared/api/archiveContract';
import { STAGE_NAMES } from '../../shared/api/supervisionVocabulary';
import { RETENTION_NAMES, STATUS_NAMES, STATUSES } from '../../shared/api/vocabulary';
import { StatusBadge } from '../components/StatusBadge';
import { isOverdue } from './overdue';

export interface RegisterColumn {
  id: string;
  header: string;
  /** CSS grid track. */
  width: string;
  /** Excel column width in characters. */
  excelWidth: number;
  text: (row: NoticeRow) => string;
  cell?: (row: NoticeRow) => ReactNode;
  visible: boolean;
}

const field = (key: keyof NoticeRow) => (row: NoticeRow) => {
  const value = row[key];
  return value === null || value === undefined ? '' : String(value);
};

export const COLUMNS: RegisterColumn[] = [
  { id: 'registrationNumber', header: '收文编号', width: '128px', excelWidth: 16, text: field('registrationNumber'), visible: true },
  { id: 'receivedDate', header: '收文日期', width: '100px', excelWidth: 12, text: field('receivedDate'), visible: true },
  { id: 'sender', header: '来文机关', width: 'minmax(120px, 0.8fr)', excelWidth: 24, text: field('sender'), visible: true },
  { id: 'docNumber', header: '文号', width: '160px', excelWidth: 20, text: field('docNumber'), visible: true },
  {
    id: 'title',
    header: '标题',
    width: 'minmax(220px, 2fr)',
    excelWidth: 60,
    text: field('title'),
    visible: true,
    cell: (row) => (
      <span title={row.title ?? ''}>
        {row.possibleDuplicate ? <span className="badge red">疑似重复</span> : null} {row.title ?? '（无标题）'}
      </span>
    ),
  },
  { id: 'docKind', header: '文种', width: '64px', excelWidth: 8, text: field('docKind'), visible: false },
  { id: 'signedDate', header: '成文日期', width: '100px', excelWidth: 12, text: field('signedDate'), visible: false },
  { id: 'secrecy', header: '密级', width: '64px', excelWidth: 8, text: field('secrecy'), visible: false },
  { id: 'urgency', header: '紧急程度', width: '80px', excelWidth: 8, text: field('urgency'), visible: false },
  {
    id: 'dueDate',
    header: '办理期限',
    width: '124px',
    excelWidth: 12,
    text: field('dueDate'),
    visible: true,
    cell: (row) =>
      isOverdue(row) ? (
        <span className="overdue" title="已超过办理期限，尚未办结">
          {row.dueDate} 超期
        </span>
      ) : (
        row.dueDate
      ),
  },
  {
    id: 'stage',
    header: '办理环节',
    width: '76px',
    excelWidth: 8,
    text: (row) => STAGE_NAMES[row.stage],
    visible: true,
  },
  { id: 'handler', header: '承办科室', width: '110px', excelWidth: 14, text: field('handler'), visible: true },
  {
    id: 'status',
    header: '状态',
    width: '76px',
    excelWidth: 8,
    text: (row) => STATUS_NAMES[row.status],
    visible: true,
    cell: (row) => <StatusBadge status={row.status} />,
  },
  {
    id: 'retention',
    header: '保管期限',
    width: '86px',
    excelWidth: 10,
    text: (row) => (row.retention ? RETENTION_NAMES[row.retention] : ''),
    visible: false,
  },
  { id: 'archivalCode', header: '档号', width: '190px', excelWidth: 26, text: field('archivalCode'), visible: false },
];

export const COLUMN_BY_ID = new Map(COLUMNS.map((c) => [c.id, c]));

const helper = createColumnHelper<NoticeRow>();

/** The status filter's values: a status, or "overdue" for rows past their 办理期限. */
export type StatusFilter = (typeof STATUSES)[number] | 'overdue';

/**
 * The table library keeps the header's state (sorting, filters, visible columns); the rows themselves
 * are filtered and sorted by registerView.ts and drawn by RegisterGrid from COLUMNS.
 */
export const tableColumns = COLUMNS.map((spec) => helper.accessor(spec.text, { id: spec.id, header: spec.header }));

export const DEFAULT_VISIBILITY: Record<string, boolean> = Object.fromEntries(COLUMNS.map((c) => [c.id, c.visible]));
