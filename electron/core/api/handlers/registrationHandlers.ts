/** 收文登记 and 归档 over the core's registration, filing and catalogue services. */
import { ok, type Handlers } from '../../../../shared/api/method';
import type { registrationContract } from '../../../../shared/api/registrationContract';
import type { Core } from '../../createCore';

export function registrationHandlers(core: Core): Handlers<typeof registrationContract> {
  return {
    'registration.update': async ({ id, fields }) => core.registration.update(id, fields),
    'registration.setStatus': async ({ id, status }) => core.registration.setStatus(id, status),
    'filing.file': async ({ id, fields }) => core.filing.file(id, fields),
    'filing.catalogue': async ({ year }) => ok(await core.catalogue.check(year)),
    'filing.setPages': async ({ id, pages }) => core.catalogue.setPages(id, pages),
  };
}
