import { useCallback, useEffect, useState } from 'react';
import type { RecentProject } from '../../../../shared/domain/project.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** What the app shows with no project open: create, open, or pick a recent project. */
export function HomeView({ onNew, onOpen }: { onNew: () => void; onOpen: () => void }) {
  const api = useApi();
  const { fail } = useNotify();
  const [recent, setRecent] = useState<RecentProject[]>([]);

  const refresh = useCallback(() => {
    api.client.projects.recent({}).then(setRecent, fail);
  }, [api, fail]);
  useEffect(refresh, [refresh]);

  const open = async (path: string) => {
    try {
      await api.client.projects.open({ path });
    } catch (error) {
      fail(error);
      refresh();
    }
  };

  return (
    <main className="home" aria-labelledby="home-title">
      <h1 id="home-title">Crosswalk</h1>
      <p className="lead">Map learning outcomes and local classifications onto ESCO and ISCED-F with SKOS mapping relations, review the mappings, and publish correspondence tables.</p>
      <div className="home-actions">
        <button type="button" className="primary" onClick={onNew}>
          New project…
        </button>
        <button type="button" onClick={onOpen}>
          Open project…
        </button>
        <button type="button" onClick={() => void api.client.sources.openDemo({}).catch(fail)}>
          Open demo project
        </button>
      </div>
      <section aria-labelledby="recent-title" className="recent">
        <h2 id="recent-title">Recent projects</h2>
        {recent.length === 0 ? (
          <p className="muted">No recent projects yet.</p>
        ) : (
          <ul className="recent-list">
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="link-button" disabled={!r.exists} onClick={() => void open(r.path)} title={r.path}>
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
        )}
      </section>
    </main>
  );
}
