import { useApiData } from '../../api/use-api-data.js';
import { ConflictsList } from './ConflictsList.js';
import { LinkRemoteForm } from './LinkRemoteForm.js';
import { RemoteCard } from './RemoteCard.js';

/** Teams: the project's mapping set shared through a SPARQL store (link, push, pull, resolve conflicts). */
export function TeamView() {
  const remotes = useApiData('team', 'remotes', {}, { domains: ['projects'] });
  const list = remotes.data ?? [];
  return (
    <section className="view-page team-view" aria-labelledby="team-title">
      <h1 id="team-title">Team</h1>
      <section aria-labelledby="team-remotes-title">
        <h2 id="team-remotes-title">Remotes</h2>
        {remotes.error instanceof Error && <p className="team-error">{remotes.error.message}</p>}
        {remotes.data && !list.length && (
          <p className="muted">No remote yet: link the store your team shares below. Everything works offline in the meantime.</p>
        )}
        {list.map((remote) => (
          <RemoteCard key={remote.name} remote={remote} />
        ))}
      </section>
      {list.map((remote) => (
        <ConflictsList key={remote.name} remote={remote.name} />
      ))}
      <LinkRemoteForm />
    </section>
  );
}
