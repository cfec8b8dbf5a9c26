import { useCallback, useEffect, useState } from 'react';
import { namesAnyOf } from '../../../../shared/domain/events.js';
import type { PickerOptions, SourceGroupRow, SourceItemRow, SourceSchemeRow } from '../../../../shared/domain/source.js';
import { useApi, useAppEvents } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

export interface SourcesData {
  schemes: SourceSchemeRow[];
  schemeId: number | null;
  setSchemeId(id: number | null): void;
  groups: SourceGroupRow[];
  /** All items of the chosen scheme (any state); filtering happens in the view. */
  items: SourceItemRow[];
  pickers: PickerOptions | null;
  loading: boolean;
  reload(): void;
}

/** The Sources view's data, re-read whenever the core says source data changed. */
export function useSources(): SourcesData {
  const { client } = useApi();
  const { fail } = useNotify();
  const [schemes, setSchemes] = useState<SourceSchemeRow[]>([]);
  const [schemeId, setSchemeId] = useState<number | null>(null);
  const [groups, setGroups] = useState<SourceGroupRow[]>([]);
  const [items, setItems] = useState<SourceItemRow[]>([]);
  const [pickers, setPickers] = useState<PickerOptions | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useAppEvents((event) => {
    if (namesAnyOf(event, ['sources'])) reload();
  });

  useEffect(() => {
    client.sources.pickerOptions({}).then(setPickers, fail);
  }, [client, fail]);

  useEffect(() => {
    let live = true;
    client.sources.listSchemes({}).then((found) => {
      if (!live) return;
      setSchemes(found);
      setSchemeId((current) => (current !== null && found.some((s) => s.id === current) ? current : (found[0]?.id ?? null)));
      if (!found.length) setLoading(false);
    }, fail);
    return () => {
      live = false;
    };
  }, [client, fail, generation]);

  useEffect(() => {
    if (schemeId === null) return;
    let live = true;
    Promise.all([client.sources.listItems({ schemeId, state: 'all' }), client.sources.listGroups({ schemeId })]).then(([foundItems, foundGroups]) => {
      if (!live) return;
      setItems(foundItems);
      setGroups(foundGroups);
      setLoading(false);
    }, fail);
    return () => {
      live = false;
    };
  }, [client, fail, schemeId, generation]);

  // Without a scheme there is nothing to show, whatever the last scheme left behind.
  return { schemes, schemeId, setSchemeId, groups: schemeId === null ? [] : groups, items: schemeId === null ? [] : items, pickers, loading, reload };
}
