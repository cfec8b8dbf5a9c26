import type { TeamRemote } from '../../shared/domain/team.js';
import { MappingStore } from '../../electron/core/mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../../electron/core/mappings/testing.js';
import { FileCredentialStore } from '../../electron/core/team/credentials.js';
import { addRemote } from '../../electron/core/team/remotes.js';
import type { TeamEnv } from '../../electron/core/team/team-sync.js';
import type { VirtuosoServer } from './virtuoso.js';

export type TeamMember = ReturnType<typeof tempProject> & {
  name: string;
  remote: TeamRemote;
  env(extra?: Partial<TeamEnv>): TeamEnv;
  store(): MappingStore;
};

/** A person's own project file, linked to the Virtuoso graph as 'origin' (digest auth, password in their credentials file). */
export function teamMember(name: string, virtuoso: VirtuosoServer, graph: string): TeamMember {
  const handle = tempProject();
  const credentials = new FileCredentialStore(handle.dir);
  const remote = addRemote(handle.project, credentials, {
    name: 'origin',
    queryEndpoint: virtuoso.queryEndpoint,
    updateEndpoint: virtuoso.updateEndpoint,
    graphStoreEndpoint: virtuoso.graphStoreEndpoint,
    graph,
    auth: 'digest',
    user: virtuoso.user,
    password: virtuoso.password,
  });
  return Object.assign(handle, {
    name,
    remote,
    env: (extra: Partial<TeamEnv> = {}): TeamEnv => ({ project: handle.project, credentials, author: name, ...extra }),
    store: () => new MappingStore(handle.project.db),
  });
}

/** A learning-outcome scheme with `count` items LO1… (unique texts, so every mapping's axiom is its own). */
export function addCatalogue(member: TeamMember, count: number): number[] {
  const scheme = addScheme(member.project.db, { title: 'Shared catalogue' });
  return addItems(
    member.project.db,
    scheme,
    Array.from({ length: count }, (_, i) => ({ key: `LO${i + 1}`, text: `Learning outcome number ${i + 1}` })),
  );
}

/** Maps the items with these keys to skill targets named after the person (one mapping each), in one batch. */
export function mapItems(member: TeamMember, keys: readonly string[], prefix = member.name): number {
  const db = member.project.db;
  const idByKey = new Map(
    (db.prepare('SELECT id, key FROM source_items').all() as { id: number; key: string }[]).map((r) => [r.key, r.id]),
  );
  const result = member.store().create(
    keys.map((key) => ({
      sourceItemId: idByKey.get(key)!,
      target: { uri: skill(`${prefix}-${key}`), label: `${prefix} skill for ${key}`, vocabularyId: ESCO },
      relation: 'closeMatch' as const,
      status: 'proposed' as const,
    })),
    { author: member.name },
  );
  return result.created;
}

/** The mapping of an item to the target named after `prefix`. */
export function mappingOf(member: TeamMember, key: string, prefix: string) {
  return member
    .store()
    .list({ targetUri: skill(`${prefix}-${key}`) })
    .rows.find((r) => r.sourceKey === key);
}
