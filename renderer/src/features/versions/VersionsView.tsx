import { useProject } from '../../app/project-state.js';
import { DiffSummary } from './DiffSummary.js';
import { MigrationPanel } from './MigrationPanel.js';
import { useVersionDiff } from './use-version-diff.js';

/** Two versions of a vocabulary compared, and (with a project open) the project moved from one to the other. */
export function VersionsView() {
  const project = useProject();
  const { vocabularies, from, setFrom, to, setTo, diff, loading } = useVersionDiff();
  const picker = (label: string, value: string, set: (id: string) => void) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value="">—</option>
        {vocabularies.map((v) => (
          <option key={v.id} value={v.id}>
            {v.id} ({v.title} {v.version})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="versions-view">
      <h1>Versions</h1>
      <div role="group" aria-label="Versions to compare">
        {picker('Older version', from, setFrom)} {picker('Newer version', to, setTo)}
      </div>
      {from && from === to && <p className="muted">Pick two different versions.</p>}
      {loading && <p role="status">Comparing…</p>}
      {diff && <DiffSummary diff={diff} />}
      {project && <MigrationPanel to={to} />}
    </div>
  );
}
