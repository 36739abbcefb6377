/** 起草, 发文登记, templates, documents and 本机关 over the core's drafting services. */
import type { draftingContract } from '../../../../shared/api/draftingContract';
import { fail, type Handlers } from '../../../../shared/api/method';
import type { settingsContract } from '../../../../shared/api/settingsContract';
import type { Core } from '../../createCore';

type OrganizationMethods = Pick<Handlers<typeof settingsContract>, 'settings.getOrganization' | 'settings.saveOrganization'>;

const NOT_READY = async () => fail('起草功能尚未就绪。');

export function draftingHandlers(_core: Core): Handlers<typeof draftingContract> & OrganizationMethods {
  return {
    'settings.getOrganization': NOT_READY,
    'settings.saveOrganization': NOT_READY,
    'drafting.list': NOT_READY,
    'drafting.create': NOT_READY,
    'drafting.get': NOT_READY,
    'drafting.save': NOT_READY,
    'drafting.delete': NOT_READY,
    'drafting.getRules': NOT_READY,
    'drafting.saveRules': NOT_READY,
    'issuance.assignNumber': NOT_READY,
    'issuance.issue': NOT_READY,
    'issuance.list': NOT_READY,
    'issuance.void': NOT_READY,
    'templates.list': NOT_READY,
    'templates.save': NOT_READY,
    'templates.copy': NOT_READY,
    'templates.delete': NOT_READY,
    'documents.generate': NOT_READY,
  };
}
