import { useCallback, useState } from 'react';
import type { MigrationAction, MigrationReason } from '../../../../shared/domain/migration.js';
import { useApiData } from '../../api/use-api-data.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** The open project's migration: its status, the open queue rows (by reason), and the actions on them. */
export function useMigration() {
  const { client } = useApi();
  const { fail, notify } = useNotify();
  const [reason, setReason] = useState<MigrationReason | ''>('');
  const [busy, setBusy] = useState(false);
  const status = useApiData('migration', 'status', {}, { domains: ['mappings'], onError: fail });
  const queue = useApiData('migration', 'queue', { reason: reason || undefined, limit: 500 }, { domains: ['mappings'], onError: fail });
  const summary = status.data ?? null;
  const rows = queue.data?.rows ?? [];
  const total = queue.data?.total ?? 0;
  // Every write here announces 'mappings' (the contract says so), which asks both again.

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
      }
    },
    [fail, notify],
  );

  return {
    summary,
    rows,
    total,
    reason,
    setReason,
    busy,
    start: (to: string) => run(() => client.migration.start({ to }), `Moving to ${to}: unaffected mappings moved, the others are queued.`),
    resolve: (ids: number[], action: MigrationAction, target?: { uri: string; label?: string }) =>
      run(() => client.migration.resolve({ ids, action, target })),
    undo: () =>
      run(async () => {
        const r = await client.mappings.undo({});
        notify('info', r.batch ? `Undone: ${r.created + r.updated + r.deleted} change(s)` : 'Nothing to undo');
      }),
    redo: () => run(() => client.mappings.redo({})),
  };
}

export type MigrationState = ReturnType<typeof useMigration>;
