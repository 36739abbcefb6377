/** 起草, 用语规则, 发文登记, templates, generated documents and 本机关 over the core's drafting services. */
import type { FilePayload } from '../../../../shared/api/binary';
import type { draftingContract } from '../../../../shared/api/draftingContract';
import { ok, type ApiResult, type Handlers } from '../../../../shared/api/method';
import type { settingsContract } from '../../../../shared/api/settingsContract';
import type { Core } from '../../createCore';

type OrganizationMethods = Pick<Handlers<typeof settingsContract>, 'settings.getOrganization' | 'settings.saveOrganization'>;

/** Keeps what the user downloads; lint findings are shown live in the UI, not carried in the file. */
const fileOnly = <T extends FilePayload>(result: ApiResult<T>): ApiResult<FilePayload> =>
  result.ok ? ok({ fileName: result.value.fileName, mime: result.value.mime, bytes: result.value.bytes }) : result;

export function draftingHandlers(core: Core): Handlers<typeof draftingContract> & OrganizationMethods {
  const { organization, drafting, issuance, templates, documents } = core;
  return {
    'settings.getOrganization': async () => ok({ organization: await organization.get() }),
    'settings.saveOrganization': async (args) => {
      const saved = await organization.save(args.organization);
      return saved.ok ? ok({ organization: saved.value }) : saved;
    },
    'drafting.list': async () => ok(await drafting.list()),
    'drafting.create': (args) => drafting.create(args),
    'drafting.get': ({ id }) => drafting.get(id),
    'drafting.save': ({ id, draft }) => drafting.save(id, draft),
    'drafting.delete': async ({ id }) => {
      const deleted = await drafting.delete(id);
      return deleted.ok ? ok({ id: deleted.value.id }) : deleted;
    },
    'drafting.localizationFindings': ({ draft }) => documents.localizationFindingsOf(draft),
    'drafting.getRules': async ({ fromLevel, toLevel }) => ok(await drafting.rules.get(fromLevel, toLevel)),
    'drafting.saveRules': ({ ruleSet }) => drafting.rules.save(ruleSet),
    'issuance.assignNumber': ({ draftId }) => drafting.assignNumber(draftId),
    'issuance.issue': ({ draftId }) => drafting.issue(draftId),
    'issuance.list': async ({ year }) => ok({ numbers: await issuance.list(year) }),
    'issuance.void': ({ docNumber, reason }) => issuance.void(docNumber, reason),
    'templates.list': async ({ kind }) => ok({ templates: await templates.list(kind) }),
    'templates.save': ({ template }) => templates.save(template),
    'templates.copy': ({ id, name }) => templates.copy(id, name),
    'templates.delete': ({ id }) => templates.delete(id),
    'documents.generate': async (request) =>
      fileOnly(
        await core.exports.run(request.kind === 'unit-tasks' ? request.exportId : undefined, (signal) =>
          documents.generate(request, signal),
        ),
      ),
  };
}
