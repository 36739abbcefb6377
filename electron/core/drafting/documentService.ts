/**
 * The documents the app writes as .docx, each from a template: the notice of a draft (checked by
 * 公文校对 first; its findings travel with the file), a 任务分工方案, a 收文处理笺 for an incoming
 * notice, a year's 归档文件目录, and one responsible unit's tasks across notices; a notice may also
 * be written into an office's own .docx template.
 */
import type { GenerateRequest } from '../../../shared/api/draftingContract';
import { MIME, type FilePayload } from '../../../shared/api/binary';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { catalogueDocument } from '../../../shared/drafting/catalogue';
import type { Draft } from '../../../shared/drafting/draft';
import { lintDraft } from '../../../shared/drafting/draftLint';
import { draftLayout, draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import type { NoticeLayoutOptions } from '../../../shared/drafting/noticeDocument';
import type { Organization } from '../../../shared/drafting/organization';
import { routingSlipDocument, slipFromFlow } from '../../../shared/drafting/routingSlip';
import { taskTableFromDraft, taskTableFromNotice } from '../../../shared/drafting/taskTable';
import { unitTasksDocument } from '../../../shared/drafting/unitTasks';
import { localizationFindings } from '../../../shared/drafting/localizationFindings';
import type { NoticeTemplate } from '../../../shared/drafting/templates';
import type { Finding } from '../../../shared/domain/notice';
import { directoryNamer } from '../../../shared/units/directoryName';
import { localDay } from '../archive/clock';
import { catalogueDocx } from '../docx/catalogueDocx';
import { noticeDocx } from '../docx/noticeDocx';
import { routingSlipDocx } from '../docx/routingSlipDocx';
import { taskTableDocx } from '../docx/taskTableDocx';
import { docxFile } from '../export/docxFile';
import { fillUserTemplate } from '../docx/userTemplate';
import type { DraftingContext } from './draftingContext';
import type { DraftService } from './draftService';
import type { OfficeTemplateService } from './officeTemplateService';
import type { OrganizationService } from './organizationService';
import type { TemplateService } from './templateService';

export interface GeneratedDocument extends FilePayload {
  /** 公文校对 of a notice before it was written (empty for the other kinds). */
  findings: Finding[];
}

const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 120);

/** The options a request gave (a spread of `{ layout: undefined }` would clear the draft's own). */
function definedOnly(layout: NoticeLayoutOptions): NoticeLayoutOptions {
  return Object.fromEntries(Object.entries(layout).filter(([, value]) => value !== undefined)) as NoticeLayoutOptions;
}

function payload(bytes: Uint8Array, name: string, findings: Finding[] = []): GeneratedDocument {
  return { fileName: `${safeFileName(name)}.docx`, mime: MIME.docx, bytes: new Uint8Array(bytes), findings };
}

export interface DocumentServiceDeps {
  organization: OrganizationService;
  templates: TemplateService;
  drafts: DraftService;
  /** The office .docx template chosen for a kind, if any. */
  officeTemplates: Pick<OfficeTemplateService, 'chosenFor' | 'templateFile'>;
}

export function documentService(ctx: DraftingContext, deps: DocumentServiceDeps) {
  const { archive, clock } = ctx;

  /** What the draft kept of its upstream that is not true here (places, figures, units, a wrong superior). */
  async function localizationOf(draft: Draft, template: NoticeTemplate, given?: Organization | null): Promise<Finding[]> {
    const organization = given ?? (await deps.organization.get());
    const upstreamId = draft.upstream?.noticeId;
    const detail = upstreamId ? await archive.getNotice(upstreamId) : null;
    const upstream = detail?.ok
      ? {
          issuer: detail.value.notice.issuer,
          agencyCode: detail.value.notice.docNumber?.agencyCode ?? null,
          text: detail.value.originalText,
        }
      : null;
    return localizationFindings(draft, template, {
      index: ctx.divisions(),
      organization: { name: organization?.name ?? draft.issuer, units: organization?.units ?? [] },
      upstream,
    });
  }

  /** Units by the office directory's names (as the task tables print them). */
  async function namerOf(given?: Organization | null): Promise<(name: string) => string> {
    return directoryNamer(given ?? (await deps.organization.get()), ctx.divisions());
  }

  /** The draft's 文号 when the 发文登记簿 has it as 作废, else null. */
  async function voidedNumber(draft: Draft): Promise<string | null> {
    const docNumber = draft.docNumber;
    if (!docNumber) return null;
    const number = await ctx.store.read((tx) => tx.issuance.byDocNumber(docNumber));
    return number?.state === 'void' ? docNumber : null;
  }

  /** The office template a draft is written into: its issuing identity's own, else the one chosen for the kind. */
  async function officeTemplateOf(draft: Draft, kind: 'notice' | 'task-table'): Promise<Uint8Array | null> {
    if (draft.profileId && kind === 'notice') {
      const organization = await deps.organization.get();
      const id = organization?.profiles.find((p) => p.id === draft.profileId)?.officeTemplateId;
      const own = id ? await deps.officeTemplates.templateFile(id) : null;
      if (own) return own;
    }
    return deps.officeTemplates.chosenFor(kind);
  }

  async function noticeOfDraft(
    draft: Draft,
    templateId?: string,
    organization?: Organization | null,
    layout: NoticeLayoutOptions = {},
  ): Promise<ApiResult<GeneratedDocument>> {
    // The draft keeps its format; what the request names (the command line's --layout …) goes over it.
    const chosen = { ...draftLayout(draft), ...definedOnly(layout) };
    // An office's template is its 文件 版头; the 信函, 纪要 and 令 formats have heads of their own (§10).
    const office = (chosen.layout ?? 'file') === 'file' ? await officeTemplateOf(draft, 'notice') : null;
    if (office) return noticeInUserTemplate(draft, office, templateId, organization, draft.title, chosen);
    const template = await deps.templates.forKind('notice', templateId ?? draft.templateId);
    if (!template.ok) return template;
    const findings = [...lintDraft(draft, template.value), ...(await localizationOf(draft, template.value, organization))];
    const bytes = await noticeDocx({ ...draftToNoticeDocument(draft, template.value), ...definedOnly(layout) });
    return ok(payload(bytes, draft.title, findings));
  }

  /** The notice of a draft in an office's own .docx template (套红), with the draft's tasks for a {{#任务}} table. */
  async function noticeInUserTemplate(
    draft: Draft,
    templateFile: Uint8Array,
    templateId?: string,
    organization?: Organization | null,
    fileName = draft.title,
    layout: NoticeLayoutOptions = {},
  ): Promise<ApiResult<GeneratedDocument>> {
    const template = await deps.templates.forKind('notice', templateId ?? draft.templateId);
    if (!template.ok) return template;
    const tasks = await deps.templates.forKind('task-table', undefined);
    if (!tasks.ok) return tasks;
    const findings = [...lintDraft(draft, template.value), ...(await localizationOf(draft, template.value, organization))];
    const filled = fillUserTemplate(templateFile, {
      notice: draftToNoticeDocument(draft, template.value),
      signer: layout.signer,
      tasks: taskTableFromDraft(draft, tasks.value, await namerOf(organization)).rows,
    });
    return filled.ok ? ok(payload(filled.value, fileName, findings)) : filled;
  }

  async function taskTableOfDraft(draft: Draft, templateId?: string): Promise<ApiResult<GeneratedDocument>> {
    const template = await deps.templates.forKind('task-table', templateId);
    if (!template.ok) return template;
    const office = await officeTemplateOf(draft, 'task-table');
    if (office) return noticeInUserTemplate(draft, office, undefined, undefined, `${draft.title}（任务分工）`);
    const doc = taskTableFromDraft(draft, template.value, await namerOf());
    return ok(payload(await taskTableDocx(doc), doc.title));
  }

  /** The task table of an archived notice: its own tasks when the organization issued it, else those of a draft carrying it out. */
  async function taskTableOfNotice(
    noticeId: number,
    organization: Organization | null,
    templateId?: string,
  ): Promise<ApiResult<GeneratedDocument>> {
    const detail = await archive.getNotice(noticeId);
    if (!detail.ok) return detail;
    const notice = detail.value.notice;
    if (organization && notice.issuer !== organization.name) {
      const draft = await deps.drafts.draftFor({ noticeId, notice }, organization, {});
      if (!draft.ok) return draft;
      return taskTableOfDraft(draft.value, templateId);
    }
    const template = await deps.templates.forKind('task-table', templateId);
    if (!template.ok) return template;
    const doc = taskTableFromNotice(notice, template.value);
    return ok(payload(await taskTableDocx(doc), doc.title));
  }

  async function routingSlip(
    noticeId: number,
    organization: Organization | null,
    templateId?: string,
  ): Promise<ApiResult<GeneratedDocument>> {
    const detail = await archive.getNotice(noticeId);
    if (!detail.ok) return detail;
    const template = await deps.templates.forKind('routing-slip', templateId);
    if (!template.ok) return template;
    const { notice, registration } = detail.value;
    const flow = await archive.flow(noticeId);
    const fromFlow = slipFromFlow(flow.ok ? flow.value.steps : [], registration.outcome);
    const doc = routingSlipDocument(
      {
        organization: organization?.name ?? '',
        sender: registration.sender ?? notice.issuer,
        docNumber: notice.docNumber?.text ?? null,
        title: notice.title,
        registrationNumber: registration.registrationNumber,
        receivedDate: registration.receivedDate,
        secrecy: registration.secrecy,
        urgency: registration.urgency,
        dueDate: registration.dueDate,
        copies: registration.copies,
        handler: registration.handler,
        proposal: registration.proposal,
        instruction: fromFlow.instruction,
        circulation: fromFlow.circulation,
        outcome: fromFlow.outcome,
      },
      template.value,
    );
    return ok(payload(await routingSlipDocx(doc), `${doc.title}-${registration.registrationNumber ?? noticeId}`));
  }

  async function catalogue(year: number, templateId?: string, pages?: Record<string, number>): Promise<ApiResult<GeneratedDocument>> {
    const template = await deps.templates.forKind('catalogue', templateId);
    if (!template.ok) return template;
    const entries = await archive.catalogue(year, pages);
    if (entries.length === 0) return fail(`${year}年度还没有归档的文件，无法生成归档文件目录。`);
    const doc = catalogueDocument(
      year,
      entries.map((e) => ({ ...e, remark: null })),
      template.value,
    );
    const findings: Finding[] = doc.warnings.map((message) => ({ rule: 'catalogue', severity: 'warning', message }));
    return ok(payload(await catalogueDocx(doc), doc.title, findings));
  }

  /** Written on the export's worker thread; `signal` aborted when the clerk cancels it. */
  async function unitTasks(
    unit: string,
    noticeIds: number[] | undefined,
    templateId?: string,
    signal?: AbortSignal,
  ): Promise<ApiResult<GeneratedDocument>> {
    const template = await deps.templates.forKind('unit-tasks', templateId);
    if (!template.ok) return template;
    const found = await archive.unitTasks(unit);
    const chosen = noticeIds ? new Set(noticeIds) : null;
    const tasks = found.tasks.filter((t) => !chosen || chosen.has(t.noticeId));
    if (tasks.length === 0) {
      return fail(chosen ? `所选文件中没有分配给“${unit}”的任务。` : `存档中没有分配给“${unit}”的任务，请检查单位名称。`);
    }
    const name = found.units.length === 1 ? found.units[0] : unit;
    const doc = unitTasksDocument(name, tasks, template.value, localDay(clock));
    const file = await docxFile({ unitTasks: doc }, { signal });
    return file.ok ? ok(payload(file.value, doc.title)) : file;
  }

  /** The localization findings of a draft as the clerk has it now (公文校对 in the editor). */
  async function localizationFindingsOf(draft: Draft): Promise<ApiResult<{ findings: Finding[] }>> {
    const template = await deps.templates.forKind('notice', draft.templateId);
    if (!template.ok) return template;
    return ok({ findings: await localizationOf(draft, template.value) });
  }

  return {
    localizationFindingsOf,
    noticeOfDraft,
    noticeInUserTemplate,
    taskTableOfDraft,
    taskTableOfNotice,
    routingSlip,
    catalogue,
    unitTasks,

    /** The API's one entry: a document of any kind, by the contract's request (`signal`: a cancelled export). */
    async generate(request: GenerateRequest, signal?: AbortSignal): Promise<ApiResult<GeneratedDocument>> {
      const organization = await deps.organization.get();
      switch (request.kind) {
        case 'notice': {
          const record = await deps.drafts.get(request.draftId);
          if (!record.ok) return record;
          const voided = await voidedNumber(record.value.draft);
          if (voided) return fail(`这份草稿的文号“${voided}”已作废，不能再用它生成公文。请先在草稿中点“取新号”。`);
          return noticeOfDraft(record.value.draft, request.templateId, organization, {
            sealed: request.sealed,
            signer: request.signer,
            layout: request.layout,
            attendance: request.attendance,
          });
        }
        case 'task-table': {
          if (request.draftId !== undefined) {
            const record = await deps.drafts.get(request.draftId);
            return record.ok ? taskTableOfDraft(record.value.draft, request.templateId) : record;
          }
          if (request.noticeId !== undefined) return taskTableOfNotice(request.noticeId, organization, request.templateId);
          return fail('请选择草稿或公文来生成任务分工方案。');
        }
        case 'routing-slip':
          return routingSlip(request.noticeId, organization, request.templateId);
        case 'catalogue':
          return catalogue(request.year, request.templateId, request.pages);
        case 'unit-tasks':
          return unitTasks(request.unit, request.noticeIds, request.templateId, signal);
      }
    },
  };
}

export type DocumentService = ReturnType<typeof documentService>;
