import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import { ProjectFileList } from './ProjectFileList.js';
import { RecentProjects } from './RecentProjects.js';

/** What the app shows with no project open: create, open, or pick a recent project (a served page: one of the data folder's). */
export function HomeView({ onNew, onOpen }: { onNew: () => void; onOpen: () => void }) {
  const api = useApi();
  const { fail } = useNotify();
  // A served page may not name paths on the server: it lists the data folder's projects instead.
  const served = api.transport.kind === 'http';

  return (
    <main className="home" aria-labelledby="home-title">
      <h1 id="home-title">Crosswalk</h1>
      <p className="lead">
        Map learning outcomes and local classifications onto ESCO and ISCED-F with SKOS mapping relations, review the mappings, and publish
        correspondence tables.
      </p>
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
        <h2 id="recent-title">{served ? 'Projects' : 'Recent projects'}</h2>
        {served ? <ProjectFileList /> : <RecentProjects />}
      </section>
    </main>
  );
}
