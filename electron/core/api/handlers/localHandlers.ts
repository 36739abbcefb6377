/** The local methods (paths on this machine, 本机关 from a file) over the core, for the in-process client. */
import { readFile } from 'node:fs/promises';
import { fail, ok, type ApiResult, type Handlers } from '../../../../shared/api/method';
import type { GeneratedFile, ImportProgress, LocalContract } from '../../../../shared/api/localContract';
import type { NoticeLayoutOptions } from '../../../../shared/drafting/noticeDocument';
import type { Organization } from '../../../../shared/drafting/organization';
import type { Core } from '../../createCore';
import { NO_ORGANIZATION } from '../../drafting/organizationService';

export interface LocalHandlerOptions {
  /** Hears each file of `archive.importPaths` as it is stored. */
  onImportProgress?: (progress: ImportProgress) => void;
}

export function localHandlers(core: Core, options: LocalHandlerOptions = {}): Handlers<LocalContract> {
  const { archive, backup, documents, drafting, organization } = core;

  async function draftNotice(
    upstreamId: number,
    given: Organization | undefined,
    templateId?: string,
    signedDate?: string,
    templateFile?: string,
    profileId?: string,
    layout: NoticeLayoutOptions = {},
  ): Promise<ApiResult<GeneratedFile>> {
    let templateBytes: Uint8Array | null = null;
    if (templateFile && (layout.layout ?? 'file') !== 'file') {
      return fail('本机关的 .docx 模板自带文件格式的版头；信函、纪要、命令格式使用内置版式。请不用模板，或改用文件格式。');
    }
    if (templateFile) {
      try {
        templateBytes = await readFile(templateFile);
      } catch {
        return fail(`无法读取模板文件“${templateFile}”（请检查路径和读取权限）。`);
      }
    }
    const org = given ?? (await organization.get());
    if (!org) return fail(NO_ORGANIZATION);
    const upstream = await archive.getNotice(upstreamId);
    if (!upstream.ok) return upstream;
    const draft = await drafting.draftFor({ noticeId: upstreamId, notice: upstream.value.notice }, org, {
      templateId,
      signedDate,
      profileId,
    });
    if (!draft.ok) return draft;
    const written = templateBytes
      ? await documents.noticeInUserTemplate(draft.value, templateBytes, templateId, org, draft.value.title, layout)
      : await documents.noticeOfDraft(draft.value, templateId, org, layout);
    return written.ok ? ok({ ...written.value, drafted: { title: draft.value.title, clauses: draft.value.clauses.length } }) : written;
  }

  return {
    'archive.importPaths': async ({ paths }) => ok(await archive.importPaths(paths, options.onImportProgress)),
    'archive.find': async ({ reference }) => ok({ notices: await archive.find(reference) }),
    'units.assignments': async ({ name }) => ok(await core.units.tasks(name)),
    'backup.backupTo': async ({ path }) => {
      const made = await backup.backupTo(path);
      return made.ok ? ok({ path: made.value.path, size: made.value.size }) : made;
    },
    'backup.restoreFrom': async ({ path }) => backup.restoreFrom(path),
    'documents.generateWith': async (request) => {
      switch (request.kind) {
        case 'notice':
          return draftNotice(
            request.upstreamId,
            request.organization,
            request.templateId,
            request.signedDate,
            request.templateFile,
            request.profileId,
            { sealed: request.sealed, signer: request.signer, layout: request.layout, attendance: request.attendance },
          );
        case 'task-table':
          return documents.taskTableOfNotice(request.noticeId, request.organization ?? (await organization.get()), request.templateId);
        case 'routing-slip':
          return documents.routingSlip(request.noticeId, request.organization ?? (await organization.get()), request.templateId);
        case 'catalogue':
          return documents.catalogue(request.year, request.templateId, request.pages);
        case 'unit-tasks':
          return documents.unitTasks(request.unit, request.noticeIds, request.templateId);
      }
    },
  };
}
