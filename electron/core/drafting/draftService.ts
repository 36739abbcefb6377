/**
 * Drafts of local notices: created from an archived upstream notice for this organization, saved as the
 * clerk edits them (each save teaches the unit mapping and carries a renamed unit to the draft's other
 * clauses), given a 文号 from the register, and issued —
 * filed in the archive as a notice whose citation links it to its upstream. Withdrawing a draft gives
 * its number back or marks it 作废.
 */
import type { DraftRecord, DraftSummary } from '../../../shared/api/draftingContract';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { createDraft, upstreamLevel } from '../../../shared/drafting/createDraft';
import type { Draft } from '../../../shared/drafting/draft';
import { draftToText } from '../../../shared/drafting/draftAsNotice';
import { lintDraft } from '../../../shared/drafting/draftLint';
import { draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import { withProfile, type Organization } from '../../../shared/drafting/organization';
import { learnedUnitMappings, remapDraftUnits } from '../../../shared/drafting/unitMapping';
import type { ParsedNotice } from '../../../shared/domain/notice';
import { localDay, timestamp } from '../archive/clock';
import { noticeDocx } from '../docx/noticeDocx';
import type { DraftingRepositories, StoredDraft } from '../store/draftingRepositories';
import type { DraftingContext } from './draftingContext';
import { retryWhenTaken, type IssuanceService } from './issuanceService';
import type { OrganizationService } from './organizationService';
import type { RulesService } from './rulesService';
import type { TemplateService } from './templateService';

const NOT_FOUND = '找不到这份草稿，它可能已被删除。';

export interface DraftServiceDeps {
  organization: OrganizationService;
  rules: RulesService;
  templates: TemplateService;
  issuance: IssuanceService;
}

function toRecord(stored: StoredDraft): DraftRecord {
  return {
    id: stored.id,
    draft: stored.draft,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    issuedNoticeId: stored.issuedNoticeId,
  };
}

/** A draft the clerk may still change: neither withdrawn nor issued. */
async function editable(tx: DraftingRepositories, id: number): Promise<ApiResult<StoredDraft>> {
  const stored = await tx.drafts.get(id);
  if (!stored || stored.status === 'withdrawn') return fail(NOT_FOUND);
  if (stored.status === 'issued') return fail('这份草稿已经发文，不能再修改；如需调整请另起草稿。');
  return ok(stored);
}

export function draftService(ctx: DraftingContext, deps: DraftServiceDeps) {
  const { store, clock, archive } = ctx;

  /** The draft of a local notice carrying out `upstream`, not stored (the command line writes it out directly). */
  async function draftFor(
    upstream: { noticeId: number | null; notice: ParsedNotice },
    organization: Organization,
    options: { templateId?: string; signedDate?: string | null; profileId?: string },
  ): Promise<ApiResult<Draft>> {
    if (options.profileId) {
      const profiled = withProfile(organization, options.profileId);
      if (!profiled) return fail(`本机关设置中没有编号为“${options.profileId}”的发文身份。`);
      organization = profiled;
    }
    const template = await deps.templates.forKind('notice', options.templateId);
    if (!template.ok) return template;
    const fromLevel = upstreamLevel(upstream.notice, organization);
    const ruleSet = await deps.rules.get(fromLevel, organization.adminLevel, upstream.notice.issuer);
    const signedDate = options.signedDate === undefined ? localDay(clock) : options.signedDate;
    return ok(createDraft({ upstream, organization, ruleSet, template: template.value, signedDate, profileId: options.profileId }));
  }

  /** The rules that localized a draft: those of its upstream's level and the organization's. */
  function rulesOf(draft: Draft, organization: Organization) {
    const issuer = draft.upstream?.issuer ?? null;
    return deps.rules.get(upstreamLevel({ issuer }, organization), organization.adminLevel, issuer);
  }

  /** Draws the draft's 文号 (the one it holds, if any, else a new one) and writes it into the draft, in one unit of work. */
  function assignNumber(id: number): Promise<ApiResult<DraftRecord>> {
    return retryWhenTaken(() =>
      store.write(async (tx): Promise<ApiResult<DraftRecord>> => {
        const stored = await editable(tx, id);
        if (!stored.ok) return stored;
        const draft = stored.value.draft;
        // A draft keeps its live number; one whose number was voided (作废) takes a new one (取新号).
        const held = await tx.issuance.liveOfDraft(id);
        if (draft.docNumber && held?.docNumber === draft.docNumber) return ok(toRecord(stored.value));
        const year = Number((draft.signedDate ?? localDay(clock)).slice(0, 4));
        const number = await deps.issuance.allocateIn(tx, {
          agencyCode: draft.agencyCode,
          year,
          issuer: draft.issuer,
          draftId: id,
          title: draft.title,
        });
        await tx.drafts.update(id, { ...draft, docNumber: number.docNumber }, timestamp(clock));
        return ok(toRecord((await tx.drafts.get(id))!));
      }),
    );
  }

  return {
    draftFor,

    list(): Promise<{ drafts: DraftSummary[] }> {
      return store.read(async (tx) => ({ drafts: await tx.drafts.list() }));
    },

    async get(id: number): Promise<ApiResult<DraftRecord>> {
      const stored = await store.read((tx) => tx.drafts.get(id));
      return stored && stored.status !== 'withdrawn' ? ok(toRecord(stored)) : fail(NOT_FOUND);
    },

    async create(args: {
      upstreamId: number;
      templateId?: string;
      signedDate?: string | null;
      profileId?: string;
    }): Promise<ApiResult<DraftRecord>> {
      const organization = await deps.organization.require();
      if (!organization.ok) return organization;
      const upstream = await archive.getNotice(args.upstreamId);
      if (!upstream.ok) return upstream;
      const draft = await draftFor({ noticeId: args.upstreamId, notice: upstream.value.notice }, organization.value, args);
      if (!draft.ok) return draft;
      return store.write(async (tx) => {
        const id = await tx.drafts.insert({ upstreamNoticeId: args.upstreamId, draft: draft.value }, timestamp(clock));
        return ok(toRecord((await tx.drafts.get(id))!));
      });
    },

    /** Saves the clerk's edits and learns the unit names the clerk chose. The 文号 stays the register's. */
    save(id: number, edited: Draft): Promise<ApiResult<DraftRecord>> {
      return store.write(async (tx): Promise<ApiResult<DraftRecord>> => {
        const stored = await editable(tx, id);
        if (!stored.ok) return stored;
        let draft = { ...edited, docNumber: stored.value.draft.docNumber };
        const organization = await deps.organization.get();
        if (organization) {
          // A unit renamed in one clause is renamed wherever the draft still holds the old name.
          const ruleSet = await rulesOf(draft, organization);
          const learned = learnedUnitMappings(draft, ruleSet, organization.unitMapping);
          await deps.organization.learn(learned);
          draft = remapDraftUnits(draft, ruleSet, organization.unitMapping, { ...organization.unitMapping, ...learned });
        }
        await tx.drafts.update(id, draft, timestamp(clock));
        return ok(toRecord((await tx.drafts.get(id))!));
      });
    },

    /** Withdraws a draft: its reserved 文号 is released when last, else marked 作废. */
    delete(id: number): Promise<ApiResult<{ id: number; number: 'released' | 'voided' | 'none' }>> {
      return store.write(async (tx) => {
        const stored = await editable(tx, id);
        if (!stored.ok) return stored;
        const number = await deps.issuance.releaseForDraft(tx, id, '草稿撤回，文号作废');
        await tx.drafts.setStatus(id, 'withdrawn', null, timestamp(clock));
        return ok({ id, number });
      });
    },

    assignNumber,

    /**
     * Issues a draft: checks it (errors of 公文校对 stop it), draws its 文号 if it has none, writes the
     * .docx, and files it in the archive — text and .docx — as the organization's own notice.
     */
    async issue(id: number): Promise<ApiResult<{ noticeId: number; draft: DraftRecord }>> {
      const stored = await store.read((tx) => editable(tx, id));
      if (!stored.ok) return stored;
      const template = await deps.templates.forKind('notice', stored.value.draft.templateId);
      if (!template.ok) return template;
      const errors = lintDraft(stored.value.draft, template.value).filter((f) => f.severity === 'error');
      if (errors.length > 0) return fail(`发文前请先改正：${errors[0].message}`);
      const numbered = await assignNumber(id);
      if (!numbered.ok) return numbered;
      const draft = numbered.value.draft;
      // The .docx is written outside the unit of work: other writers need not wait for it.
      const bytes = await noticeDocx(draftToNoticeDocument(draft, template.value));
      const text = draftToText(draft, template.value).text;
      return store.write(async (tx): Promise<ApiResult<{ noticeId: number; draft: DraftRecord }>> => {
        const current = await editable(tx, id);
        if (!current.ok) return current;
        const held = await tx.issuance.liveOfDraft(id);
        if (!held || held.docNumber !== draft.docNumber) return fail('这份草稿的文号已被作废，请重新取号后再发文。');
        // Joins this unit of work: the notice is filed and the number marked issued together, or neither.
        const outcome = await archive.importSource(
          { fileName: `${draft.docNumber}.docx`, format: 'docx', text, bytes },
          { register: false },
        );
        if (outcome.noticeId === null || outcome.status === 'failed') return fail(outcome.message ?? '发文存档失败。');
        if (outcome.status === 'already_present') return fail('内容相同的公文已经存档，没有重复发文。');
        await deps.issuance.markIssued(tx, held, outcome.noticeId);
        await tx.drafts.setStatus(id, 'issued', outcome.noticeId, timestamp(clock));
        return ok({ noticeId: outcome.noticeId, draft: toRecord((await tx.drafts.get(id))!) });
      });
    },
  };
}

export type DraftService = ReturnType<typeof draftService>;
