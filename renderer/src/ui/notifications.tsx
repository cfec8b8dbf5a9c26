import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { addNotice, expireNotice, type Notice } from './notice-list.js';

export type { Notice } from './notice-list.js';

interface Notifier {
  notify(kind: Notice['kind'], message: string): void;
  /** Shows an error from any failed call. */
  fail(error: unknown): void;
}

const NotifierContext = createContext<Notifier | null>(null);
let nextId = 1;

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const notify = useCallback((kind: Notice['kind'], message: string) => {
    const stamp = nextId++;
    setNotices((all) => addNotice(all, { kind, message }, stamp, stamp));
    // Each repeat restarts the notice's time on screen (the older timer's stamp no longer matches).
    if (kind !== 'error') setTimeout(() => setNotices((now) => [...expireNotice(now, stamp)]), 5000);
  }, []);
  const notifier = useMemo<Notifier>(
    () => ({ notify, fail: (error) => notify('error', error instanceof Error ? error.message : String(error)) }),
    [notify],
  );
  return (
    <NotifierContext.Provider value={notifier}>
      {children}
      {/* The one live region for toasts: repeats are counted in place, not stacked. */}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
            <span>{n.message}</span>
            {n.count > 1 && (
              <span className="notice-count" aria-label={`${n.count} times`}>
                ×{n.count}
              </span>
            )}
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NotifierContext.Provider>
  );
}

export function useNotify(): Notifier {
  const notifier = useContext(NotifierContext);
  if (!notifier) throw new Error('useNotify outside NotificationsProvider');
  return notifier;
}
