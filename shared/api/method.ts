/**
 * The building blocks of the API contract: a method is a zod schema for its arguments plus a
 * result type carried only at the type level, and every result travels as a value, never a throw.
 */
import type { z } from 'zod';

declare const resultType: unique symbol;

/** One contract method: arguments validated at run time, result type known at compile time. */
export interface MethodSpec<A extends z.ZodType = z.ZodType, R = unknown> {
  readonly args: A;
  /** Phantom: never set, only carries R for the type checker. */
  readonly [resultType]?: R;
}

/** `method(z.object({ id }))<NoticeDetail>()` — curried so the result type can be named alone. */
export function method<A extends z.ZodType>(args: A) {
  return <R>(): MethodSpec<A, R> => ({ args });
}

/** Success carries a value; failure carries one Chinese sentence a clerk can act on. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** A map of method name → spec; each domain declares one. */
export type ContractShape = Record<string, MethodSpec>;

/** What a caller passes (before zod defaults and transforms). */
export type ArgsIn<S> = S extends MethodSpec<infer A, unknown> ? z.input<A> : never;
/** What a handler receives (after validation). */
export type ArgsOut<S> = S extends MethodSpec<infer A, unknown> ? z.output<A> : never;
export type ResultOf<S> = S extends MethodSpec<z.ZodType, infer R> ? R : never;

/**
 * One handler per method of a contract. Declaring a dispatcher as `Handlers<C>` is what makes
 * "a contract method without a handler" a compile error.
 */
export type Handlers<C extends ContractShape> = {
  [M in keyof C]: (args: ArgsOut<C[M]>) => Promise<ApiResult<ResultOf<C[M]>>>;
};
