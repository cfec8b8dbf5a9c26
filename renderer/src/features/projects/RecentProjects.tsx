import type { RecentProject } from '../../../../shared/domain/project.js';
import { useApiData } from '../../api/use-api-data.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** The recently opened projects (Electron): each opens through the handle the shell minted for it. */
export function RecentProjects() {
  const api = useApi();
  const { fail } = useNotify();
  // Opening, creating and forgetting projects announce 'projects': the list follows.
  const data = useApiData('projects', 'recent', {}, { domains: ['projects'], onError: fail });
  const recent = data.data ?? [];

  const open = async (r: RecentProject) => {
    try {
      // The page never sends a path of its own: the shell handed out a handle for each entry.
      await api.client.projects.open({ path: r.handle ?? r.path });
    } catch (error) {
      fail(error);
      // The file may have gone since the list was read.
      data.reload();
    }
  };

  if (recent.length === 0) return <p className="muted">No recent projects yet.</p>;
  return (
    <ul className="recent-list">
      {recent.map((r) => (
        <li key={r.path}>
          <button type="button" className="link-button" disabled={!r.exists} onClick={() => void open(r)} title={r.path}>
            <strong>{r.title}</strong>
            <span className="muted">{r.exists ? r.path : `${r.path} (missing)`}</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove ${r.title} from recent projects`}
            onClick={() => api.client.projects.forgetRecent({ path: r.path }).catch(fail)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
