import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ItemSummary } from '../../../../shared/domain/mapping.js';
import type { SourceSchemeRow } from '../../../../shared/domain/source.js';
import { useApiData } from '../../api/use-api-data.js';
import { useNotify } from '../../ui/notifications.js';
import type { Mapping } from '../../../../shared/domain/mapping.js';
import { EMPTY_QUERY, nextSort, queryRows, type ItemQuery, type SortColumn } from './item-query.js';
import { buildItemRows, patchSummaries, type ItemRowView } from './item-rows.js';

/**
 * Waits this long after the last change event before re-reading all item summaries. That read runs every
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
  /** Updates one item's row from its current mappings. */
  patchItem(itemId: number, mappings: readonly Mapping[]): void;
}

interface TableData {
  summaries: readonly ItemSummary[];
  titles: ReadonlyMap<number, string>;
  rows: readonly ItemRowView[];
}

const EMPTY: TableData = { summaries: [], titles: new Map(), rows: [] };
const NO_SCHEMES: SourceSchemeRow[] = [];

function rebuild(summaries: readonly ItemSummary[], titles: ReadonlyMap<number, string>, previous: readonly ItemRowView[]): TableData {
  return { summaries, titles, rows: buildItemRows(summaries, titles, new Map(previous.map((r) => [r.id, r]))) };
}

/**
 * The items table's data: one request for summaries (counts, status, problems) per refresh,
 * re-read after a pause when mappings, sources, reviews or vocabularies change.
 */
export function useItemTable(initial: { schemeId: number | null; query: ItemQuery } = { schemeId: null, query: EMPTY_QUERY }): ItemTable {
  const { fail } = useNotify();
  const schemesData = useApiData('sources', 'listSchemes', {}, { domains: ['sources'], onError: fail });
  const groupsData = useApiData('sources', 'listGroups', {}, { domains: ['sources'], onError: fail });
  const schemes = schemesData.data ?? NO_SCHEMES;
  const [chosenSchemeId, setChosenSchemeId] = useState<number | null>(initial.schemeId);
  // A scheme is always chosen: "Suggest all" and the checks work per source.
  const schemeId =
    chosenSchemeId != null && schemes.some((s) => s.id === chosenSchemeId)
      ? chosenSchemeId
      : (schemes[0]?.id ?? (schemesData.data ? null : chosenSchemeId));
  const summariesData = useApiData('mappings', 'itemSummaries', schemeId == null ? null : { schemeId }, {
    domains: ['mappings', 'sources', 'review', 'vocabularies'],
    eventDelayMs: REFRESH_DELAY_MS,
    onError: fail,
  });

  // Rows are rebuilt from the previous rows when an answer arrives, so unchanged items keep
  // their row objects (and the table skips re-rendering them).
  const [data, setData] = useState<TableData>(EMPTY);
  const groups = groupsData.data;
  const summaries = summariesData.data;
  const [built, setBuilt] = useState<{ groups: typeof groups; summaries: typeof summaries }>({ groups: undefined, summaries: undefined });
  if (built.groups !== groups || built.summaries !== summaries) {
    setBuilt({ groups, summaries });
    const titles = groups && groups !== built.groups ? new Map(groups.map((g) => [g.id, g.title || g.key])) : data.titles;
    setData(rebuild(summaries && summaries !== built.summaries ? summaries : data.summaries, titles, data.rows));
  }

  const [query, setQueryState] = useState<ItemQuery>(initial.query);
  const setSchemeId = useCallback((id: number | null) => {
    setChosenSchemeId(id);
    // Courses belong to one source: another source's course would hide every item.
    setQueryState((q) => (q.course ? { ...q, course: '' } : q));
  }, []);
  const allRows = data.rows;
  const fresh = summaries !== undefined && !summariesData.stale && data.summaries === summaries;
  // A remembered course the (re-imported or edited) source no longer has would hide every item.
  if (fresh && query.course && !allRows.some((r) => r.course === query.course)) setQueryState((q) => ({ ...q, course: '' }));

  // Typing stays responsive on a large source: the list follows the box as soon as React is free.
  const shownQuery = useDeferredValue(query);
  const rows = useMemo(() => queryRows(allRows, shownQuery), [allRows, shownQuery]);
  const setQuery = useCallback((update: Partial<ItemQuery>) => setQueryState((q) => ({ ...q, ...update })), []);
  const clearFilters = useCallback(() => setQueryState((q) => ({ ...EMPTY_QUERY, sort: q.sort })), []);
  const sortBy = useCallback((column: SortColumn) => setQueryState((q) => ({ ...q, sort: nextSort(q.sort, column) })), []);

  const patchItem = useCallback(
    (itemId: number, mappings: readonly Mapping[]) =>
      setData((d) => rebuild(patchSummaries(d.summaries, itemId, mappings), d.titles, d.rows)),
    [],
  );

  const loading = !schemesData.data || (schemeId != null && summaries === undefined);
  return { schemes, schemeId, setSchemeId, allRows, rows, query, setQuery, clearFilters, sortBy, loading, patchItem };
}
