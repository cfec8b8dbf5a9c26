import { useCallback, useEffect, useState } from 'react';
import type { MigrationAction, MigrationQueueRow, MigrationReason, MigrationSummary } from '../../../../shared/domain/migration.js';
import { useApi, useAppEvents } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** The open project's migration: its status, the open queue rows (by reason), and the actions on them. */
export function useMigration() {
  const { client } = useApi();
  const { fail, notify } = useNotify();
  const [summary, setSummary] = useState<MigrationSummary | null>(null);
  const [rows, setRows] = useState<MigrationQueueRow[]>([]);
  const [total, setTotal] = useState(0);
  const [reason, setReason] = useState<MigrationReason | ''>('');
  const [generation, setGeneration] = useState(0);
  const [busy, setBusy] = useState(false);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    Promise.all([client.migration.status({}), client.migration.queue({ reason: reason || undefined, limit: 500 })]).then(([status, queue]) => {
      if (!live) return;
      setSummary(status);
      setRows(queue.rows);
      setTotal(queue.total);
    }, fail);
    return () => {
      live = false;
    };
  }, [client, fail, reason, generation]);
  useAppEvents((event) => {
    if (event.type === 'data-changed' && event.domains.includes('mappings')) reload();
  });

  const run = useCallback(
    async (work: () => Promise<unknown>, done?: string) => {
      setBusy(true);
      try {
        await work();
        if (done) notify('info', done);
      } catch (error) {
        fail(error);
      } finally {
        setBusy(false);
        reload();
      }
    },
    [fail, notify, reload],
  );

  return {
    summary,
    rows,
    total,
    reason,
    setReason,
    busy,
    start: (to: string) => run(() => client.migration.start({ to }), `Moving to ${to}: unaffected mappings moved, the others are queued.`),
    resolve: (ids: number[], action: MigrationAction, target?: { uri: string; label?: string }) => run(() => client.migration.resolve({ ids, action, target })),
    undo: () =>
      run(async () => {
        const r = await client.mappings.undo({});
        notify('info', r.batch ? `Undone: ${r.created + r.updated + r.deleted} change(s)` : 'Nothing to undo');
      }),
    redo: () => run(() => client.mappings.redo({})),
  };
}

export type MigrationState = ReturnType<typeof useMigration>;
