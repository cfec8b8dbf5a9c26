import { useState } from 'react';
import { MIGRATION_REASONS, type MigrationAction } from '../../../../shared/domain/migration.js';
import { bulkActions } from '../../../../shared/migration-rules.js';
import { MigrationQueue } from './MigrationQueue.js';
import { RowActions } from './RowActions.js';
import { useMigration } from './use-migration.js';

const BULK_LABELS: Record<MigrationAction, string> = {
  keep: 'Keep all shown',
  replace: 'Accept the top suggestion for all shown',
  'no-equivalent': 'No equivalent for all shown',
};
/** "Move the project to <to>" and the queue of mappings that need a decision. */
export function MigrationPanel({ to }: { to: string }) {
  const migration = useMigration();
  const { summary, rows, total, reason, setReason, busy } = migration;
  const [focused, setFocused] = useState(0);
  const [suggestion, setSuggestion] = useState(0);
  const row = rows[Math.min(focused, rows.length - 1)];
  const focus = (index: number) => {
    setFocused(index);
    setSuggestion(0);
  };
  const movingElsewhere = summary && !summary.finished && summary.to !== to;

  return (
    <section aria-label="Move the project">
      <h2>Move the project</h2>
      {summary ? (
        <p role="status" data-testid="migration-status">
          Moving {summary.from.join(', ')} → {summary.to}: {summary.moved} moved, {summary.open} of {summary.queued} queued still open
          {summary.finished ? ' — finished.' : '.'}
        </p>
      ) : (
        <p className="muted">Mappings to unchanged concepts move at once; the others wait here for a decision.</p>
      )}
      <button type="button" disabled={!to || busy || Boolean(movingElsewhere)} onClick={() => void migration.start(to)}>
        Move to {to || '…'}
      </button>
      {summary && (
        <>
          <label>
            Reason{' '}
            <select value={reason} onChange={(e) => setReason(e.target.value as typeof reason)}>
              <option value="">any ({summary.open})</option>
              {MIGRATION_REASONS.map((r) => (
                <option key={r} value={r}>
                  {r} ({summary.openByReason[r] ?? 0})
                </option>
              ))}
            </select>
          </label>
          {bulkActions(rows).map((action) => (
            <button
              key={action}
              type="button"
              disabled={busy || rows.length < total}
              onClick={() =>
                void migration.resolve(
                  rows.map((r) => r.id),
                  action,
                )
              }
            >
              {BULK_LABELS[action]} ({rows.length})
            </button>
          ))}
          <MigrationQueue
            rows={rows}
            focused={Math.min(focused, Math.max(0, rows.length - 1))}
            onFocus={focus}
            suggestion={suggestion}
            onSuggestion={setSuggestion}
            onAccept={(r, i) => void migration.resolve([r.id], 'replace', { uri: r.suggestions[i]!.uri, label: r.suggestions[i]!.label })}
            onUndo={() => void migration.undo()}
            onRedo={() => void migration.redo()}
          />
          {row && (
            <RowActions
              row={row}
              suggestion={suggestion}
              to={summary.to}
              busy={busy}
              onResolve={(ids, action, target) => void migration.resolve(ids, action, target)}
            />
          )}
        </>
      )}
    </section>
  );
}
