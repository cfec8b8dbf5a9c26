import { useCallback, useState } from 'react';

export interface CheckedItems {
  checked: ReadonlySet<number>;
  toggle(id: number): void;
  /** Checks every given item, or none. */
  setAll(ids: readonly number[] | null): void;
}

/** The items ticked for a bulk action. */
export function useCheckedItems(): CheckedItems {
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const toggle = useCallback(
    (id: number) =>
      setChecked((all) => {
        const next = new Set(all);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const setAll = useCallback((ids: readonly number[] | null) => setChecked(new Set(ids ?? [])), []);
  return { checked, toggle, setAll };
}
