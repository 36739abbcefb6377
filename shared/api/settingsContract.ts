/** 设置: 本机关 (organization, with its unit mapping), the 收文编号 pattern, the 全宗号, and backups. */
import { z } from 'zod';
import { organizationSchema, type Organization } from '../drafting/organization';
import type { FilePayload } from './binary';
import { bytesSchema } from './fields';
import { method } from './method';
import type { UnitListResult } from '../units/unitList';

export interface RegistrationPattern {
  pattern: string;
  /** What the next number would look like this year. */
  example: string;
}

/**
 * One backup in the archive's backup folder: an automatic one (kept by age: every one of the last 7 days,
 * one a week for 2 months, one a month for 2 years) or the copy saved before a restore (never rotated away).
 */
export interface BackupInfo {
  fileName: string;
  createdAt: string;
  size: number;
  kind: 'automatic' | 'pre-restore';
}

export const settingsContract = {
  'settings.getOrganization': method(z.object({}))<{ organization: Organization | null }>(),
  'settings.saveOrganization': method(z.object({ organization: organizationSchema }))<{ organization: Organization }>(),
  /** 机构名录 from a file (.xlsx, .txt, .csv; one unit a row, its full name first): the units it lists, not yet saved. */
  'settings.readUnitList': method(z.object({ fileName: z.string().trim().min(1).max(255), bytes: bytesSchema }))<UnitListResult>(),
  'settings.getRegistrationPattern': method(z.object({}))<RegistrationPattern>(),
  'settings.setRegistrationPattern': method(
    z.object({ pattern: z.string().trim().min(1, '请填写收文编号格式').max(40, '最多40个字') }),
  )<RegistrationPattern>(),
  /** 全宗号 (DA/T 22): the fonds code every 档号 starts with. */
  'settings.getFonds': method(z.object({}))<{ fondsCode: string | null }>(),
  'settings.setFonds': method(z.object({ fondsCode: z.string().trim().min(1, '请填写全宗号').max(12, '全宗号最多12位') }))<{
    fondsCode: string;
  }>(),
  /** The backups, newest first, and the folder holding them (null before the first backup). */
  'backup.list': method(z.object({}))<{ folder: string | null; backups: BackupInfo[] }>(),
  'backup.create': method(z.object({}))<BackupInfo>(),
  'backup.download': method(z.object({ fileName: z.string().min(1).max(255) }))<FilePayload>(),
  'backup.restore': method(z.object({ fileName: z.string().min(1).max(255) }))<{ restored: true }>(),
  'backup.restoreFromFile': method(z.object({ fileName: z.string().min(1).max(255), bytes: bytesSchema }))<{ restored: true }>(),
};
