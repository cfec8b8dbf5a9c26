import type { z } from 'zod';
import type { ChangeDomain } from '../domain/events.js';
import type { ErrorCode } from '../errors.js';

/**
 * One method of the API contract: a zod schema for its arguments, the data domains a successful
 * call changes, and a phantom result type. Arguments are validated at every process boundary;
 * results are plain JSON by construction.
 */
export interface Method<A extends z.ZodType = z.ZodType, R = unknown> {
  readonly args: A;
  /** What a successful call changes (empty for reads); views showing one of these refetch. */
  readonly changes: readonly ChangeDomain[];
  /** The changes happen in a background job the call starts, which announces them when it ends. */
  readonly inJob: boolean;
  /** Never set at run time; carries the result type. */
  readonly result?: R;
}

type SomeDomains = readonly [ChangeDomain, ...ChangeDomain[]];

/**
 * `method(schema).reads<R>()` or `.writes<R>(['mappings'])`: every method states what it changes,
 * so a new method cannot forget to (there is no form without it), and the dispatcher announces the
 * change for every adapter (IPC, HTTP, CLI) without the handler doing it.
 */
export function method<A extends z.ZodType>(args: A) {
  return {
    /** Changes no data: queries, file outputs, cancelling transient work. */
    reads: <R>(): Method<A, R> => ({ args, changes: [], inJob: false }),
    /** Changes these domains; announced by the dispatcher once the call succeeds. */
    writes: <R>(changes: SomeDomains): Method<A, R> => ({ args, changes, inJob: false }),
    /** Starts a job that changes these domains; the job announces them when it succeeds. */
    startsJob: <R>(changes: SomeDomains): Method<A, R> => ({ args, changes, inJob: true }),
  };
}

export type DomainContract = Record<string, Method>;

export type ArgsOf<M> = M extends Method<infer A, unknown> ? z.input<A> : never;
export type ParsedArgsOf<M> = M extends Method<infer A, unknown> ? z.output<A> : never;
export type ResultOf<M> = M extends Method<z.ZodType, infer R> ? R : never;

/** The shape every error takes when it crosses a boundary (IPC, HTTP, CLI --json). */
export interface ErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Envelope<R> = { ok: true; value: R } | { ok: false; error: ErrorShape };

/** What a transport (IPC bridge, HTTP) offers for one domain: each method returns an envelope. */
export type DomainBridge<D extends DomainContract> = {
  [M in keyof D]: (args: ArgsOf<D[M]>) => Promise<Envelope<ResultOf<D[M]>>>;
};

/** What the renderer's client offers for one domain: each method resolves or throws. */
export type DomainClient<D extends DomainContract> = {
  [M in keyof D]: (args: ArgsOf<D[M]>) => Promise<ResultOf<D[M]>>;
};

/** What the core implements for one domain: arguments arrive already validated. */
export type DomainHandlers<D extends DomainContract> = {
  [M in keyof D]: (args: ParsedArgsOf<D[M]>) => Promise<ResultOf<D[M]>> | ResultOf<D[M]>;
};

export function channelName(domain: string, methodName: string): string {
  return `${domain}-${methodName}`;
}
