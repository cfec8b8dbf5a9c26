import { useCallback, useEffect, useRef, useState } from 'react';
import type { Mapping } from '../../../../shared/domain/mapping.js';
import type { SuggestResult } from '../../../../shared/domain/suggestion.js';
import { labelsMissingNotice } from '../../../../shared/suggest-notice.js';
import { suggestFilters, type SuggestScope } from './suggest-scope.js';
import { useApi } from '../../app/api-context.js';
import type { SuggestionsState } from './CandidatesPane.js';

const TOP = 10;
/** How long the selection must rest before its details are fetched (a key repeat is ~30 ms). */
const SETTLE_MS = 60;

export interface ItemDetail {
  mappings: Mapping[];
  suggestions: SuggestResult | null;
  suggestionsState: SuggestionsState;
  /** True once both mappings and suggestions of the current item are in. */
  loaded: boolean;
  /** Re-reads the item's mappings and suggestions (after an edit); resolves with the mappings. */
  reload(): Promise<Mapping[] | null>;
  /** Warms the suggestion cache for items the user is likely to go to next. */
  prefetch(itemIds: readonly number[]): void;
}

/**
 * The selected item's mappings and suggestion candidates. Suggestions are cached per item and
 * prefetched for the neighbours, so moving with j/k shows candidates at once.
 */
export function useItemDetail(itemId: number | null, vocabularyId: string | null, scope: SuggestScope): ItemDetail {
  const { client } = useApi();
  // Each result remembers its item: while the next item loads, the last one's rows are not shown
  // (a key press must never act on another item's candidates).
  const [mappings, setMappings] = useState<{ itemId: number; rows: Mapping[] } | null>(null);
  const [suggestions, setSuggestions] = useState<{ itemId: number; result: SuggestResult | null; state: SuggestionsState } | null>(null);
  const [generation, setGeneration] = useState(0);
  const cache = useRef(new Map<string, Promise<SuggestResult>>());

  const fetchSuggestions = useCallback(
    (id: number) => {
      const key = `${id}|${vocabularyId ?? ''}|${scope}`;
      let found = cache.current.get(key);
      if (!found) {
        found = client.suggest.forItem({ sourceItemId: id, top: TOP, filters: suggestFilters(vocabularyId, scope) });
        found.catch(() => cache.current.delete(key));
        cache.current.set(key, found);
        if (cache.current.size > 500) cache.current.delete(cache.current.keys().next().value!);
      }
      return found;
    },
    [client, vocabularyId, scope],
  );

  useEffect(() => {
    if (itemId == null) return;
    let live = true;
    const load = () => {
      client.mappings.listForItem({ sourceItemId: itemId }).then(
        (rows) => live && setMappings({ itemId, rows }),
        () => live && setMappings({ itemId, rows: [] }),
      );
      fetchSuggestions(itemId).then(
        (result) => live && setSuggestions({ itemId, result, state: { state: 'ready', notice: labelsMissingNotice(result) ?? undefined } }),
        (error: unknown) =>
          live && setSuggestions({ itemId, result: null, state: { state: 'unavailable', message: `No suggestions: ${error instanceof Error ? error.message : String(error)}` } }),
      );
    };
    // Holding j/k runs through many items: only the one the user stops on is fetched.
    const timer = setTimeout(load, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, itemId, fetchSuggestions, generation]);

  const reload = useCallback(async () => {
    if (itemId == null) return null;
    // Decisions change the ranking (rejections, learning), so the item's candidates are re-read.
    cache.current.delete(`${itemId}|${vocabularyId ?? ''}|${scope}`);
    const rows = await client.mappings.listForItem({ sourceItemId: itemId });
    setMappings({ itemId, rows });
    setGeneration((g) => g + 1);
    return rows;
  }, [client, itemId, vocabularyId, scope]);

  const prefetch = useCallback(
    (ids: readonly number[]) => {
      for (const id of ids) void fetchSuggestions(id).catch(() => undefined);
    },
    [fetchSuggestions],
  );

  const current = suggestions && suggestions.itemId === itemId ? suggestions : null;
  return {
    mappings: mappings && mappings.itemId === itemId ? mappings.rows : [],
    suggestions: current?.result ?? null,
    suggestionsState: current?.state ?? { state: 'loading' },
    loaded: itemId != null && mappings?.itemId === itemId && current != null,
    reload,
    prefetch,
  };
}
