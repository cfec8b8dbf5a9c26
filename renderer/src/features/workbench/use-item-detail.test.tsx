// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../../shared/contract/method.js';
import type { AppEvent, ChangeDomain } from '../../../../shared/domain/events.js';
import type { SuggestResult } from '../../../../shared/domain/suggestion.js';
import { createClient } from '../../api/client.js';
import type { Transport } from '../../api/transport.js';
import { ApiProvider } from '../../app/api-context.js';
import { useItemDetail } from './use-item-detail.js';

afterEach(cleanup);

/** A transport whose calls wait until the test answers them; events reach every subscriber, as over IPC. */
function memoryTransport() {
  const listeners = new Set<(event: AppEvent) => void>();
  const calls: { channel: string; args: { sourceItemId?: number }; answer(envelope: Envelope<unknown>): void }[] = [];
  const transport: Transport = {
    kind: 'http',
    call: (domain, method, args) =>
      new Promise((answer) => calls.push({ channel: `${domain}-${method}`, args: args as { sourceItemId?: number }, answer })),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fileRef: () => Promise.reject(new Error('no files here')),
    downloadUrl: () => '',
  };
  const changed = (...domains: ChangeDomain[]) => act(() => listeners.forEach((l) => l({ type: 'data-changed', domains })));
  const api = { client: createClient(transport), transport };
  const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider api={api}>{children}</ApiProvider>;
  const suggestionCalls = (itemId: number) => calls.filter((c) => c.channel === 'suggest-forItem' && c.args.sourceItemId === itemId);
  return { calls, changed, wrapper, suggestionCalls };
}

const result = (...uris: string[]): Envelope<unknown> => ({
  ok: true,
  value: { language: 'en', candidates: uris.map((uri) => ({ uri, label: uri })), searched: [], tookMs: 1 } as unknown as SuggestResult,
});

describe('the selected item’s suggestions', () => {
  it('answers a prefetched neighbour from the cache until a decision, a text or a vocabulary changes the ranking', async () => {
    const core = memoryTransport();
    const { result: detail, rerender } = renderHook(({ itemId }) => useItemDetail(itemId, null, 'any'), {
      wrapper: core.wrapper,
      initialProps: { itemId: 1 },
    });
    await waitFor(() => expect(core.suggestionCalls(1)).toHaveLength(1));
    await act(async () => core.suggestionCalls(1)[0]!.answer(result('http://e/a')));

    act(() => detail.current.prefetch([2]));
    expect(core.suggestionCalls(2)).toHaveLength(1);
    await act(async () => core.suggestionCalls(2)[0]!.answer(result('http://e/first')));
    // Other changes (settings, review) leave the ranking alone: the neighbour is still cached.
    core.changed('settings', 'review');
    act(() => detail.current.prefetch([2]));
    expect(core.suggestionCalls(2)).toHaveLength(1);

    const rounds: [ChangeDomain, string][] = [
      ['mappings', 'http://e/after-accept'],
      ['sources', 'http://e/after-edit'],
      ['vocabularies', 'http://e/after-vocabulary'],
    ];
    for (const [domain, uri] of rounds) {
      const before = core.suggestionCalls(2).length;
      core.changed(domain);
      act(() => detail.current.prefetch([2]));
      expect(core.suggestionCalls(2), domain).toHaveLength(before + 1);
      await act(async () => core.suggestionCalls(2)[before]!.answer(result(uri)));
    }

    // Moving to the neighbour shows what the core said last, without asking again.
    const asked = core.suggestionCalls(2).length;
    rerender({ itemId: 2 });
    await waitFor(() => expect(detail.current.suggestions?.candidates.map((c) => c.uri)).toEqual(['http://e/after-vocabulary']));
    expect(core.suggestionCalls(2)).toHaveLength(asked);
  });
});
