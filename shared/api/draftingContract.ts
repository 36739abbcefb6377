/**
 * 起草 and 发文: drafts of local notices from archived upstream notices, the localization rules,
 * 发文登记 (文号 drawn without gaps or duplicates, 作废 explicitly), templates, and the .docx
 * documents generated from them.
 */
import { z } from 'zod';
import { draftSchema, type Draft } from '../drafting/draft';
import { localizationRuleSetSchema, type LocalizationRuleSet } from '../drafting/localizationRules';
import { ADMIN_LEVELS } from '../drafting/organization';
import { templateSchema, TEMPLATE_KINDS, type Template } from '../drafting/templates';
import type { FilePayload } from './binary';
import { cataloguePages, exportId, isoDate, noticeId, noticeLayout } from './fields';
import { method } from './method';
import type { Finding } from '../domain/notice';

export interface DraftRecord {
  id: number;
  draft: Draft;
  createdAt: string;
  updatedAt: string;
  /** The archived notice once the draft was issued, else null. */
  issuedNoticeId: number | null;
}

export interface DraftSummary {
  id: number;
  title: string;
  docNumber: string | null;
  upstreamDocNumber: string | null;
  updatedAt: string;
  issuedNoticeId: number | null;
}

/** One line of the 发文 register: a 文号 and what became of it. */
export interface IssuedNumber {
  docNumber: string;
  agencyCode: string;
  year: number;
  serial: number;
  state: 'reserved' | 'issued' | 'void';
  title: string | null;
  draftId: number | null;
  noticeId: number | null;
  at: string;
  /** Why a number was voided (作废). */
  reason: string | null;
}

const draftId = z.number({ message: '缺少草稿编号' }).int().positive();
const templateId = z.string().trim().min(1).max(60);

export const generateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notice'), draftId, templateId: templateId.optional(), ...noticeLayout }),
  z.object({
    kind: z.literal('task-table'),
    draftId: draftId.optional(),
    noticeId: noticeId.optional(),
    templateId: templateId.optional(),
  }),
  z.object({ kind: z.literal('routing-slip'), noticeId, templateId: templateId.optional() }),
  z.object({
    kind: z.literal('catalogue'),
    year: z.number().int().min(1949).max(2100),
    templateId: templateId.optional(),
    pages: cataloguePages,
  }),
  z.object({
    kind: z.literal('unit-tasks'),
    unit: z.string().trim().min(1, '请选择责任单位').max(100),
    noticeIds: z.array(noticeId).max(1000).optional(),
    templateId: templateId.optional(),
    exportId: exportId.optional(),
  }),
]);

export type GenerateRequest = z.input<typeof generateSchema>;

export const draftingContract = {
  'drafting.list': method(z.object({}))<{ drafts: DraftSummary[] }>(),
  'drafting.create': method(
    z.object({
      upstreamId: noticeId,
      templateId: templateId.optional(),
      signedDate: isoDate.nullable().optional(),
      /** The issuing identity (本机关 profile) to draft under. */
      profileId: z.string().trim().min(1).max(40).optional(),
    }),
  )<DraftRecord>(),
  'drafting.get': method(z.object({ id: draftId }))<DraftRecord>(),
  'drafting.save': method(z.object({ id: draftId, draft: draftSchema }))<DraftRecord>(),
  'drafting.delete': method(z.object({ id: draftId }))<{ id: number }>(),
  /** What the draft kept of its upstream that is not true of 本机关 (places, figures, units, a wrong superior). */
  'drafting.localizationFindings': method(z.object({ draft: draftSchema }))<{ findings: Finding[] }>(),
  'drafting.getRules': method(z.object({ fromLevel: z.enum(ADMIN_LEVELS), toLevel: z.enum(ADMIN_LEVELS) }))<LocalizationRuleSet>(),
  'drafting.saveRules': method(z.object({ ruleSet: localizationRuleSetSchema }))<LocalizationRuleSet>(),
  'issuance.assignNumber': method(z.object({ draftId }))<DraftRecord>(),
  'issuance.issue': method(z.object({ draftId }))<{ noticeId: number; draft: DraftRecord }>(),
  'issuance.list': method(z.object({ year: z.number().int().min(1949).max(2100).optional() }))<{ numbers: IssuedNumber[] }>(),
  'issuance.void': method(
    z.object({ docNumber: z.string().trim().min(1).max(60), reason: z.string().trim().min(1, '请写明作废原因').max(200) }),
  )<IssuedNumber>(),
  'templates.list': method(z.object({ kind: z.enum(TEMPLATE_KINDS).optional() }))<{ templates: Template[] }>(),
  'templates.save': method(z.object({ template: templateSchema }))<Template>(),
  'templates.copy': method(z.object({ id: templateId, name: z.string().trim().min(1, '请给新模板起个名字').max(60) }))<Template>(),
  'templates.delete': method(z.object({ id: templateId }))<{ id: string }>(),
  'documents.generate': method(generateSchema)<FilePayload>(),
};
