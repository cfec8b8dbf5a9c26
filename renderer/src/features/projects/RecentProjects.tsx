import { useCallback, useEffect, useState } from 'react';
import type { RecentProject } from '../../../../shared/domain/project.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** The recently opened projects (Electron): each opens through the handle the shell minted for it. */
export function RecentProjects() {
  const api = useApi();
  const { fail } = useNotify();
  const [recent, setRecent] = useState<RecentProject[]>([]);

  const refresh = useCallback(() => {
    api.client.projects.recent({}).then(setRecent, fail);
  }, [api, fail]);
  useEffect(refresh, [refresh]);

  const open = async (r: RecentProject) => {
    try {
      // The page never sends a path of its own: the shell handed out a handle for each entry.
      await api.client.projects.open({ path: r.handle ?? r.path });
    } catch (error) {
      fail(error);
      refresh();
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
            onClick={() => api.client.projects.forgetRecent({ path: r.path }).then(setRecent, fail)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
