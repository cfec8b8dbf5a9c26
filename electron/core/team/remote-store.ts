import type Database from 'better-sqlite3';
import type { TeamAuthKind, TeamConflict, TeamRecord } from '../../../shared/domain/team.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';

/** A remote as the project keeps it (no password). */
export interface StoredRemote {
  name: string;
  queryEndpoint: string;
  updateEndpoint: string;
  graphStoreEndpoint: string | null;
  graph: string;
  auth: TeamAuthKind;
  user: string;
  created: string;
  revision: string | null;
  syncedAt: string | null;
}

interface RemoteRow {
  name: string;
  query_endpoint: string;
  update_endpoint: string;
  graph_store_endpoint: string | null;
  graph: string;
  auth: TeamAuthKind;
  user_name: string;
  created: string;
  base_revision: string | null;
  synced_at: string | null;
}

const COLUMNS = 'name, query_endpoint, update_endpoint, graph_store_endpoint, graph, auth, user_name, created, base_revision, synced_at';

const toRemote = (r: RemoteRow): StoredRemote => ({
  name: r.name,
  queryEndpoint: r.query_endpoint,
  updateEndpoint: r.update_endpoint,
  graphStoreEndpoint: r.graph_store_endpoint,
  graph: r.graph,
  auth: r.auth,
  user: r.user_name,
  created: r.created,
  revision: r.base_revision,
  syncedAt: r.synced_at,
});

/** The owner of team_remotes and team_conflicts: every SQL statement on them is here. */
export function listRemotes(db: Database.Database): StoredRemote[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM team_remotes ORDER BY created, name`).all() as RemoteRow[]).map(toRemote);
}

/** The named remote, else the project's first; a one-line error when there is none. */
export function requireRemote(db: Database.Database, name?: string): StoredRemote {
  const remotes = listRemotes(db);
  const found = name === undefined ? remotes[0] : remotes.find((r) => r.name === name);
  if (!found) {
    const known = remotes.map((r) => r.name).join(', ');
    throw new CrosswalkError(
      ErrorCodes.notFound,
      name === undefined
        ? 'This project has no remote; add one with "crosswalk remote add" or in the Team view.'
        : `No remote "${name}" in this project${known ? ` (remotes: ${known})` : ''}.`,
      { name },
    );
  }
  return found;
}

/** Adds a remote, or changes an existing one's endpoints and user (its base is kept when the graph stays the same). */
export function saveRemote(db: Database.Database, remote: Omit<StoredRemote, 'created' | 'revision' | 'syncedAt'>): StoredRemote {
  const existing = listRemotes(db).find((r) => r.name === remote.name);
  const params = {
    name: remote.name,
    query_endpoint: remote.queryEndpoint,
    update_endpoint: remote.updateEndpoint,
    graph_store_endpoint: remote.graphStoreEndpoint,
    graph: remote.graph,
    auth: remote.auth,
    user_name: remote.user,
    created: new Date().toISOString(),
  };
  if (!existing) {
    db.prepare(
      'INSERT INTO team_remotes (name, query_endpoint, update_endpoint, graph_store_endpoint, graph, auth, user_name, created) VALUES (@name, @query_endpoint, @update_endpoint, @graph_store_endpoint, @graph, @auth, @user_name, @created)',
    ).run(params);
  } else {
    db.transaction(() => {
      db.prepare(
        'UPDATE team_remotes SET query_endpoint = @query_endpoint, update_endpoint = @update_endpoint, graph_store_endpoint = @graph_store_endpoint, graph = @graph, auth = @auth, user_name = @user_name WHERE name = @name',
      ).run(params);
      // Another graph is another mapping set: what was agreed with the old one is no base for it.
      if (existing.graph !== remote.graph) {
        db.prepare('UPDATE team_remotes SET base_revision = NULL, base_records = NULL, synced_at = NULL WHERE name = ?').run(remote.name);
        db.prepare('DELETE FROM team_conflicts WHERE remote = ?').run(remote.name);
      }
    })();
  }
  return requireRemote(db, remote.name);
}

export function deleteRemote(db: Database.Database, name: string): boolean {
  return db.transaction(() => {
    db.prepare('DELETE FROM team_conflicts WHERE remote = ?').run(name);
    return db.prepare('DELETE FROM team_remotes WHERE name = ?').run(name).changes > 0;
  })();
}

/** The last agreed state: the remote's revision and its records (empty before the first sync). */
export function readBase(db: Database.Database, name: string): { revision: string | null; records: TeamRecord[] } {
  const row = db.prepare('SELECT base_revision, base_records FROM team_remotes WHERE name = ?').get(name) as
    { base_revision: string | null; base_records: string | null } | undefined;
  return { revision: row?.base_revision ?? null, records: row?.base_records ? (JSON.parse(row.base_records) as TeamRecord[]) : [] };
}

export function writeBase(db: Database.Database, name: string, revision: string | null, records: readonly TeamRecord[]): void {
  db.prepare('UPDATE team_remotes SET base_revision = ?, base_records = ?, synced_at = ? WHERE name = ?').run(
    revision,
    JSON.stringify(records),
    new Date().toISOString(),
    name,
  );
}

interface ConflictRow {
  remote: string;
  key: string;
  item_key: string;
  base: string | null;
  mine: string | null;
  theirs: string | null;
  at: string;
}

const parse = (json: string | null): TeamRecord | null => (json ? (JSON.parse(json) as TeamRecord) : null);

export function listConflicts(db: Database.Database, remote: string): TeamConflict[] {
  const rows = db
    .prepare('SELECT remote, key, item_key, base, mine, theirs, at FROM team_conflicts WHERE remote = ? ORDER BY item_key, key')
    .all(remote) as ConflictRow[];
  return rows.map((r) => ({
    remote: r.remote,
    key: r.key,
    itemKey: r.item_key,
    base: parse(r.base),
    mine: parse(r.mine),
    theirs: parse(r.theirs),
    at: r.at,
  }));
}

export function countConflicts(db: Database.Database, remote: string): number {
  return (db.prepare('SELECT count(*) AS n FROM team_conflicts WHERE remote = ?').get(remote) as { n: number }).n;
}

/** Keeps the newest conflict per mapping: a later pull that finds both sides changed again replaces it. */
export function saveConflicts(db: Database.Database, conflicts: readonly Omit<TeamConflict, 'at'>[]): void {
  const at = new Date().toISOString();
  const insert = db.prepare(
    'INSERT OR REPLACE INTO team_conflicts (remote, key, item_key, base, mine, theirs, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const json = (r: TeamRecord | null) => (r ? JSON.stringify(r) : null);
  for (const c of conflicts) insert.run(c.remote, c.key, c.itemKey, json(c.base), json(c.mine), json(c.theirs), at);
}

export function deleteConflict(db: Database.Database, remote: string, key: string): void {
  db.prepare('DELETE FROM team_conflicts WHERE remote = ? AND key = ?').run(remote, key);
}
