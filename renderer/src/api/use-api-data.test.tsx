// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract/method.js';
import type { AppEvent } from '../../../shared/domain/events.js';
import type { SourceSchemeRow } from '../../../shared/domain/source.js';
import { ApiProvider } from '../app/api-context.js';
import { createClient } from './client.js';
import type { Transport } from './transport.js';
import { useApiData } from './use-api-data.js';

afterEach(cleanup);

/**
 * A transport over an in-memory core: calls wait until the test answers them (in any order), and
 * events go to every subscriber, as the IPC bridge and the server's event stream deliver them.
 */
function memoryTransport() {
  const listeners = new Set<(event: AppEvent) => void>();
  const calls: { channel: string; args: unknown; answer(envelope: Envelope<unknown>): void }[] = [];
  const transport: Transport = {
    kind: 'http',
    call: (domain, method, args) => new Promise((answer) => calls.push({ channel: `${domain}-${method}`, args, answer })),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fileRef: () => Promise.reject(new Error('no files here')),
    downloadUrl: () => '',
  };
  const emit = (event: AppEvent) => act(() => listeners.forEach((l) => l(event)));
  const api = { client: createClient(transport), transport };
  const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider api={api}>{children}</ApiProvider>;
  return { calls, emit, wrapper, listeners };
}

const scheme = (id: number, title: string) => ({ id, title }) as SourceSchemeRow;
const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value });

describe('useApiData', () => {
  it('loads, then refetches when a change names one of its domains, and not for others', async () => {
    const core = memoryTransport();
    const { result } = renderHook(() => useApiData('sources', 'listSchemes', {}, { domains: ['sources'] }), { wrapper: core.wrapper });
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(core.calls).toHaveLength(1));
    expect(core.calls[0]!.channel).toBe('sources-listSchemes');
    await act(async () => core.calls[0]!.answer(ok([scheme(1, 'A')])));
    expect(result.current).toMatchObject({ data: [{ id: 1 }], loading: false, error: undefined });

    core.emit({ type: 'data-changed', domains: ['mappings'] });
    core.emit({ type: 'job', job: { id: 'j' } as never });
    expect(core.calls).toHaveLength(1);

    core.emit({ type: 'data-changed', domains: ['review', 'sources'] });
    await waitFor(() => expect(core.calls).toHaveLength(2));
    expect(result.current).toMatchObject({ data: [{ id: 1 }], loading: true });
    await act(async () => core.calls[1]!.answer(ok([scheme(1, 'A'), scheme(2, 'B')])));
    expect(result.current.data).toHaveLength(2);
  });

  it('keeps the latest request’s answer when an older one answers late', async () => {
    const core = memoryTransport();
    const { result, rerender } = renderHook(({ schemeId }) => useApiData('sources', 'listGroups', { schemeId }, { domains: ['sources'] }), {
      wrapper: core.wrapper,
      initialProps: { schemeId: 1 },
    });
    await waitFor(() => expect(core.calls).toHaveLength(1));
    rerender({ schemeId: 2 });
    await waitFor(() => expect(core.calls).toHaveLength(2));
    expect(core.calls.map((c) => c.args)).toEqual([{ schemeId: 1 }, { schemeId: 2 }]);
    await act(async () => core.calls[1]!.answer(ok(['groups of 2'])));
    await act(async () => core.calls[0]!.answer(ok(['groups of 1'])));
    expect(result.current).toMatchObject({ data: ['groups of 2'], loading: false, stale: false });

    // While other arguments' answer is on its way, the data says it answers the old ones.
    rerender({ schemeId: 3 });
    expect(result.current).toMatchObject({ data: ['groups of 2'], loading: true, stale: true });
    await waitFor(() => expect(core.calls).toHaveLength(3));
    await act(async () => core.calls[2]!.answer(ok(['groups of 3'])));
    expect(result.current).toMatchObject({ data: ['groups of 3'], stale: false });
  });

  it('asks again only when the arguments change by value, and not at all for null arguments', async () => {
    const core = memoryTransport();
    const { rerender } = renderHook(
      ({ id }: { id: number | null }) => useApiData('sources', 'getItem', id === null ? null : { id }, { domains: ['sources'] }),
      {
        wrapper: core.wrapper,
        initialProps: { id: null as number | null },
      },
    );
    core.emit({ type: 'data-changed', domains: ['sources'] });
    expect(core.calls).toHaveLength(0);
    rerender({ id: 7 });
    await waitFor(() => expect(core.calls).toHaveLength(1));
    rerender({ id: 7 });
    rerender({ id: 7 });
    expect(core.calls).toHaveLength(1);
  });

  it('exposes a failure and hands it to onError; reload asks again', async () => {
    const core = memoryTransport();
    const failures: unknown[] = [];
    const { result } = renderHook(() => useApiData('review', 'stats', {}, { domains: ['review'], onError: (e) => failures.push(e) }), {
      wrapper: core.wrapper,
    });
    await waitFor(() => expect(core.calls).toHaveLength(1));
    await act(async () => core.calls[0]!.answer({ ok: false, error: { code: 'no-project', message: 'No project is open' } }));
    expect(result.current.loading).toBe(false);
    expect((result.current.error as Error).message).toBe('No project is open');
    expect(failures).toHaveLength(1);
    act(() => result.current.reload());
    await waitFor(() => expect(core.calls).toHaveLength(2));
    await act(async () => core.calls[1]!.answer(ok({ total: 3 })));
    expect(result.current).toMatchObject({ data: { total: 3 }, error: undefined });
  });

  it('with eventDelayMs, a burst of change events costs one read, asked after the burst', async () => {
    const core = memoryTransport();
    renderHook(() => useApiData('sources', 'listSchemes', {}, { domains: ['sources'], eventDelayMs: 80 }), { wrapper: core.wrapper });
    await waitFor(() => expect(core.calls).toHaveLength(1));
    await act(async () => core.calls[0]!.answer(ok([scheme(1, 'A')])));
    for (let i = 0; i < 3; i++) {
      core.emit({ type: 'data-changed', domains: ['sources'] });
      await new Promise((r) => setTimeout(r, 30));
    }
    expect(core.calls).toHaveLength(1);
    await waitFor(() => expect(core.calls).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 120));
    expect(core.calls).toHaveLength(2);
  });

  it('unsubscribes when the view goes away', async () => {
    const core = memoryTransport();
    const { unmount } = renderHook(() => useApiData('sources', 'listSchemes', {}, { domains: ['sources'] }), { wrapper: core.wrapper });
    expect(core.listeners.size).toBe(1);
    unmount();
    expect(core.listeners.size).toBe(0);
  });
});
