/**
 * 本机关 settings (organization): who this office is, how it numbers and addresses its documents,
 * and the responsible-unit mapping it has learned. The zod schema is what ORG.json and the settings
 * form are checked against.
 */
import { z } from 'zod';

export const ADMIN_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export const ADMIN_LEVEL_NAMES: Record<AdminLevel, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
};

const name = z.string().trim().min(1, '不能为空').max(100, '过长（最多100个字）');
const nameList = z.array(name).max(200);

const agencyCode = z
  .string()
  .trim()
  .min(1, '不能为空')
  .max(20, '过长')
  .regex(/^[^\s〔〕[\]【】()（）0-9０-９]+$/, '只写机关代字，如“大政发”，不含年份、括号和数字');

/**
 * One issuing identity (版头) of the office: 政府, 政府办公室, 党委… each with its own 发文机关标志, 机关代字
 * (numbered separately in the 发文登记), 署名, 印发机关 and, optionally, its own .docx template.
 */
export const issuingProfileSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[\w-]{1,40}$/, '编号只能用字母、数字、- 和 _'),
  /** What the clerk picks it by: "县政府办公室". */
  label: name,
  /** 发文机关署名, also the issuer of its drafts: 大宁县人民政府办公室. */
  signature: name,
  issuerMark: name,
  agencyCode,
  printer: name,
  /** The office .docx template its notices are written into, if any. */
  officeTemplateId: z.string().max(60).nullable().default(null),
});

export type IssuingProfile = z.output<typeof issuingProfileSchema>;

export const organizationSchema = z.object({
  /** Full name: 大宁县人民政府. */
  name,
  /** 发文机关标志: 大宁县人民政府文件. */
  issuerMark: name,
  /** 机关代字: 大政发. */
  agencyCode,
  adminLevel: z.enum(ADMIN_LEVELS, { message: '应为 province、city、county 或 township 之一' }),
  /** Default 主送机关. */
  recipients: nameList.default([]),
  /** Default 抄送机关. */
  cc: nameList.default([]),
  /** 印发机关: usually the office (办公室) of the organization. */
  printer: name,
  /** 机构名录: the office's own units, each with the other names it goes by and the groups it belongs to. */
  units: z
    .array(
      z.object({
        name,
        aliases: nameList.default([]),
        /** Group ids (shared/units/unitGroups.ts): safetyCommittee, safetyDuty, departments … */
        groups: z.array(z.string().max(40)).max(20).default([]),
      }),
    )
    .max(2000)
    .default([]),
  /** Upstream unit → local unit, e.g. 市应急局 → 县应急管理局 (overrides of the level rules). */
  unitMapping: z.record(name, name).default({}),
  /** Further issuing identities beside the organization's own (its name, mark and 代字 are the default one). */
  profiles: z.array(issuingProfileSchema).max(20).default([]),
});

export type Organization = z.output<typeof organizationSchema>;
export type OrganizationInput = z.input<typeof organizationSchema>;

/** The organization as a profile issues: its 署名, 标志, 代字 and 印发机关 in place of the default ones. */
export function withProfile(organization: Organization, profileId: string): Organization | null {
  const profile = organization.profiles.find((p) => p.id === profileId);
  if (!profile) return null;
  return {
    ...organization,
    name: profile.signature,
    issuerMark: profile.issuerMark,
    agencyCode: profile.agencyCode,
    printer: profile.printer,
  };
}

/** The administrative character a name ends in before its organ words: 大宁县人民政府 → 县, 西营镇人民政府 → 镇. */
export function adminChar(organName: string, level: AdminLevel): string {
  const place = organName.replace(/(人民政府|政府|党委|委员会|办公室|管委会|管理委员会).*$/, '');
  const last = place.at(-1) ?? '';
  if ('省市县区旗乡镇'.includes(last) && place.length >= 2) return last;
  if (place.endsWith('街道')) return '街道';
  return DEFAULT_ADMIN_CHAR[level];
}

export const DEFAULT_ADMIN_CHAR: Record<AdminLevel, string> = {
  province: '省',
  city: '市',
  county: '县',
  township: '镇',
};

/** The short place name the body uses for the organization: 大宁县人民政府 → 大宁县. */
export function placeName(organName: string): string {
  return organName.replace(/(人民政府|政府|党委|委员会|办公室|管委会|管理委员会).*$/, '') || organName;
}

/** The level an organ's name suggests: 山西省人民政府 → province, 太原市… → city, …县/区/旗 → county, …镇/乡/街道 → township. */
export function inferAdminLevel(organName: string): AdminLevel | null {
  const place = placeName(organName);
  if (/(街道|镇|乡)$/.test(place)) return 'township';
  if (/(县|区|旗)$/.test(place)) return 'county';
  if (/(市|州|盟|地区)$/.test(place)) return 'city';
  if (/(省|自治区)$/.test(place)) return 'province';
  return null;
}
