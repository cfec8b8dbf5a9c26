import { useCallback, useEffect, useRef, useState } from 'react';
import { useApiData } from '../../api/use-api-data.js';
import type { Mapping } from '../../../../shared/domain/mapping.js';
import type { SuggestResult } from '../../../../shared/domain/suggestion.js';
import { labelsMissingNotice } from '../../../../shared/suggest-notice.js';
import { suggestFilters, type SuggestScope } from './suggest-scope.js';
import { useApi, useAppEvents } from '../../app/api-context.js';
import { namesAnyOf } from '../../../../shared/domain/events.js';
import type { SuggestionsState } from './CandidatesPane.js';

const TOP = 10;
/** How long the selection must rest before its details are fetched (a key repeat is ~30 ms). */
const SETTLE_MS = 60;
/** Changes that can change any item's suggestions. */
const RANKING_DOMAINS = ['mappings', 'sources', 'suggest', 'vocabularies'] as const;

export interface ItemDetail {
  mappings: Mapping[];
  suggestions: SuggestResult | null;
  suggestionsState: SuggestionsState;
  /** True once both mappings and suggestions of the current item are in. */
  loaded: boolean;
  /** Re-reads the item's mappings and suggestions (after an edit: decisions change the ranking). */
  reload(): void;
  /** Warms the suggestion cache for items the user is likely to go to next. */
  prefetch(itemIds: readonly number[]): void;
}

const NO_MAPPINGS: Mapping[] = [];

/**
 * The selected item's mappings and suggestion candidates. Suggestions are cached per item and
 * prefetched for the neighbours, so moving with j/k shows candidates at once. Mappings are read
 * again when a write announces a change in mappings; `onMappingsChanged` then hears the item's
 * new mappings (the item's row updates at once, before the whole table is read again).
 */
export function useItemDetail(
  itemId: number | null,
  vocabularyId: string | null,
  scope: SuggestScope,
  onMappingsChanged?: (itemId: number, mappings: readonly Mapping[]) => void,
  /** Also suggest per skill statement of the outcome (candidates carry supporting spans). */
  decompose = false,
): ItemDetail {
  const { client } = useApi();
  // Holding j/k runs through many items: only the one the user stops on is fetched. The data
  // answers the current item only when not stale: a key press must never act on another item's rows.
  const mappingsData = useApiData('mappings', 'listForItem', itemId == null ? null : { sourceItemId: itemId }, {
    domains: ['mappings'],
    delayMs: SETTLE_MS,
  });
  const mappings = mappingsData.data && !mappingsData.stale ? mappingsData.data : null;
  const heard = useRef<{ itemId: number | null; rows: Mapping[] | null; onMappingsChanged: typeof onMappingsChanged }>({
    itemId: null,
    rows: null,
    onMappingsChanged,
  });
  useEffect(() => {
    heard.current.onMappingsChanged = onMappingsChanged;
  });
  useEffect(() => {
    if (itemId == null || !mappings) return;
    const before = heard.current;
    if (before.itemId === itemId && before.rows && before.rows !== mappings) before.onMappingsChanged?.(itemId, mappings);
    heard.current = { ...before, itemId, rows: mappings };
  }, [itemId, mappings]);
  const [suggestions, setSuggestions] = useState<{ itemId: number; result: SuggestResult | null; state: SuggestionsState } | null>(null);
  const [generation, setGeneration] = useState(0);
  const cache = useRef(new Map<string, Promise<SuggestResult>>());
  // A decision, an edited text or another vocabulary or index changes every item's ranking (decisions lift
  // similar items' targets): candidates cached for other items are stale, and the next visit asks again.
  useAppEvents((event) => {
    if (namesAnyOf(event, RANKING_DOMAINS)) cache.current.clear();
  });

  const fetchSuggestions = useCallback(
    (id: number) => {
      const key = `${id}|${vocabularyId ?? ''}|${scope}|${decompose}`;
      let found = cache.current.get(key);
      if (!found) {
        found = client.suggest.forItem({
          sourceItemId: id,
          top: TOP,
          filters: suggestFilters(vocabularyId, scope),
          ...(decompose ? { decompose } : {}),
        });
        found.catch(() => cache.current.delete(key));
        cache.current.set(key, found);
        if (cache.current.size > 500) cache.current.delete(cache.current.keys().next().value!);
      }
      return found;
    },
    [client, vocabularyId, scope, decompose],
  );

  useEffect(() => {
    if (itemId == null) return;
    let live = true;
    const load = () => {
      fetchSuggestions(itemId).then(
        (result) => live && setSuggestions({ itemId, result, state: { state: 'ready', notice: labelsMissingNotice(result) ?? undefined } }),
        (error: unknown) =>
          live &&
          setSuggestions({
            itemId,
            result: null,
            state: { state: 'unavailable', message: `No suggestions: ${error instanceof Error ? error.message : String(error)}` },
          }),
      );
    };
    const timer = setTimeout(load, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, itemId, fetchSuggestions, generation]);

  const reloadMappings = mappingsData.reload;
  const reload = useCallback(() => {
    if (itemId == null) return;
    // Decisions change the ranking (rejections, learning), so the item's candidates are re-read.
    cache.current.delete(`${itemId}|${vocabularyId ?? ''}|${scope}|${decompose}`);
    reloadMappings();
    setGeneration((g) => g + 1);
  }, [itemId, vocabularyId, scope, decompose, reloadMappings]);

  const prefetch = useCallback(
    (ids: readonly number[]) => {
      for (const id of ids) void fetchSuggestions(id).catch(() => undefined);
    },
    [fetchSuggestions],
  );

  const current = suggestions && suggestions.itemId === itemId ? suggestions : null;
  return {
    mappings: mappings ?? NO_MAPPINGS,
    suggestions: current?.result ?? null,
    suggestionsState: current?.state ?? { state: 'loading' },
    loaded: itemId != null && mappings != null && current != null,
    reload,
    prefetch,
  };
}
