/** 起草, 用语规则, 发文登记, templates, generated documents and 本机关 over the core's drafting services. */
import type { FilePayload } from '../../../../shared/api/binary';
import type { draftingContract } from '../../../../shared/api/draftingContract';
import { ok, type ApiResult, type Handlers } from '../../../../shared/api/method';
import type { settingsContract } from '../../../../shared/api/settingsContract';
import type { Core } from '../../createCore';
import { toIssuedNumber } from '../../drafting/issuanceService';

type OrganizationMethods = Pick<Handlers<typeof settingsContract>, 'settings.getOrganization' | 'settings.saveOrganization'>;

/** Keeps what the user downloads; lint findings are shown live in the UI, not carried in the file. */
const fileOnly = <T extends FilePayload>(result: ApiResult<T>): ApiResult<FilePayload> =>
  result.ok ? ok({ fileName: result.value.fileName, mime: result.value.mime, bytes: result.value.bytes }) : result;

export function draftingHandlers(core: Core): Handlers<typeof draftingContract> & OrganizationMethods {
  const { organization, drafting, issuance, templates, documents } = core;
  return {
    'settings.getOrganization': async () => ok({ organization: organization.get() }),
    'settings.saveOrganization': async (args) => {
      const saved = organization.save(args.organization);
      return saved.ok ? ok({ organization: saved.value }) : saved;
    },
    'drafting.list': async () => ok(drafting.list()),
    'drafting.create': async (args) => drafting.create(args),
    'drafting.get': async ({ id }) => drafting.get(id),
    'drafting.save': async ({ id, draft }) => drafting.save(id, draft),
    'drafting.delete': async ({ id }) => {
      const deleted = drafting.delete(id);
      return deleted.ok ? ok({ id: deleted.value.id }) : deleted;
    },
    'drafting.getRules': async ({ fromLevel, toLevel }) => ok(drafting.rules.get(fromLevel, toLevel)),
    'drafting.saveRules': async ({ ruleSet }) => drafting.rules.save(ruleSet),
    'issuance.assignNumber': async ({ draftId }) => drafting.assignNumber(draftId),
    'issuance.issue': async ({ draftId }) => drafting.issue(draftId),
    'issuance.list': async ({ year }) => ok({ numbers: issuance.list(year) }),
    'issuance.void': async ({ docNumber, reason }) => {
      const voided = issuance.void(docNumber, reason);
      return voided.ok ? ok(toIssuedNumber(voided.value)) : voided;
    },
    'templates.list': async ({ kind }) => ok({ templates: templates.list(kind) }),
    'templates.save': async ({ template }) => templates.save(template),
    'templates.copy': async ({ id, name }) => templates.copy(id, name),
    'templates.delete': async ({ id }) => templates.delete(id),
    'documents.generate': async (request) => fileOnly(await documents.generate(request)),
  };
}
