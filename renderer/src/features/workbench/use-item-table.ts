import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ItemSummary } from '../../../../shared/domain/mapping.js';
import type { SourceSchemeRow } from '../../../../shared/domain/source.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import type { Mapping } from '../../../../shared/domain/mapping.js';
import { buildItemRows, filterRows, patchSummaries, type ItemFilter, type ItemRowView } from './item-rows.js';

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
  /** All rows of the scheme, then those the filter shows. */
  allRows: readonly ItemRowView[];
  rows: readonly ItemRowView[];
  filter: ItemFilter;
  setFilter(filter: ItemFilter): void;
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
export function useItemTable(): ItemTable {
  const { client } = useApi();
  const { fail } = useNotify();
  const [schemes, setSchemes] = useState<SourceSchemeRow[]>([]);
  const [schemeId, setSchemeId] = useState<number | null>(null);
  // Rows are rebuilt from the previous rows inside the state update, so unchanged items keep
  // their row objects (and the table skips re-rendering them).
  const [data, setData] = useState<TableData>(EMPTY);
  const [filter, setFilter] = useState<ItemFilter>('all');
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
  const rows = useMemo(() => filterRows(allRows, filter), [allRows, filter]);

  const patchItem = useCallback((itemId: number, mappings: readonly Mapping[]) => setData((d) => rebuild(patchSummaries(d.summaries, itemId, mappings), d.titles, d.rows)), []);

  return { schemes, schemeId, setSchemeId, allRows, rows, filter, setFilter, loading, refreshSoon, patchItem };
}
