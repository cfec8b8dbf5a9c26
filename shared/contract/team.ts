import { z } from 'zod';
import type { TeamConflict, TeamMergeFilesResult, TeamPullResult, TeamPushResult, TeamRemote, TeamStatusReport } from '../domain/team.js';
import { TEAM_AUTH_KINDS } from '../domain/team.js';
import { serverPath } from '../domain/files.js';
import { method } from './method.js';

const RemoteName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a remote name is letters, digits, ".", "_" or "-" (like "origin")');
const HttpUrl = z
  .string()
  .trim()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');
const Iri = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i, 'must be an absolute IRI (e.g. https://example.org/mappings/data-literacy)');
/** Which remote: the one given, else the only (or first) remote of the project. */
const Which = z.object({ name: RemoteName.optional() });

/** Teams: the project's mapping set shared through a SPARQL 1.1 store (push, pull, three-way merge). */
export const teamContract = {
  remotes: method(z.object({})).reads<TeamRemote[]>(),
  /** Links (or relinks) a remote. A password goes to the user's credentials, never into the project. */
  addRemote: method(
    z.object({
      name: RemoteName,
      queryEndpoint: HttpUrl,
      updateEndpoint: HttpUrl.optional(),
      graphStoreEndpoint: HttpUrl.optional(),
      graph: Iri,
      auth: z.enum(TEAM_AUTH_KINDS).optional(),
      user: z.string().max(200).optional(),
      password: z.string().max(1000).optional(),
    }),
  ).writes<TeamRemote>(['projects']),
  removeRemote: method(z.object({ name: RemoteName })).writes<{ removed: boolean }>(['projects']),
  /** Ahead / behind / conflicts, and where passwords are kept; `offline` skips asking the remote. */
  status: method(Which.extend({ offline: z.boolean().optional() })).reads<TeamStatusReport>(),
  /** Publishes the project's mapping set; refused (conflict) when the remote moved since the last pull. */
  push: method(Which).writes<TeamPushResult>(['projects']),
  /** Fetches the remote mapping set and merges it in (one history batch); both-sides changes become conflicts. */
  pull: method(Which).writes<TeamPullResult>(['mappings', 'review', 'sources', 'projects']),
  /** Stops the push or pull under way to this remote (the remote stays at its old revision, the project unchanged). */
  cancel: method(Which).reads<{ cancelled: boolean }>(),
  conflicts: method(Which).reads<TeamConflict[]>(),
  /** Keeps my version or takes theirs for one conflicted mapping. */
  resolve: method(Which.extend({ key: z.string().regex(/^[0-9a-f]{32}$/), choice: z.enum(['mine', 'theirs']) })).writes<{
    remaining: number;
  }>(['mappings', 'review', 'projects']),
  /** Writes only the new file `out` (the open project is untouched). Three-way merge of two copies of a project against their common ancestor, into a new file (paths, like projects.open). */
  mergeFiles: method(
    z.object({ base: serverPath('read'), mine: serverPath('read'), theirs: serverPath('read'), out: serverPath() }),
  ).reads<TeamMergeFilesResult>(),
};
