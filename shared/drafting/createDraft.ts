/**
 * Drafting the local implementing notice from an upstream notice: the title (本机关 + 关于… + 文种,
 * the year carried over), 主送, an opening citing the upstream by 《title》（文号）, every upstream
 * clause localized with its responsible units mapped, the closing lines and the 版记 from the
 * organization's settings. The result is an ordinary draft the clerk then edits.
 */
import type { ParsedNotice } from '../domain/notice';
import type { Draft, DraftClause, DraftUnit } from './draft';
import { fullWidthPunctuation, splitUnitsNote } from './clauseText';
import type { LocalizationRuleSet } from './localizationRules';
import { applyLocalizer, compileLocalizer } from './localize';
import { adminChar, inferAdminLevel, placeName, type AdminLevel, type Organization } from './organization';
import { fillPlaceholders, type PlaceholderValues } from './placeholders';
import type { NoticeTemplate } from './templates';
import { mapUnitName } from './unitMapping';

/** The upstream notice as drafting needs it: a parsed notice and, when archived, its id. */
export interface UpstreamNotice {
  noticeId: number | null;
  notice: ParsedNotice;
}

export interface CreateDraftOptions {
  upstream: UpstreamNotice;
  organization: Organization;
  ruleSet: LocalizationRuleSet;
  template: NoticeTemplate;
  /** 成文日期 (ISO); also the 印发日期. */
  signedDate: string | null;
  /** The issuing identity `organization` already speaks as (see withProfile), recorded on the draft. */
  profileId?: string | null;
}

/** The level the upstream issuer's name suggests, falling back to the level above the organization. */
export function upstreamLevel(upstream: Pick<ParsedNotice, 'issuer'>, organization: Organization): AdminLevel {
  const byName = upstream.issuer ? inferAdminLevel(upstream.issuer) : null;
  if (byName) return byName;
  const above: Record<AdminLevel, AdminLevel> = { province: 'province', city: 'province', county: 'city', township: 'county' };
  return above[organization.adminLevel];
}

const TITLE = /^(.*?)关于(.+)的([\u4e00-\u9fff]{1,3})$/;

/** The 事由 of a title: "太原市人民政府关于做好2025年安全生产工作的通知" → "做好2025年安全生产工作". */
export function titleSubject(title: string, issuer: string | null): string {
  const compact = title.replace(/\s+/g, '');
  const match = TITLE.exec(compact);
  if (match) return match[2];
  const withoutIssuer = issuer && compact.startsWith(issuer) ? compact.slice(issuer.length) : compact;
  return withoutIssuer.replace(/的?(通知|意见|通报|决定|函|报告|请示|批复|公告|通告|纪要)$/, '') || compact;
}

function yearOf(notice: ParsedNotice): string | null {
  const inTitle = notice.title ? /(\d{4})年/.exec(notice.title) : null;
  return inTitle?.[1] ?? notice.signedDate?.slice(0, 4) ?? notice.docNumber?.year.toString() ?? null;
}

/** Level-2 numbers restart in each section when 一 appears at level 2 more than once. */
function numberingOf(notice: ParsedNotice): Draft['numbering'] {
  return notice.clauses.filter((c) => c.level === 2 && c.number === '一').length > 1 ? 'perSection' : 'continuous';
}

const LABEL = /^(责任单位|牵头单位|责任部门)[:：]\s*/;
const ROLE_WORDS = /牵头|配合|协助|分工负责|指导|督促|落实|按职责|以下/;

/**
 * The localized note as a role note: each unit's name a slot of `units`. Null when the note is a bare
 * list (the usual 责任单位 note says as much) or does not name every unit.
 */
export function roleNoteOf(note: string, units: DraftUnit[]): string | null {
  const body = note.replace(LABEL, '');
  if (!ROLE_WORDS.test(body) || units.length === 0) return null;
  let pattern = body;
  // Longest names first, so 县应急管理局 is not taken for a unit named 应急管理局.
  const order = units.map((u, i) => ({ name: u.name, i })).sort((a, b) => b.name.length - a.name.length);
  for (const { name, i } of order) {
    if (!pattern.includes(name)) return null;
    pattern = pattern.split(name).join(`\uE000${i}\uE001`);
  }
  return pattern.replace(/\uE000(\d+)\uE001/g, '{$1}');
}

export function createDraft(options: CreateDraftOptions): Draft {
  const { upstream, organization, ruleSet, template } = options;
  const notice = upstream.notice;
  const localChar = adminChar(organization.name, organization.adminLevel);

  const unitNames = new Map<string, string>();
  for (const clause of notice.clauses) {
    for (const unit of [...clause.units, ...clause.inheritedUnits]) {
      if (!unitNames.has(unit.name)) unitNames.set(unit.name, mapUnitName(unit.name, ruleSet, organization.unitMapping));
    }
  }
  const unitRules = [...unitNames].filter(([from, to]) => from !== to).map(([from, to]) => ({ from, to }));
  const localizer = compileLocalizer([...ruleSet.rules, ...unitRules], ruleSet.keep);
  const localize = (text: string) => fullWidthPunctuation(applyLocalizer(text, localizer).text);

  const clauses: DraftClause[] = notice.clauses.map((clause, index) => {
    const { body, unitsNote } = splitUnitsNote(clause.text);
    const text = localize(body);
    // Roles count only where the note says 牵头/配合; "A、B等部门负责" makes every unit responsible.
    const rolesWritten = /牵头|配合|协助/.test(unitsNote ?? '');
    // A standing default ("以下事项均需…负责") stays where the upstream wrote it, in its note, localized
    // once; it is not written out again on every task.
    const units: DraftUnit[] = [];
    for (const unit of clause.units) {
      const name = unitNames.get(unit.name) ?? unit.name;
      const role = rolesWritten ? unit.role : 'lead';
      if (!units.some((u) => u.name === name)) units.push({ name, role, upstream: unit.name });
    }
    return {
      key: `u${index}`,
      upstreamIndex: index,
      upstreamPath: clause.path || clause.number,
      status: 'kept',
      level: clause.level,
      text,
      carriedText: text,
      units,
      roleNote: unitsNote ? roleNoteOf(localize(unitsNote), units) : null,
    };
  });

  const upstreamTitle = notice.title ?? '';
  let subject = localize(titleSubject(upstreamTitle, notice.issuer)) || '贯彻落实上级文件';
  subject = subject.replace(/^(做好\d{4}年)(?!全)/, `$1全${localChar}`);
  const values: PlaceholderValues = {
    organization: organization.name,
    issuerMark: organization.issuerMark,
    place: placeName(organization.name),
    levelChar: localChar,
    all: `全${localChar}`,
    subject,
    docKind: template.docKind,
    year: yearOf(notice) ?? options.signedDate?.slice(0, 4) ?? '',
    upstreamTitle,
    upstreamDocNumber: notice.docNumber?.text ?? null,
    upstreamIssuer: notice.issuer,
    recipients: organization.recipients.join('、'),
  };

  return {
    templateId: template.id,
    upstream: {
      noticeId: upstream.noticeId,
      issuer: notice.issuer,
      title: upstreamTitle,
      docNumber: notice.docNumber?.text ?? null,
      signedDate: notice.signedDate,
    },
    issuer: organization.name,
    issuerMark: fillPlaceholders(template.issuerMark, values),
    docKind: template.docKind,
    agencyCode: organization.agencyCode,
    docNumber: null,
    title: fillPlaceholders(template.title, values),
    recipients: [...organization.recipients],
    opening: fillPlaceholders(template.opening, values),
    numbering: numberingOf(notice),
    clauses,
    closing: template.closing.map((line) => fillPlaceholders(line, values)).filter((line) => line.trim() !== ''),
    attachments: [],
    signature: organization.name,
    signedDate: options.signedDate,
    remark: template.remark,
    cc: [...organization.cc],
    printer: organization.printer,
    printedDate: options.signedDate,
    copyNumber: null,
    secrecy: null,
    secrecyTerm: null,
    urgency: null,
    profileId: options.profileId ?? null,
    layout: 'file',
    sealed: false,
    attendance: { present: [], absent: [], attending: [] },
    signer: '',
  };
}
