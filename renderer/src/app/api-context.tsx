import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/contract/index.js';
import type { AppEvent } from '../../../shared/domain/events.js';
import type { Transport } from '../api/transport.js';

export interface Api {
  client: ApiClient;
  transport: Transport;
}

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}

/** Calls `listener` for every core event; the latest listener is used without resubscribing. */
export function useAppEvents(listener: (event: AppEvent) => void): void {
  const { transport } = useApi();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => transport.subscribe((event) => latest.current(event)), [transport]);
}
