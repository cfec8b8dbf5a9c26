import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ItemSummary } from '../../../../shared/domain/mapping.js';
import type { SourceSchemeRow } from '../../../../shared/domain/source.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import type { Mapping } from '../../../../shared/domain/mapping.js';
import { EMPTY_QUERY, nextSort, queryRows, type ItemQuery, type SortColumn } from './item-query.js';
import { buildItemRows, patchSummaries, type ItemRowView } from './item-rows.js';

/**
 * Waits this long after the last change before re-reading all item summaries. That read runs every
 * check (about a second at 50,000 mappings), so it waits for a pause in the user's work; the
 * edited item's own row is patched at once (patchItem).
 */
const REFRESH_DELAY_MS = 1200;

export interface ItemTable {
  schemes: SourceSchemeRow[];
  schemeId: number | null;
  setSchemeId(id: number | null): void;
  /** All rows of the scheme, then those the query shows, in its order. */
  allRows: readonly ItemRowView[];
  rows: readonly ItemRowView[];
  query: ItemQuery;
  setQuery(update: Partial<ItemQuery>): void;
  /** Shows every item again (the sort stays). */
  clearFilters(): void;
  /** Sorts by a column; again on the same column turns the order round, a third time back to the source's order. */
  sortBy(column: SortColumn): void;
  loading: boolean;
  /** Re-reads the summaries soon (coalesces bursts of edits); call on data-changed events. */
  refreshSoon(): void;
  /** Updates one item's row from its current mappings. */
  patchItem(itemId: number, mappings: readonly Mapping[]): void;
}

interface TableData {
  summaries: readonly ItemSummary[];
  titles: ReadonlyMap<number, string>;
  rows: readonly ItemRowView[];
}

const EMPTY: TableData = { summaries: [], titles: new Map(), rows: [] };

function rebuild(summaries: readonly ItemSummary[], titles: ReadonlyMap<number, string>, previous: readonly ItemRowView[]): TableData {
  return { summaries, titles, rows: buildItemRows(summaries, titles, new Map(previous.map((r) => [r.id, r]))) };
}

/** The items table's data: one request for summaries (counts, status, problems) per refresh. */
export function useItemTable(initial: { schemeId: number | null; query: ItemQuery } = { schemeId: null, query: EMPTY_QUERY }): ItemTable {
  const { client } = useApi();
  const { fail } = useNotify();
  const [schemes, setSchemes] = useState<SourceSchemeRow[]>([]);
  const [schemeId, setSchemeId] = useState<number | null>(initial.schemeId);
  // Rows are rebuilt from the previous rows inside the state update, so unchanged items keep
  // their row objects (and the table skips re-rendering them).
  const [data, setData] = useState<TableData>(EMPTY);
  const [query, setQueryState] = useState<ItemQuery>(initial.query);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([client.sources.listSchemes({}), client.sources.listGroups({})]).then(([found, groups]) => {
      if (!live) return;
      setSchemes(found);
      if (found.length === 0) setLoading(false);
      // A scheme is always chosen: "Suggest all" and the checks work per source.
      setSchemeId((current) => (current != null && found.some((f) => f.id === current) ? current : (found[0]?.id ?? null)));
      const titles = new Map(groups.map((g) => [g.id, g.title || g.key]));
      setData((d) => rebuild(d.summaries, titles, d.rows));
    }, fail);
    return () => {
      live = false;
    };
  }, [client, fail, generation]);

  useEffect(() => {
    if (schemeId == null) return;
    let live = true;
    client.mappings.itemSummaries({ schemeId }).then(
      (found) => {
        if (!live) return;
        setData((d) => rebuild(found, d.titles, d.rows));
        setLoading(false);
      },
      (error: unknown) => {
        if (live) setLoading(false);
        fail(error);
      },
    );
    return () => {
      live = false;
    };
  }, [client, fail, schemeId, generation]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const refreshSoon = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setGeneration((g) => g + 1), REFRESH_DELAY_MS);
  }, []);

  const allRows = data.rows;
  // Typing stays responsive on a large source: the list follows the box as soon as React is free.
  const shownQuery = useDeferredValue(query);
  const rows = useMemo(() => queryRows(allRows, shownQuery), [allRows, shownQuery]);
  const setQuery = useCallback((update: Partial<ItemQuery>) => setQueryState((q) => ({ ...q, ...update })), []);
  const clearFilters = useCallback(() => setQueryState((q) => ({ ...EMPTY_QUERY, sort: q.sort })), []);
  const sortBy = useCallback((column: SortColumn) => setQueryState((q) => ({ ...q, sort: nextSort(q.sort, column) })), []);

  const patchItem = useCallback((itemId: number, mappings: readonly Mapping[]) => setData((d) => rebuild(patchSummaries(d.summaries, itemId, mappings), d.titles, d.rows)), []);

  return { schemes, schemeId, setSchemeId, allRows, rows, query, setQuery, clearFilters, sortBy, loading, refreshSoon, patchItem };
}
