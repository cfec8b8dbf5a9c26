import { randomUUID } from 'node:crypto';
import type { TeamPullResult, TeamPushResult, TeamStatus } from '../../../shared/domain/team.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { writeTransaction } from '../db/write-transaction.js';
import { CrosswalkError, badInput } from '../errors.js';
import { readSkos } from '../exchange/skos-reader.js';
import type { Project } from '../projects/project-service.js';
import { applyRecords } from './apply-records.js';
import { credentialAccount, type CredentialStore } from './credentials.js';
import { countChanges, diffRecords, mergeRecords, recordMap } from './merge.js';
import { readLocalState, teamUriBase } from './project-records.js';
import { countConflicts, readBase, requireRemote, saveConflicts, writeBase, type StoredRemote } from './remote-store.js';
import {
  EMPTY_REVISION,
  claimEmptyGraph,
  dropGraph,
  fetchGraph,
  remoteRevision,
  stagingGraph,
  swapUpdate,
  updateRetryingDeadlocks,
  uploadGraph,
} from './remote-graph.js';
import { SparqlClient } from './sparql-client.js';
import { readTeamGraph, teamQuads, toNTriples } from './team-graph.js';

export interface TeamEnv {
  project: Project;
  credentials: CredentialStore;
  /** Who the pulled changes are recorded for in History. */
  author: string;
  signal?: AbortSignal;
  /** Per request; large pushes and pulls get more. */
  timeoutMs?: number;
  /** A password given for this run only (the CLI's --password-env), else the stored one. */
  password?: string;
  /** Told when a push or pull enters a stage (for progress, and for tests that interrupt one). */
  onStage?: (stage: TeamStage) => void;
}

export type TeamStage = 'read' | 'upload' | 'swap' | 'verify' | 'fetch' | 'merge' | 'write';

/** A client for the remote, with the password from the credential store. */
export function clientFor(remote: StoredRemote, env: Pick<TeamEnv, 'credentials' | 'signal' | 'timeoutMs' | 'password'>): SparqlClient {
  const password =
    env.password ?? (remote.auth === 'none' ? '' : (env.credentials.get(credentialAccount(remote.user, remote.updateEndpoint)) ?? ''));
  return new SparqlClient({
    queryEndpoint: remote.queryEndpoint,
    updateEndpoint: remote.updateEndpoint,
    graphStoreEndpoint: remote.graphStoreEndpoint,
    credentials: remote.auth === 'none' ? null : { kind: remote.auth, user: remote.user, password },
    timeoutMs: env.timeoutMs ?? 120_000,
    ...(env.signal ? { signal: env.signal } : {}),
  });
}

const seconds = (start: number) => Math.round((performance.now() - start) / 10) / 100;

function staleError(remote: StoredRemote, remoteAt: string | null, agreed: string | null): CrosswalkError {
  return new CrosswalkError(
    ErrorCodes.conflict,
    `${remote.graph} on ${remote.queryEndpoint} is at revision ${remoteAt ?? 'none'}, this project last agreed on ${agreed ?? 'none'}: pull, then push again.`,
    { remote: remote.name, remoteRevision: remoteAt, localRevision: agreed },
  );
}

/**
 * Publishes the project's mapping set. Optimistic: the revision is read, the new graph uploaded to
 * a staging graph, and one update swaps it in only if the revision is still the one this project
 * agreed on (read with a row lock on Virtuoso, so of two concurrent swaps exactly one applies);
 * then the remote is asked whose push landed. Refused while conflicts are open or the remote moved
 * (the loser pulls, merges, and pushes again). The project changes only after the swap landed:
 * its base becomes what was pushed.
 */
export async function push(env: TeamEnv, name?: string): Promise<TeamPushResult> {
  const start = performance.now();
  const db = env.project.db;
  const remote = requireRemote(db, name);
  const open = countConflicts(db, remote.name);
  if (open > 0)
    throw new CrosswalkError(
      ErrorCodes.conflict,
      `${open} conflicting mapping${open === 1 ? '' : 's'} from the last pull must be resolved (mine or theirs) before a push.`,
      { remote: remote.name, conflicts: open },
    );
  env.onStage?.('read');
  const local = readLocalState(env.project, remote.graph);
  if (local.schemeId === null) throw badInput('nothing to push: the project has no source scheme yet');
  const base = readBase(db, remote.name);
  const client = clientFor(remote, env);
  const current = await remoteRevision(client, remote.graph);
  if ((current?.revision ?? null) !== base.revision) throw staleError(remote, current?.revision ?? null, base.revision);

  const store = { virtuoso: /virtuoso/i.test(client.serverSoftware) };
  const pushId = randomUUID();
  const revision = String((Number(current?.revision ?? 0) || 0) + 1);
  const quads = teamQuads(local.table, local.records, remote.graph, {
    revision,
    pushId,
    pushedBy: env.author,
    at: new Date().toISOString(),
  });
  const staging = stagingGraph(remote.graph, pushId);
  const bigTimeout = Math.max(client.timeoutMs, 600_000);
  try {
    env.onStage?.('upload');
    await uploadGraph(client, staging, await toNTriples(quads), bigTimeout, store);
    env.onStage?.('swap');
    if (base.revision === null) await claimEmptyGraph(client, remote.graph, store);
    try {
      await updateRetryingDeadlocks(client, swapUpdate(remote.graph, staging, base.revision ?? EMPTY_REVISION, store), bigTimeout);
    } catch (error) {
      // The answer may be lost after the store committed: the revision tells.
      const after = await remoteRevision(client, remote.graph).catch(() => null);
      if (after?.pushId !== pushId) throw error;
    }
  } finally {
    await dropGraph(client, staging, store).catch(() => undefined);
  }
  env.onStage?.('verify');
  const landed = await remoteRevision(client, remote.graph);
  if (landed?.torn)
    throw new CrosswalkError(
      ErrorCodes.remoteFailed,
      `${remote.queryEndpoint}: the graph ${remote.graph} holds more than one revision after the push; the store did not apply the swap as one transaction.`,
      { remote: remote.name },
    );
  if (landed?.pushId !== pushId) throw staleError(remote, landed?.revision ?? null, base.revision);
  writeTransaction(db, () => writeBase(db, remote.name, revision, local.records));
  return { remote: remote.name, revision, mappings: local.records.length, items: local.table.source.items.length, seconds: seconds(start) };
}

/**
 * Fetches the remote mapping set and merges it into the project against the last agreed state:
 * their changes apply as ONE history batch (undoable as one step), both-sides changes become
 * conflicts (mine kept until resolved), and the base becomes the remote's state.
 */
export async function pull(env: TeamEnv, name?: string): Promise<TeamPullResult> {
  const start = performance.now();
  const db = env.project.db;
  const remote = requireRemote(db, name);
  const client = clientFor(remote, env);
  const base = readBase(db, remote.name);
  const current = await remoteRevision(client, remote.graph);
  const nothing = {
    remote: remote.name,
    revision: current?.revision ?? null,
    created: 0,
    updated: 0,
    deleted: 0,
    itemsAdded: 0,
    conflicts: countConflicts(db, remote.name),
    batchId: null,
  };
  if (!current || current.revision === base.revision) return { ...nothing, seconds: seconds(start) };

  env.onStage?.('fetch');
  const text = await fetchGraph(client, remote.graph, Math.max(client.timeoutMs, 600_000));
  const theirs = await readTeamGraph(text, remote.graph);
  // A store reading without a snapshot (Virtuoso: read committed) can return part of a swap that
  // committed while the graph was read: the revision read before and after must be the one read.
  const after = theirs.revision === current.revision ? await remoteRevision(client, remote.graph) : null;
  if (theirs.revision === null || theirs.torn || after?.revision !== theirs.revision || after.torn)
    throw new CrosswalkError(
      ErrorCodes.remoteFailed,
      `${remote.queryEndpoint}: the graph ${remote.graph} changed while it was read; pull again.`,
    );
  env.onStage?.('merge');
  const local = readLocalState(env.project, remote.graph);
  const merge = mergeRecords(recordMap(base.records), recordMap(local.records), recordMap(theirs.records));
  const changes = diffRecords(recordMap(local.records), merge.merged);
  const needsItems = local.schemeId === null || changes.created.some((r) => !local.table.source.items.some((i) => i.key === r.itemKey));
  const uriBase = teamUriBase(remote.graph);
  const source = needsItems ? (await readSkos(text, { file: remote.graph, uriBase, defaultStatus: 'proposed' })).table : null;
  env.onStage?.('write');
  const applied = writeTransaction(db, () => {
    const result = applyRecords(env.project, changes, {
      author: env.author,
      label: `Pull from ${remote.name} (revision ${theirs.revision})`,
      source,
      origin: `${remote.name}: ${remote.graph}`,
      uriBase,
      mappingIds: local.mappingIds,
    });
    saveConflicts(
      db,
      merge.conflicts.map((c) => ({ ...c, remote: remote.name })),
    );
    writeBase(db, remote.name, theirs.revision, theirs.records);
    env.project.touch();
    return result;
  });
  return {
    remote: remote.name,
    revision: theirs.revision,
    ...applied,
    conflicts: countConflicts(db, remote.name),
    seconds: seconds(start),
  };
}

/** Ahead (local changes since the base), behind (remote changes since the base, fetched unless offline) and open conflicts. */
export async function status(env: TeamEnv, name?: string, offline = false): Promise<TeamStatus> {
  const db = env.project.db;
  const remote = requireRemote(db, name);
  const base = readBase(db, remote.name);
  const baseMap = recordMap(base.records);
  const local = readLocalState(env.project, remote.graph);
  const result: TeamStatus = {
    remote: remote.name,
    localRevision: base.revision,
    remoteRevision: null,
    ahead: countChanges(baseMap, recordMap(local.records)),
    behind: null,
    conflicts: countConflicts(db, remote.name),
    error: null,
  };
  if (offline) return result;
  try {
    const client = clientFor(remote, env);
    const current = await remoteRevision(client, remote.graph);
    result.remoteRevision = current?.revision ?? null;
    if (!current || current.revision === base.revision) result.behind = 0;
    else
      result.behind = countChanges(baseMap, recordMap((await readTeamGraph(await fetchGraph(client, remote.graph), remote.graph)).records));
  } catch (error) {
    if (!(error instanceof CrosswalkError) || error.code === ErrorCodes.cancelled) throw error;
    result.error = error.message;
  }
  return result;
}
