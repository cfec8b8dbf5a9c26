import { contract, type ApiHandlers } from '../../../shared/contract/index.js';
import type { Envelope, Method } from '../../../shared/contract/method.js';
import type { AppEvent } from '../../../shared/domain/events.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { toErrorShape } from '../errors.js';

export type Dispatch = (channel: string, rawArgs: unknown) => Promise<Envelope<unknown>>;

/** Every channel of the contract: `<domain>-<method>`. */
export function contractChannels(): string[] {
  return Object.entries(contract).flatMap(([domain, methods]) => Object.keys(methods).map((name) => `${domain}-${name}`));
}

function lookup(channel: string): { domain: string; name: string; method: Method } | undefined {
  const dash = channel.indexOf('-');
  if (dash < 0) return undefined;
  const domain = channel.slice(0, dash);
  const name = channel.slice(dash + 1);
  const methods = Object.hasOwn(contract, domain) ? (contract as Record<string, Record<string, Method>>)[domain] : undefined;
  const method = methods && Object.hasOwn(methods, name) ? methods[name] : undefined;
  return method ? { domain, name, method } : undefined;
}

/**
 * The single entry point of every adapter (IPC in the Electron main process, HTTP, CLI):
 * validates the arguments against the contract, calls the handler, and turns every outcome into
 * an envelope. Nothing unvalidated reaches a handler. After a successful write it announces the
 * domains the contract declares for the method, so views refetch whatever adapter made the change.
 */
export function createDispatch(handlers: ApiHandlers, events: { emit(event: AppEvent): void }): Dispatch {
  return async (channel, rawArgs) => {
    const target = lookup(channel);
    if (!target) return { ok: false, error: { code: ErrorCodes.unknownMethod, message: `Unknown method ${channel}` } };
    const parsed = target.method.args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
      return {
        ok: false,
        error: { code: ErrorCodes.invalidArguments, message: `Invalid arguments for ${channel}: ${summary}`, details: issues },
      };
    }
    try {
      const domainHandlers = (handlers as unknown as Record<string, Record<string, (args: unknown) => unknown>>)[target.domain]!;
      const value = await domainHandlers[target.name]!(parsed.data);
      const { changes, inJob } = target.method;
      if (changes.length > 0 && !inJob) events.emit({ type: 'data-changed', domains: changes });
      return { ok: true, value: value ?? null };
    } catch (error) {
      return { ok: false, error: toErrorShape(error) };
    }
  };
}
