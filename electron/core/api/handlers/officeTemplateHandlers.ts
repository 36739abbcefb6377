/** Office .docx templates over the core's file-based template store. */
import { ok, type Handlers } from '../../../../shared/api/method';
import type { officeTemplateContract } from '../../../../shared/api/officeTemplateContract';
import type { Core } from '../../createCore';

export function officeTemplateHandlers(core: Core): Handlers<typeof officeTemplateContract> {
  const { officeTemplates } = core;
  return {
    'officeTemplates.list': async () => ok(await officeTemplates.list()),
    'officeTemplates.add': ({ fileName, bytes }) => officeTemplates.add(fileName, bytes),
    'officeTemplates.remove': ({ id }) => officeTemplates.remove(id),
    'officeTemplates.choose': ({ kind, id }) => officeTemplates.choose(kind, id),
    'officeTemplates.preview': ({ id }) => officeTemplates.preview(id),
  };
}
