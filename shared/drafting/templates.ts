/**
 * Templates of the documents the app writes — data, not code: the 版头 text, the opening and closing
 * sentences with {placeholders}, column labels and which elements appear. Defaults ship as JSON under
 * resources/templates/; a clerk copies one, changes it, and the copy is stored.
 */
import { z } from 'zod';

export const TEMPLATE_KINDS = ['notice', 'task-table', 'routing-slip', 'catalogue', 'unit-tasks'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_KIND_NAMES: Record<TemplateKind, string> = {
  notice: '通知（贯彻落实）',
  'task-table': '任务分工方案',
  'routing-slip': '收文处理笺',
  catalogue: '归档文件目录',
  'unit-tasks': '单位任务清单',
};

const text = (max = 500) => z.string().max(max);
const label = z.string().trim().min(1, '不能为空').max(20);

const base = {
  /** Stable id: "notice-default", or one the app gives a copy. */
  id: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[\w-]+$/, '只能用字母、数字、- 和 _'),
  name: z.string().trim().min(1, '模板名称不能为空').max(60),
};

export const noticeTemplateSchema = z.object({
  ...base,
  kind: z.literal('notice'),
  /** 发文机关标志; "{issuerMark}" takes the organization's. */
  issuerMark: text(60),
  docKind: z.string().trim().min(1).max(4),
  /** Title pattern: "{organization}关于{subject}的{docKind}". */
  title: text(200),
  opening: text(1000),
  closing: z.array(text(1000)).max(20),
  remark: text(60),
  /** Unit note when every unit has the same role: "（责任单位：{units}）". */
  unitsNote: text(100),
  /** Unit note with a lead and co-operating units: "（{lead}牵头，{co}配合）". */
  leadCoNote: text(100),
  elements: z.object({
    issuerMark: z.boolean(),
    docNumber: z.boolean(),
    redRule: z.boolean(),
    recipients: z.boolean(),
    attachments: z.boolean(),
    signature: z.boolean(),
    signedDate: z.boolean(),
    remark: z.boolean(),
    cc: z.boolean(),
    printer: z.boolean(),
    pageNumbers: z.boolean(),
  }),
});

export const taskTableTemplateSchema = z.object({
  ...base,
  kind: z.literal('task-table'),
  title: text(200),
  /** A sentence above the table; may be empty. */
  intro: text(1000),
  columns: z.object({ serial: label, task: label, lead: label, co: label, deadline: label }),
  /** 完成时限 when the clause names none: "{year}年12月底前", "长期坚持". */
  defaultDeadline: text(40),
  /** Whether 重点任务 holds the clause's heading only or its full text. */
  taskText: z.enum(['heading', 'full']),
});

export const routingSlipTemplateSchema = z.object({
  ...base,
  kind: z.literal('routing-slip'),
  title: text(100),
  labels: z.object({
    sender: label,
    docNumber: label,
    title: label,
    registrationNumber: label,
    receivedDate: label,
    secrecy: label,
    urgency: label,
    dueDate: label,
    proposal: label,
    instruction: label,
    result: label,
    // Added later: templates stored before them take the usual wording.
    copies: label.default('份数'),
    handler: label.default('承办单位'),
    circulation: label.default('传阅'),
  }),
  /** Empty lines left for handwriting in 拟办意见, 领导批示 and 办理结果. */
  writingLines: z.number().int().min(1).max(12),
});

export const catalogueTemplateSchema = z.object({
  ...base,
  kind: z.literal('catalogue'),
  title: text(100),
  columns: z.object({
    serial: label,
    archivalCode: label,
    docNumber: label,
    issuer: label,
    title: label,
    date: label,
    secrecy: label,
    pages: label,
    remark: label,
  }),
});

export const unitTasksTemplateSchema = z.object({
  ...base,
  kind: z.literal('unit-tasks'),
  title: text(100),
  intro: text(1000),
  columns: z.object({ serial: label, notice: label, clause: label, task: label, role: label, deadline: label }),
  defaultDeadline: text(40),
});

export const templateSchema = z.discriminatedUnion('kind', [
  noticeTemplateSchema,
  taskTableTemplateSchema,
  routingSlipTemplateSchema,
  catalogueTemplateSchema,
  unitTasksTemplateSchema,
]);

export type NoticeTemplate = z.output<typeof noticeTemplateSchema>;
export type TaskTableTemplate = z.output<typeof taskTableTemplateSchema>;
export type RoutingSlipTemplate = z.output<typeof routingSlipTemplateSchema>;
export type CatalogueTemplate = z.output<typeof catalogueTemplateSchema>;
export type UnitTasksTemplate = z.output<typeof unitTasksTemplateSchema>;
export type Template = z.output<typeof templateSchema>;
export type TemplateOf<K extends TemplateKind> = Extract<Template, { kind: K }>;

/** The id of the built-in default of a kind. */
export const defaultTemplateId = (kind: TemplateKind): string => `${kind}-default`;
