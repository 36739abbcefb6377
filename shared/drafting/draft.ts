/**
 * The draft (草稿) of a local notice: its elements and its clauses, each carried over from the
 * upstream notice (kept / edited / dropped) or new. Clause numbers are not stored: they are given
 * when the draft is rendered, so moving a clause renumbers the rest. The zod schema checks drafts
 * coming from storage and from the UI.
 */
import { z } from 'zod';
import { NOTICE_LAYOUTS } from './noticeDocument';

export const DRAFT_CLAUSE_STATUSES = ['kept', 'edited', 'dropped', 'new'] as const;
export const SECRECY_LEVELS = ['绝密', '机密', '秘密'] as const;
export const URGENCY_LEVELS = ['特急', '加急'] as const;
export type DraftClauseStatus = (typeof DRAFT_CLAUSE_STATUSES)[number];

export const draftUnitSchema = z.object({
  name: z.string().trim().min(1, '单位名称不能为空').max(100),
  role: z.enum(['lead', 'co']),
  /** The upstream unit it was mapped from; null for a unit the clerk added. */
  upstream: z.string().max(100).nullable(),
});
export type DraftUnit = z.output<typeof draftUnitSchema>;

export const draftClauseSchema = z.object({
  /** Stable key within the draft: "u12" (upstream clause 12) or "n3" (new). */
  key: z.string().min(1).max(20),
  /** Index of the upstream clause it carries over, or null for a new clause. */
  upstreamIndex: z.number().int().min(0).nullable(),
  /** The upstream clause's path ("二/三"), shown beside the clause. */
  upstreamPath: z.string().max(40).nullable(),
  status: z.enum(DRAFT_CLAUSE_STATUSES),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** Text without the marker and without the unit note; its first sentence is the heading. */
  text: z.string().max(20000),
  /** The text as carried over, to tell an edited clause from a kept one. */
  carriedText: z.string().max(20000).nullable(),
  units: z.array(draftUnitSchema).max(100),
  /**
   * The unit note as the upstream wrote it, localized, each unit a slot {0}, {1} … of `units`:
   * "{0}牵头，{1}配合", "{0}、{1}分工负责", "{0}指导督促落实". Null when the note is a bare list.
   */
  roleNote: z.string().max(500).nullable().default(null),
});
export type DraftClause = z.output<typeof draftClauseSchema>;

export const draftUpstreamSchema = z.object({
  /** The archived notice's id, when the upstream is in the archive. */
  noticeId: z.number().int().positive().nullable(),
  issuer: z.string().max(100).nullable(),
  title: z.string().max(300),
  docNumber: z.string().max(60).nullable(),
  signedDate: z.string().max(10).nullable(),
});
export type DraftUpstream = z.output<typeof draftUpstreamSchema>;

const names = z.array(z.string().trim().min(1).max(100)).max(200);
const attendanceList = z.array(z.string().trim().min(1).max(60, '出席人员单位和姓名过长')).max(200, '名单过长');
const NO_ATTENDANCE = { present: [], absent: [], attending: [] };
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');

export const draftSchema = z.object({
  templateId: z.string().min(1).max(60),
  upstream: draftUpstreamSchema.nullable(),
  issuer: z.string().trim().min(1).max(100),
  issuerMark: z.string().max(100),
  docKind: z.string().trim().min(1).max(4),
  /** 机关代字 the 文号 will be drawn from. */
  agencyCode: z.string().trim().min(1).max(20),
  /** The 文号 once one is drawn from the register. */
  docNumber: z.string().max(60).nullable(),
  title: z.string().trim().min(1, '标题不能为空').max(300),
  recipients: names,
  opening: z.string().max(5000),
  /** Level-2 numbers run on through the sections, or restart in each. */
  numbering: z.enum(['continuous', 'perSection']),
  clauses: z.array(draftClauseSchema).max(2000),
  closing: z.array(z.string().max(5000)).max(20),
  attachments: names,
  signature: z.string().max(100),
  signedDate: isoDate.nullable(),
  remark: z.string().max(100),
  cc: names,
  printer: z.string().max(100),
  printedDate: isoDate.nullable(),
  /** 份号 (six digits), 密级 with its 保密期限, 紧急程度: printed above the 版头; absent in drafts saved before them. */
  copyNumber: z
    .string()
    .regex(/^\d{6}$/, '份号应为6位数字')
    .nullable()
    .default(null),
  secrecy: z.enum(SECRECY_LEVELS).nullable().default(null),
  secrecyTerm: z.string().trim().max(20).nullable().default(null),
  urgency: z.enum(URGENCY_LEVELS).nullable().default(null),
  /** The issuing identity (本机关 profile) it is drafted under; null for the organization's own. */
  profileId: z.string().max(40).nullable().default(null),
  /** The GB/T 9704 format (§10) it is written in, and what that format needs; absent in drafts saved before them. */
  layout: z.enum(NOTICE_LAYOUTS).default('file'),
  /** 署名 laid out for a seal (§7.3.5.1: 成文日期右空四字). */
  sealed: z.boolean().default(false),
  /** A 纪要's 出席, 请假 and 列席 lists (kept whatever the format, printed in 纪要格式 only). */
  attendance: z.object({ present: attendanceList, absent: attendanceList, attending: attendanceList }).default(NO_ATTENDANCE),
  /** A 令's 签发人, "职务 姓名" (printed in 命令格式 only). */
  signer: z.string().trim().max(20, '签发人过长').default(''),
});
export type Draft = z.output<typeof draftSchema>;
