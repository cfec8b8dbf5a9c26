import { useState } from 'react';
import type { PickerOptions, SourceGroupRow, SourceItemRow, SourceSchemeRow } from '../../../../shared/domain/source.js';
import { useApiData } from '../../api/use-api-data.js';
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
}

/** The Sources view's data, re-read whenever a write announces that source data changed. */
export function useSources(): SourcesData {
  const { fail } = useNotify();
  const sources = { domains: ['sources'], onError: fail } as const;
  const schemes = useApiData('sources', 'listSchemes', {}, sources);
  const [schemeId, setSchemeId] = useState<number | null>(null);
  // A fresh list keeps the chosen scheme while it exists, else shows the first.
  const [seen, setSeen] = useState(schemes.data);
  if (seen !== schemes.data) {
    setSeen(schemes.data);
    const found = schemes.data ?? [];
    setSchemeId((current) => (current !== null && found.some((s) => s.id === current) ? current : (found[0]?.id ?? null)));
  }
  const scope = schemeId === null ? null : { schemeId };
  const items = useApiData('sources', 'listItems', scope && { ...scope, state: 'all' }, sources);
  const groups = useApiData('sources', 'listGroups', scope, sources);
  const pickers = useApiData('sources', 'pickerOptions', {}, { domains: ['vocabularies'], onError: fail });

  const loading = schemes.data === undefined || (schemeId !== null && (items.data === undefined || groups.data === undefined));
  // Without a scheme there is nothing to show, whatever the last scheme left behind.
  return {
    schemes: schemes.data ?? [],
    schemeId,
    setSchemeId,
    groups: schemeId === null ? [] : (groups.data ?? []),
    items: schemeId === null ? [] : (items.data ?? []),
    pickers: pickers.data ?? null,
    loading,
  };
}
