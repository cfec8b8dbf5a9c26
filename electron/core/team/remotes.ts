import type { TeamAuthKind, TeamRemote } from '../../../shared/domain/team.js';
import { badInput } from '../errors.js';
import type { Project } from '../projects/project-service.js';
import { credentialAccount, type CredentialStore } from './credentials.js';
import { deleteRemote, listRemotes, saveRemote, type StoredRemote } from './remote-store.js';

export interface RemoteInput {
  name: string;
  queryEndpoint: string;
  updateEndpoint?: string;
  graphStoreEndpoint?: string;
  graph: string;
  auth?: TeamAuthKind;
  user?: string;
  password?: string;
}

export function describeRemote(remote: StoredRemote, credentials: CredentialStore): TeamRemote {
  const { created: _created, ...rest } = remote;
  return {
    ...rest,
    hasPassword: remote.auth !== 'none' && credentials.get(credentialAccount(remote.user, remote.updateEndpoint)) !== null,
    credentialsKeptIn: credentials.where,
  };
}

export function remotesOf(project: Project, credentials: CredentialStore): TeamRemote[] {
  return listRemotes(project.db).map((r) => describeRemote(r, credentials));
}

/**
 * Links a remote: endpoints and user go into the project, a password into the user's credential
 * store under user@update-endpoint (so every project on this machine that uses the store shares it).
 */
export function addRemote(project: Project, credentials: CredentialStore, input: RemoteInput): TeamRemote {
  const user = input.user?.trim() ?? '';
  const auth: TeamAuthKind = input.auth ?? (user ? 'digest' : 'none');
  if (auth !== 'none' && !user) throw badInput(`${auth} authentication needs a user`, { field: 'user' });
  const updateEndpoint = input.updateEndpoint ?? input.queryEndpoint;
  const stored = saveRemote(project.db, {
    name: input.name,
    queryEndpoint: input.queryEndpoint,
    updateEndpoint,
    graphStoreEndpoint: input.graphStoreEndpoint ?? null,
    graph: input.graph,
    auth,
    user,
  });
  if (input.password !== undefined && auth !== 'none') credentials.set(credentialAccount(user, updateEndpoint), input.password);
  return describeRemote(stored, credentials);
}

export function removeRemote(project: Project, name: string): { removed: boolean } {
  return { removed: deleteRemote(project.db, name) };
}
