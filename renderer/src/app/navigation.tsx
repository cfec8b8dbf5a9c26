import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** The workbench's view id (see VIEWS): where "Show in workbench" goes. */
export const WORKBENCH_VIEW = 'workbench';

/** A source item another view asks the workbench to select and scroll to. */
export interface ItemRequest {
  /** The item's source scheme, when the asking view knows it (the workbench looks it up otherwise). */
  schemeId?: number;
  itemId: number;
  /** The item's key, for messages while the workbench looks for it. */
  key?: string;
}

export interface Navigation {
  /** Switches to the workbench with this item selected. */
  showItem(request: ItemRequest): void;
  /** The request the workbench has not taken yet. */
  pending: ItemRequest | null;
}

interface NavigationState extends Navigation {
  /** Drops the request if it is still the pending one. */
  take(request: ItemRequest): void;
}

const NavigationContext = createContext<NavigationState | null>(null);

/** Cross-view jumps ("show this item in the workbench"); the app passes how it switches views. */
export function NavigationProvider({ showView, children }: { showView(viewId: string): void; children: ReactNode }) {
  const [pending, setPending] = useState<ItemRequest | null>(null);
  const showItem = useCallback(
    (request: ItemRequest) => {
      // A fresh object each time, so asking twice for the same item jumps twice.
      setPending({ ...request });
      showView(WORKBENCH_VIEW);
    },
    [showView],
  );
  const take = useCallback((request: ItemRequest) => setPending((current) => (current === request ? null : current)), []);
  const value = useMemo(() => ({ showItem, pending, take }), [showItem, pending, take]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

function useNavigationState(): NavigationState {
  const state = useContext(NavigationContext);
  if (!state) throw new Error('useNavigation needs a NavigationProvider');
  return state;
}

export function useNavigation(): Navigation {
  const { showItem, pending } = useNavigationState();
  return useMemo(() => ({ showItem, pending }), [showItem, pending]);
}

/**
 * For the workbench: calls `onRequest` once per request (also one made before the workbench
 * mounted) and clears it, so returning to the workbench later does not jump again.
 */
export function useItemRequest(onRequest: (request: ItemRequest) => void): void {
  const { pending, take } = useNavigationState();
  const handler = useRef(onRequest);
  useEffect(() => {
    handler.current = onRequest;
  });
  const handled = useRef<ItemRequest | null>(null);
  useEffect(() => {
    // StrictMode runs effects twice: the ref keeps one request from being handled twice.
    if (!pending || handled.current === pending) return;
    handled.current = pending;
    take(pending);
    handler.current(pending);
  }, [pending, take]);
}
