/**
 * Drafts of local notices: created from an archived upstream notice for this organization, saved as the
 * clerk edits them (each save teaches the unit mapping and carries a renamed unit to the draft's other
 * clauses), given a 文号 from the register, and issued —
 * filed in the archive as a notice whose citation links it to its upstream. Withdrawing a draft gives
 * its number back or marks it 作废.
 */
import type { DraftRecord, DraftSummary } from '../../../shared/api/draftingContract';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { validate } from '../../../shared/api/validation';
import { createDraft, upstreamLevel } from '../../../shared/drafting/createDraft';
import { draftSchema, type Draft } from '../../../shared/drafting/draft';
import { draftToText } from '../../../shared/drafting/draftAsNotice';
import { lintDraft } from '../../../shared/drafting/draftLint';
import { draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import type { Organization } from '../../../shared/drafting/organization';
import { learnedUnitMappings, remapDraftUnits } from '../../../shared/drafting/unitMapping';
import type { ParsedNotice } from '../../../shared/domain/notice';
import { localDay, timestamp } from '../archive/clock';
import { noticeDocx } from '../docx/noticeDocx';
import type { DraftingContext } from './draftingContext';
import type { IssuanceService } from './issuanceService';
import type { OrganizationService } from './organizationService';
import type { DraftRow } from './repositories/draftRepo';
import type { RulesService } from './rulesService';
import type { TemplateService } from './templateService';

const NOT_FOUND = '找不到这份草稿，它可能已被删除。';

export interface DraftServiceDeps {
  organization: OrganizationService;
  rules: RulesService;
  templates: TemplateService;
  issuance: IssuanceService;
}

export function draftService(ctx: DraftingContext, deps: DraftServiceDeps) {
  const { db, repos, clock, archive } = ctx;

  function toRecord(row: DraftRow): DraftRecord {
    return {
      id: row.id,
      draft: draftSchema.parse(JSON.parse(row.draft)),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      issuedNoticeId: row.issuedNoticeId,
    };
  }

  function editable(id: number): ApiResult<DraftRow> {
    const row = repos.drafts.get(id);
    if (!row || row.status === 'withdrawn') return fail(NOT_FOUND);
    if (row.status === 'issued') return fail('这份草稿已经发文，不能再修改；如需调整请另起草稿。');
    return ok(row);
  }

  /** The draft of a local notice carrying out `upstream`, not stored (the command line writes it out directly). */
  function draftFor(upstream: { noticeId: number | null; notice: ParsedNotice }, organization: Organization, options: { templateId?: string; signedDate?: string | null }): ApiResult<Draft> {
    const template = deps.templates.forKind('notice', options.templateId);
    if (!template.ok) return template;
    const fromLevel = upstreamLevel(upstream.notice, organization);
    const ruleSet = deps.rules.get(fromLevel, organization.adminLevel, upstream.notice.issuer);
    const signedDate = options.signedDate === undefined ? localDay(clock) : options.signedDate;
    return ok(createDraft({ upstream, organization, ruleSet, template: template.value, signedDate }));
  }

  /** The rules that localized a draft: those of its upstream's level and the organization's. */
  function rulesOf(draft: Draft, organization: Organization) {
    const issuer = draft.upstream?.issuer ?? null;
    return deps.rules.get(upstreamLevel({ issuer }, organization), organization.adminLevel, issuer);
  }

  function assignNumber(id: number): ApiResult<DraftRecord> {
    const row = editable(id);
    if (!row.ok) return row;
    const draft = draftSchema.parse(JSON.parse(row.value.draft));
    if (draft.docNumber) return ok(toRecord(row.value));
    const year = Number((draft.signedDate ?? localDay(clock)).slice(0, 4));
    const allocated = deps.issuance.allocate({ agencyCode: draft.agencyCode, year, issuer: draft.issuer, draftId: id, title: draft.title });
    if (!allocated.ok) return allocated;
    const numbered = { ...draft, docNumber: allocated.value.docNumber };
    repos.drafts.update(id, numbered.title, JSON.stringify(numbered), timestamp(clock));
    return ok(toRecord(repos.drafts.get(id)!));
  }

  return {
    draftFor,

    list(): { drafts: DraftSummary[] } {
      return {
        drafts: repos.drafts.list().map((row) => {
          const draft = JSON.parse(row.draft) as Draft;
          return {
            id: row.id,
            title: row.title,
            docNumber: draft.docNumber,
            upstreamDocNumber: draft.upstream?.docNumber ?? null,
            updatedAt: row.updatedAt,
            issuedNoticeId: row.issuedNoticeId,
          };
        }),
      };
    },

    get(id: number): ApiResult<DraftRecord> {
      const row = repos.drafts.get(id);
      return row && row.status !== 'withdrawn' ? ok(toRecord(row)) : fail(NOT_FOUND);
    },

    create(args: { upstreamId: number; templateId?: string; signedDate?: string | null }): ApiResult<DraftRecord> {
      const organization = deps.organization.require();
      if (!organization.ok) return organization;
      const upstream = archive.getNotice(args.upstreamId);
      if (!upstream.ok) return upstream;
      const draft = draftFor({ noticeId: args.upstreamId, notice: upstream.value.notice }, organization.value, args);
      if (!draft.ok) return draft;
      const id = repos.drafts.insert(
        { upstreamNoticeId: args.upstreamId, title: draft.value.title, draft: JSON.stringify(draft.value) },
        timestamp(clock),
      );
      return ok(toRecord(repos.drafts.get(id)!));
    },

    /** Saves the clerk's edits and learns the unit names the clerk chose. The 文号 stays the register's. */
    save(id: number, input: unknown): ApiResult<DraftRecord> {
      const checked = validate(draftSchema, input);
      if (!checked.ok) return fail(checked.error);
      return db.transaction((): ApiResult<DraftRecord> => {
        const row = editable(id);
        if (!row.ok) return row;
        const stored = draftSchema.parse(JSON.parse(row.value.draft));
        let draft = { ...checked.value, docNumber: stored.docNumber };
        const organization = deps.organization.get();
        if (organization) {
          // A unit renamed in one clause is renamed wherever the draft still holds the old name.
          const ruleSet = rulesOf(draft, organization);
          const learned = learnedUnitMappings(draft, ruleSet, organization.unitMapping);
          deps.organization.learn(learned);
          draft = remapDraftUnits(draft, ruleSet, organization.unitMapping, { ...organization.unitMapping, ...learned });
        }
        repos.drafts.update(id, draft.title, JSON.stringify(draft), timestamp(clock));
        return ok(toRecord(repos.drafts.get(id)!));
      }).immediate();
    },

    /** Withdraws a draft: its reserved 文号 is released when last, else marked 作废. */
    delete(id: number): ApiResult<{ id: number; number: 'released' | 'voided' | 'none' }> {
      const row = editable(id);
      if (!row.ok) return row;
      return db.transaction(() => {
        const number = deps.issuance.releaseForDraft(id, '草稿撤回，文号作废');
        repos.drafts.setStatus(id, 'withdrawn', null, timestamp(clock));
        return ok({ id, number });
      }).immediate();
    },

    assignNumber,

    /**
     * Issues a draft: checks it (errors of 公文校对 stop it), draws its 文号 if it has none, writes the
     * .docx, and files it in the archive — text and .docx — as the organization's own notice.
     */
    async issue(id: number): Promise<ApiResult<{ noticeId: number; draft: DraftRecord }>> {
      const row = editable(id);
      if (!row.ok) return row;
      const unnumbered = draftSchema.parse(JSON.parse(row.value.draft));
      const template = deps.templates.forKind('notice', unnumbered.templateId);
      if (!template.ok) return template;
      const errors = lintDraft(unnumbered, template.value).filter((f) => f.severity === 'error');
      if (errors.length > 0) return fail(`发文前请先改正：${errors[0].message}`);
      const numbered = assignNumber(id);
      if (!numbered.ok) return numbered;
      const draft = numbered.value.draft;
      const bytes = await noticeDocx(draftToNoticeDocument(draft, template.value));
      const text = draftToText(draft, template.value).text;
      return db.transaction((): ApiResult<{ noticeId: number; draft: DraftRecord }> => {
        const current = editable(id);
        if (!current.ok) return current;
        const held = deps.issuance.liveOfDraft(id);
        if (!held || held.docNumber !== draft.docNumber) return fail('这份草稿的文号已被作废，请重新取号后再发文。');
        const outcome = archive.importSource({ fileName: `${draft.docNumber}.docx`, format: 'docx', text, bytes }, { register: false });
        if (outcome.noticeId === null || outcome.status === 'failed') return fail(outcome.message ?? '发文存档失败。');
        if (outcome.status === 'already_present') return fail('内容相同的公文已经存档，没有重复发文。');
        deps.issuance.markIssued(held, outcome.noticeId);
        repos.drafts.setStatus(id, 'issued', outcome.noticeId, timestamp(clock));
        return ok({ noticeId: outcome.noticeId, draft: toRecord(repos.drafts.get(id)!) });
      }).immediate();
    },
  };
}

export type DraftService = ReturnType<typeof draftService>;
