/**
 * The one entry every host uses to call the core: looks the method up in the contract, validates its
 * arguments with the contract's schema before any service runs, calls the handler, and turns anything
 * thrown into a Chinese sentence — the storage's own (a full disk, a busy or damaged archive, a restore)
 * where it has one (db/userFacingError.ts) — while the stack goes to the log, never to the user.
 */
import type { ApiResult, ContractShape, Handlers } from '../../../shared/api/method';
import { fail } from '../../../shared/api/method';
import { validate } from '../../../shared/api/validation';
import { userFacingMessage } from '../db/userFacingError';

export type Dispatch = (method: string, args: unknown) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected failures are written with their stack (stderr by default). */
  log?: (line: string) => void;
}

export const UNEXPECTED_ERROR = '处理时出现意外问题，已存档的数据不受影响。请重试；如果问题反复出现，请联系管理员。';

export function createDispatcher<C extends ContractShape>(contract: C, handlers: Handlers<C>, options: DispatcherOptions = {}): Dispatch {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  return async (method, args) => {
    if (!Object.hasOwn(contract, method)) return fail(`未知的操作“${method}”。`);
    const spec = contract[method];
    const checked = validate(spec.args, args ?? {});
    if (!checked.ok) return fail(checked.error);
    try {
      const handler = handlers[method] as (args: unknown) => Promise<ApiResult<unknown>>;
      return await handler(checked.value);
    } catch (error) {
      log(`[${method}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fail(userFacingMessage(error) ?? UNEXPECTED_ERROR);
    }
  };
}
