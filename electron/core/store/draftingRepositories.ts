/**
 * Drafting's storage, declared apart from any database: 本机关 settings and the unit mapping, the
 * clerk's localization rules and templates, drafts, and the 发文 register. Methods speak domain types and
 * are async, so the embedded SQLite file and a shared server database can both fill them. Each call runs
 * inside the unit of work the store hands out (`store.write(async (tx) => …)`), never on its own.
 */
import type { DraftSummary, IssuedNumber } from '../../../shared/api/draftingContract';
import type { Draft } from '../../../shared/drafting/draft';
import type { LocalizationRuleSet } from '../../../shared/drafting/localizationRules';
import type { AdminLevel, Organization } from '../../../shared/drafting/organization';
import type { Template } from '../../../shared/drafting/templates';

/** 本机关 settings as stored: everything but the unit mapping, which has rows of its own. */
export type OrganizationSettings = Omit<Organization, 'unitMapping'>;

export interface UnitMappingEntry {
  upstreamUnit: string;
  localUnit: string;
  /** Typed in the settings, or learned from a unit the clerk renamed in a draft. */
  source: 'manual' | 'learned';
}

export interface OrganizationRepository {
  /** The saved settings; null before the organization is set up or when what is stored no longer reads as settings. */
  getSettings(): Promise<OrganizationSettings | null>;
  saveSettings(settings: OrganizationSettings, at: string): Promise<void>;
  /** Every mapping entry, by upstream unit. */
  unitMappings(): Promise<UnitMappingEntry[]>;
  /** Adds the entry, or replaces the one for the same upstream unit. */
  saveUnitMapping(entry: UnitMappingEntry, at: string): Promise<void>;
  deleteUnitMapping(upstreamUnit: string): Promise<void>;
}

export interface RulesRepository {
  /** The rule set the clerk saved for a pair of levels; null when none was saved or it no longer reads as one. */
  get(fromLevel: AdminLevel, toLevel: AdminLevel): Promise<LocalizationRuleSet | null>;
  /** Replaces the rule set of its pair of levels. */
  save(ruleSet: LocalizationRuleSet, at: string): Promise<void>;
}

export interface TemplateRepository {
  /** The clerk's templates that still read as templates, by kind and name. */
  list(): Promise<Template[]>;
  get(id: string): Promise<Template | null>;
  /** Adds the template, or replaces the one with the same id. */
  save(template: Template, at: string): Promise<void>;
  /** False when there was no such template. */
  delete(id: string): Promise<boolean>;
  /** Every id taken, readable or not, so a new template never overwrites one. */
  ids(): Promise<string[]>;
}

export type DraftStatus = 'draft' | 'issued' | 'withdrawn';

export interface StoredDraft {
  id: number;
  upstreamNoticeId: number | null;
  draft: Draft;
  status: DraftStatus;
  /** The archived notice once issued, else null. */
  issuedNoticeId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface DraftRepository {
  /** Stores a new draft (status 'draft') and returns its id. */
  insert(entry: { upstreamNoticeId: number | null; draft: Draft }, at: string): Promise<number>;
  get(id: number): Promise<StoredDraft | null>;
  /** Drafts not withdrawn, the last changed first. */
  list(): Promise<DraftSummary[]>;
  update(id: number, draft: Draft, at: string): Promise<void>;
  setStatus(id: number, status: DraftStatus, issuedNoticeId: number | null, at: string): Promise<void>;
}

/** A line of the 发文 register with the id the register keeps it under. */
export interface RegisteredNumber extends IssuedNumber {
  id: number;
}

/**
 * Thrown by `IssuanceRepository.reserve` when the 文号 (or a live number of the same draft) is already in
 * the register: a concurrent unit of work won. The whole unit of work is retried, never continued.
 */
export class NumberTakenError extends Error {
  constructor(docNumber: string) {
    super(`文号“${docNumber}”已在发文登记簿中。`);
    this.name = 'NumberTakenError';
  }
}

export interface IssuanceRepository {
  /**
   * The highest serial used for a 机关代字 and year: in the register, or by the issuer's notices already
   * in the archive (recycle bin included), so numbers issued before the app was used are not reused.
   */
  lastSerial(agencyCode: string, year: number, issuer: string): Promise<number>;
  /** Records a 文号 as reserved (for a draft when given). Throws NumberTakenError when it is taken. */
  reserve(
    entry: { agencyCode: string; year: number; serial: number; docNumber: string; draftId: number | null; title: string | null },
    at: string,
  ): Promise<RegisteredNumber>;
  get(id: number): Promise<RegisteredNumber | null>;
  byDocNumber(docNumber: string): Promise<RegisteredNumber | null>;
  /** The number a draft holds (reserved or issued), if any. */
  liveOfDraft(draftId: number): Promise<RegisteredNumber | null>;
  /** The register's line with the highest serial for a 机关代字 and year. */
  last(agencyCode: string, year: number): Promise<RegisteredNumber | null>;
  /** The register, newest year first, then by 机关代字, the highest serial first. */
  list(year?: number): Promise<RegisteredNumber[]>;
  setIssued(id: number, noticeId: number, at: string): Promise<void>;
  setVoid(id: number, reason: string, at: string): Promise<void>;
  /** Takes a reserved number out of the register (only the last one, so no gap appears). */
  delete(id: number): Promise<void>;
}

export interface DraftingRepositories {
  organization: OrganizationRepository;
  rules: RulesRepository;
  templates: TemplateRepository;
  drafts: DraftRepository;
  issuance: IssuanceRepository;
}
