import { useState } from 'react';
import type { TeamConflict, TeamRecord } from '../../../../shared/domain/team.js';
import { useApiData } from '../../api/use-api-data.js';
import { useApi } from '../../app/api-context.js';
import { relationLabel } from '../workbench/relations.js';

/** The fields a person compares to choose a side (the rest travels with the record). */
const FIELDS: { label: string; value(record: TeamRecord): string }[] = [
  { label: 'Target', value: (r) => r.targetLabel || r.targetUri || '' },
  { label: 'Relation', value: (r) => relationLabel(r.relation) },
  { label: 'Status', value: (r) => r.status },
  { label: 'Author', value: (r) => r.author },
  { label: 'Date', value: (r) => (r.modified ? new Date(r.modified).toLocaleString() : '') },
  { label: 'Comment', value: (r) => r.comment },
];

const side = (record: TeamRecord | null, field: (typeof FIELDS)[number]) => (record ? field.value(record) : '(deleted)');

function ConflictCard({
  conflict,
  onResolve,
  busy,
}: {
  conflict: TeamConflict;
  onResolve(choice: 'mine' | 'theirs'): void;
  busy: boolean;
}) {
  return (
    <article className="team-conflict" aria-label={`Conflict on ${conflict.itemKey}`}>
      <h3>{conflict.itemKey}</h3>
      <table className="data-table" aria-label={`Mine and theirs for ${conflict.itemKey}`}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Mine</th>
            <th scope="col">Theirs</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map((field) => {
            const mine = side(conflict.mine, field);
            const theirs = side(conflict.theirs, field);
            return (
              <tr key={field.label} className={mine === theirs ? undefined : 'differs'}>
                <th scope="row">{field.label}</th>
                <td>{mine}</td>
                <td>{theirs}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="toolbar">
        <button type="button" disabled={busy} onClick={() => onResolve('mine')}>
          Keep mine
        </button>
        <button type="button" disabled={busy} onClick={() => onResolve('theirs')}>
          Take theirs
        </button>
      </div>
    </article>
  );
}

/** Mappings changed on both sides since the last agreed state: nothing is pushed until each has a side. */
export function ConflictsList({ remote }: { remote: string }) {
  const { client } = useApi();
  const conflicts = useApiData('team', 'conflicts', { name: remote }, { domains: ['projects', 'mappings'] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = conflicts.data ?? [];
  if (!list.length) return null;

  async function resolve(key: string, choice: 'mine' | 'theirs') {
    setBusy(true);
    setError(null);
    try {
      await client.team.resolve({ name: remote, key, choice });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`team-conflicts-${remote}`}>
      <h2 id={`team-conflicts-${remote}`}>
        Conflicts with {remote} ({list.length})
      </h2>
      <p className="muted">Changed here and there since the last push or pull. Keep mine (the next push publishes it) or take theirs.</p>
      {error && (
        <p role="alert" className="team-error">
          {error}
        </p>
      )}
      {list.map((conflict) => (
        <ConflictCard key={conflict.key} conflict={conflict} busy={busy} onResolve={(choice) => void resolve(conflict.key, choice)} />
      ))}
    </section>
  );
}
