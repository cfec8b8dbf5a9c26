import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Notice {
  id: number;
  kind: 'error' | 'info' | 'success';
  message: string;
}

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
  const notify = useCallback(
    (kind: Notice['kind'], message: string) => {
      const id = nextId++;
      setNotices((all) => [...all.slice(-4), { id, kind, message }]);
      if (kind !== 'error') setTimeout(() => dismiss(id), 5000);
    },
    [dismiss],
  );
  const notifier = useMemo<Notifier>(
    () => ({ notify, fail: (error) => notify('error', error instanceof Error ? error.message : String(error)) }),
    [notify],
  );
  return (
    <NotifierContext.Provider value={notifier}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
            <span>{n.message}</span>
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
