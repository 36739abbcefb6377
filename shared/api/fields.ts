/** Field schemas several domains share, each with the Chinese message a form shows next to the field. */
import { z } from 'zod';
import { NOTICE_LAYOUTS } from '../drafting/noticeDocument';

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO date, YYYY-MM-DD, that exists on the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成“2025-04-03”的格式')
  .refine(isCalendarDate, '没有这一天，请检查日期');

export const noticeId = z.number({ message: '缺少公文编号' }).int().positive();

/** The id the UI gives an export it may cancel (export.cancel), unique among its exports. */
export const exportId = z.string().trim().min(1).max(64);

/** Optional free text of a form: blank means “not filled in”. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `最多${max}个字`)
    .transform((value) => (value === '' ? null : value))
    .nullable();

// The word lists live in vocabulary.ts (no zod, for the UI's first screen); the core imports them from here too.
export {
  RETENTION_NAMES,
  RETENTIONS,
  SECRECY_LEVELS,
  STATUS_NAMES,
  STATUSES,
  URGENCY_LEVELS,
  type Retention,
  type Status,
} from './vocabulary';

/** A file's bytes: a Uint8Array as IPC and the HTTP host deliver it (see binary.ts). */
export const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: '没有收到文件内容。' });

/** 页数 written by the clerk for a catalogue, by notice id: they win over the count read from the file. */
export const cataloguePages = z
  .record(z.string().regex(/^\d+$/, '公文编号应为数字'), z.number().int().min(1, '页数至少为1').max(100000))
  .optional();

const attendanceList = z.array(z.string().trim().min(1).max(60, '出席人员单位和姓名过长')).max(200, '名单过长');

/**
 * How a notice is laid out: sealed (印章, 成文日期右空四字), the 签发人 of an upward document, and the
 * GB/T 9704 format (文件, 信函, 纪要, 命令).
 */
export const noticeLayout = {
  sealed: z.boolean().optional(),
  signer: z.string().trim().min(1).max(20, '签发人姓名过长').optional(),
  layout: z.enum(NOTICE_LAYOUTS, { message: '版式应为 file（文件）、letter（信函）、minutes（纪要）或 order（命令）' }).optional(),
  /** A 纪要's 出席, 请假 and 列席 lists. */
  attendance: z.object({ present: attendanceList, absent: attendanceList, attending: attendanceList }).optional(),
};
