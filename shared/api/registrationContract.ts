/**
 * 收文登记 and 归档 of archived notices. The field schemas carry the messages the forms show, so the
 * UI validates exactly as the core does.
 */
import { z } from 'zod';
import type { Filing, Registration } from './archiveContract';
import { RETENTIONS, SECRECY_LEVELS, STATUSES, URGENCY_LEVELS, isoDate, noticeId, optionalText } from './fields';
import { method } from './method';
import type { CatalogueInputRow } from '../drafting/catalogue';

export const registrationFieldsSchema = z
  .object({
    registrationNumber: optionalText(40),
    sender: optionalText(100),
    receivedDate: isoDate.nullable(),
    copies: z.number({ message: '份数应为数字' }).int('份数应为整数').min(1, '份数至少为1').max(9999, '份数过大').nullable(),
    secrecy: z.enum(SECRECY_LEVELS, { message: '密级应为秘密、机密或绝密' }).nullable(),
    urgency: z.enum(URGENCY_LEVELS, { message: '紧急程度应为加急或特急' }).nullable(),
    dueDate: isoDate.nullable(),
    handler: optionalText(100),
    proposal: optionalText(2000),
    status: z.enum(STATUSES, { message: '状态应为待办、在办或办结' }),
    outcome: optionalText(2000),
    note: optionalText(2000),
  })
  .refine((fields) => !fields.dueDate || !fields.receivedDate || fields.dueDate >= fields.receivedDate, {
    message: '办理期限不能早于收文日期',
    path: ['dueDate'],
  });

export type RegistrationFields = z.input<typeof registrationFieldsSchema>;

export const filingFieldsSchema = z.object({
  year: z.number({ message: '年度应为数字' }).int('年度应为整数').min(1949, '年度不早于1949').max(2100, '年度不晚于2100'),
  retention: z.enum(RETENTIONS, { message: '请选择保管期限' }),
  department: z
    .string()
    .trim()
    .max(20, '机构（问题）代码最多20个字符')
    .regex(/^[A-Za-z0-9]*$/, '机构（问题）代码只用字母和数字，如 BGS')
    .transform((value) => (value === '' ? null : value.toUpperCase()))
    .nullable(),
});

export type FilingFields = z.input<typeof filingFieldsSchema>;

/** A 件's 页数 as the clerk writes it in the catalogue; null hands it back to the count of the received file. */
export const cataloguePagesSchema = z
  .number({ message: '页数应为数字' })
  .int('页数应为整数')
  .min(1, '页数至少为1')
  .max(100000, '页数过大')
  .nullable();

/** One 件 of a year's 归档文件目录 as it will be printed, with where its 页数 comes from. */
export interface CatalogueEntry extends Omit<CatalogueInputRow, 'remark'> {
  noticeId: number;
  /** The 页数 printed: the clerk's, else the received file's count, else null (left blank). */
  pages: number | null;
  pagesFrom: 'clerk' | 'file' | null;
  /** The received file's own page count, where it has one (a PDF, an OFD, a .docx, a scan). */
  counted: number | null;
}

/** A year's catalogue before it is generated: its 件 and what the clerk should check (in Chinese). */
export interface CatalogueCheck {
  year: number;
  entries: CatalogueEntry[];
  warnings: string[];
}

const catalogueYear = z.number({ message: '年度应为数字' }).int('年度应为整数').min(1949, '年度不早于1949').max(2100, '年度不晚于2100');

export const registrationContract = {
  'registration.update': method(z.object({ id: noticeId, fields: registrationFieldsSchema }))<Registration>(),
  'registration.setStatus': method(
    z.object({ id: noticeId, status: z.enum(STATUSES, { message: '状态应为待办、在办或办结' }) }),
  )<Registration>(),
  'filing.file': method(z.object({ id: noticeId, fields: filingFieldsSchema }))<Filing>(),
  /** A year's 归档文件目录 as it would be generated now, with its warnings. */
  'filing.catalogue': method(z.object({ year: catalogueYear }))<CatalogueCheck>(),
  /** The clerk's 页数 of a filed 件 (null: count the received file again). */
  'filing.setPages': method(z.object({ id: noticeId, pages: cataloguePagesSchema }))<{ noticeId: number; pages: number | null }>(),
};
