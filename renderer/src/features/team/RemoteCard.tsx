import type { TeamRemote, TeamStatus } from '../../../../shared/domain/team.js';
import { useApiData } from '../../api/use-api-data.js';
import { useTeamSync } from './use-team-sync.js';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');

/** "2 ahead · 0 behind · 1 conflict(s)"; behind is unknown while offline or when the remote did not answer. */
export function statusLine(status: TeamStatus): string {
  return `${status.ahead} ahead · ${status.behind ?? '?'} behind · ${status.conflicts} conflict(s)`;
}

/** One linked remote: where it is, how far apart both sides are, and Push / Pull. */
export function RemoteCard({ remote }: { remote: TeamRemote }) {
  const sync = useTeamSync(remote.name);
  // Asks the remote (behind); refreshed after each push, pull, resolution or edit.
  const status = useApiData('team', 'status', { name: remote.name }, { domains: ['projects', 'mappings', 'review'], eventDelayMs: 300 });
  const statusError = status.data?.error ?? (status.error instanceof Error ? status.error.message : null);
  const verb = sync.running === 'push' ? 'Pushing to' : 'Pulling from';

  return (
    <article className="team-remote" aria-label={`Remote ${remote.name}`}>
      <h3>{remote.name}</h3>
      <p className="muted">
        {remote.graph} on {remote.queryEndpoint}
        {remote.updateEndpoint !== remote.queryEndpoint && ` (updates: ${remote.updateEndpoint})`} ·{' '}
        {remote.auth === 'none'
          ? 'no authentication'
          : `${remote.auth} as ${remote.user || '(no user)'}${remote.hasPassword ? ', password kept' : ', no password kept'}`}
      </p>
      {remote.auth !== 'none' && <p className="muted">Passwords are kept in {remote.credentialsKeptIn}, never in the project file.</p>}
      <p data-testid="team-status">{status.data ? statusLine(status.data) : 'Asking the remote…'}</p>
      <p className="muted">
        Last push or pull: {when(remote.syncedAt)}
        {remote.revision !== null && ` (revision ${remote.revision})`}
      </p>
      {statusError && <p className="team-error">{statusError}</p>}
      <div className="toolbar">
        <button type="button" disabled={sync.running !== null} onClick={() => void sync.run('push')}>
          Push
        </button>
        <button type="button" disabled={sync.running !== null} onClick={() => void sync.run('pull')}>
          Pull
        </button>
        <button type="button" disabled={sync.running !== null} onClick={status.reload}>
          Refresh status
        </button>
      </div>
      {sync.running && (
        <p aria-live="polite">
          <progress aria-label={`${verb} ${remote.name}`} /> {verb} {remote.name}…{' '}
          <button type="button" onClick={sync.cancel}>
            Cancel
          </button>
        </p>
      )}
      {sync.outcome && <p aria-live="polite">{sync.outcome}</p>}
      {sync.error && (
        <p role="alert" className="team-error">
          {sync.error}
        </p>
      )}
    </article>
  );
}
