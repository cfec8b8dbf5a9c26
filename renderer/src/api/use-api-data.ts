import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArgsOf, Contract, ResultOf } from '../../../shared/contract/index.js';
import { namesAnyOf, type ChangeDomain } from '../../../shared/domain/events.js';
import { useApi, useAppEvents } from '../app/api-context.js';

type DomainOf = keyof Contract;
type MethodOf<D extends DomainOf> = keyof Contract[D] & string;

export interface ApiData<T> {
  /** The latest answer; kept while a refetch runs, so views do not flash empty. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** The data answers other arguments than the current ones (they changed; the new answer is on its way). */
  stale: boolean;
  /** Asks again now (e.g. after a change no event announces). */
  reload(): void;
}

export interface ApiDataOptions {
  /** Refetch when a write announces a change in one of these (the contract declares what each write changes). */
  domains: readonly ChangeDomain[];
  /** Wait this long after the arguments change before asking (filters typed letter by letter). */
  delayMs?: number;
  /** Wait this long after a change event before asking again; later events restart the wait (a burst of writes costs one read). */
  eventDelayMs?: number;
  /** Called with each failure (views pass the notifier's `fail`). */
  onError?(error: unknown): void;
}

/**
 * One read of the contract, kept fresh: loads on mount and whenever the arguments change (compared
 * by value), and again when a `data-changed` event names one of `domains`. Only the latest
 * request's answer is kept; an older one answering late is ignored. `args` null: not yet (nothing
 * is asked, no data). The method must not write what it listens to, or each answer would ask again.
 */
export function useApiData<D extends DomainOf, M extends MethodOf<D>>(
  domain: D,
  method: M,
  args: ArgsOf<Contract[D][M]> | null,
  options: ApiDataOptions,
): ApiData<ResultOf<Contract[D][M]>> {
  type Result = ResultOf<Contract[D][M]>;
  const { client } = useApi();
  const key = args === null ? null : JSON.stringify(args);
  const [generation, setGeneration] = useState(0);
  // Which request the answer belongs to: loading until the current one has answered.
  const request = `${generation}:${key}`;
  const [answer, setAnswer] = useState<{ data: Result | undefined; error: unknown; request: string | null; key: string | null }>({
    data: undefined,
    error: undefined,
    request: null,
    key: null,
  });
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const latest = useRef({ args, options });
  useEffect(() => {
    latest.current = { args, options };
  });

  const eventTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(eventTimer.current), []);
  useAppEvents((event) => {
    if (!namesAnyOf(event, latest.current.options.domains)) return;
    const wait = latest.current.options.eventDelayMs;
    if (!wait) return reload();
    clearTimeout(eventTimer.current);
    eventTimer.current = setTimeout(reload, wait);
  });

  const { delayMs } = options;
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const call = (client[domain] as unknown as Record<string, (a: unknown) => Promise<Result>>)[method]!;
    const ask = () =>
      call(latest.current.args).then(
        (data) => live && setAnswer({ data, error: undefined, request, key }),
        (error: unknown) => {
          if (!live) return;
          setAnswer((a) => ({ ...a, error, request }));
          latest.current.options.onError?.(error);
        },
      );
    const timer = delayMs ? setTimeout(ask, delayMs) : undefined;
    if (!delayMs) void ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, domain, method, key, request, delayMs]);

  if (key === null) return { data: undefined, error: undefined, loading: false, stale: false, reload };
  return { data: answer.data, error: answer.error, loading: answer.request !== request, stale: answer.key !== key, reload };
}
