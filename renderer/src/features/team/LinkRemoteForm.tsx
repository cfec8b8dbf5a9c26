import { useState, type FormEvent } from 'react';
import { TEAM_AUTH_KINDS, type TeamAuthKind } from '../../../../shared/domain/team.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

interface RemoteFields {
  name: string;
  queryEndpoint: string;
  updateEndpoint: string;
  graph: string;
  auth: TeamAuthKind;
  user: string;
  password: string;
}

const EMPTY: RemoteFields = { name: 'origin', queryEndpoint: '', updateEndpoint: '', graph: '', auth: 'digest', user: '', password: '' };

/** Links a SPARQL store to the project. The password goes to the core once (kept in the user's credentials) and the field is emptied. */
export function LinkRemoteForm() {
  const { client } = useApi();
  const { notify } = useNotify();
  const [fields, setFields] = useState<RemoteFields>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<RemoteFields>) => setFields((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const withAuth = fields.auth !== 'none';
    try {
      const remote = await client.team.addRemote({
        name: fields.name,
        queryEndpoint: fields.queryEndpoint,
        updateEndpoint: fields.updateEndpoint.trim() || undefined,
        graph: fields.graph,
        auth: fields.auth,
        user: withAuth ? fields.user : undefined,
        password: withAuth && fields.password ? fields.password : undefined,
      });
      notify('success', `Linked ${remote.name}: ${remote.graph} on ${remote.queryEndpoint}`);
      setFields(EMPTY);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      // Never kept in the page longer than the one call.
      set({ password: '' });
      setBusy(false);
    }
  }

  return (
    <form className="settings-form" aria-labelledby="team-link-title" onSubmit={(e) => void submit(e)}>
      <h2 id="team-link-title">Link a remote</h2>
      <p className="muted">A SPARQL 1.1 store your team already runs (Virtuoso, GraphDB, Fuseki) and a named graph for this mapping set.</p>
      <label>
        Name
        <input value={fields.name} onChange={(e) => set({ name: e.target.value })} required />
      </label>
      <label>
        Query endpoint
        <input
          type="url"
          value={fields.queryEndpoint}
          onChange={(e) => set({ queryEndpoint: e.target.value })}
          placeholder="https://store.example.org/sparql"
          required
        />
      </label>
      <label>
        Update endpoint
        <input
          type="url"
          value={fields.updateEndpoint}
          onChange={(e) => set({ updateEndpoint: e.target.value })}
          placeholder="the query endpoint when empty"
        />
      </label>
      <label>
        Graph IRI
        <input
          value={fields.graph}
          onChange={(e) => set({ graph: e.target.value })}
          placeholder="https://example.org/mappings/data-literacy"
          required
        />
      </label>
      <label>
        Authentication
        <select value={fields.auth} onChange={(e) => set({ auth: e.target.value as TeamAuthKind })}>
          {TEAM_AUTH_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      {fields.auth !== 'none' && (
        <>
          <label>
            User
            <input value={fields.user} onChange={(e) => set({ user: e.target.value })} autoComplete="username" />
          </label>
          <label>
            Password
            <input
              type="password"
              value={fields.password}
              onChange={(e) => set({ password: e.target.value })}
              autoComplete="new-password"
            />
          </label>
        </>
      )}
      {error && (
        <p role="alert" className="team-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        Link remote
      </button>
    </form>
  );
}
