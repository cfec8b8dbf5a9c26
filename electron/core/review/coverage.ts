import type Database from 'better-sqlite3';
import type { Coverage, CoverageBucket, CoverageCounts } from '../../../shared/domain/review.js';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';
import { safeLookup, type ConceptLookup } from '../checks/concept-lookup.js';
import { pickLabel } from '../vocabularies/concept-index.js';

interface CountRow extends CoverageCounts {
  id: number;
}

// Per item: 1 when it has an accepted match; else its other states (see CoverageCounts).
const ITEM_STATE = `SELECT i.id, i.scheme_id, i.group_id,
    max(m.kind = 'match' AND m.status = 'accepted') AS accepted,
    max(m.kind = 'no-match' AND m.status = 'accepted') AS none,
    max(m.kind = 'match' AND m.status = 'proposed') AS proposed,
    max(m.kind = 'match' AND m.status = 'unsure') AS unsure
  FROM source_items i LEFT JOIN mappings m ON m.source_item_id = i.id
  WHERE i.state = 'active' AND (@schemeId IS NULL OR i.scheme_id = @schemeId) AND (@groupId IS NULL OR i.group_id = @groupId)
  GROUP BY i.id`;

const COUNTS = `count(*) AS items,
    coalesce(sum(accepted), 0) AS mapped,
    coalesce(sum(NOT coalesce(accepted, 0) AND coalesce(proposed, 0)), 0) AS proposed,
    coalesce(sum(NOT coalesce(accepted, 0) AND NOT coalesce(proposed, 0) AND coalesce(unsure, 0)), 0) AS unsure,
    coalesce(sum(NOT coalesce(accepted, 0) AND coalesce(none, 0)), 0) AS noMatch,
    coalesce(sum(NOT coalesce(accepted, 0) AND NOT coalesce(none, 0) AND NOT coalesce(proposed, 0) AND NOT coalesce(unsure, 0)), 0) AS unmapped`;

/**
 * Coverage numbers behind the charts: item states per source and course, and which ESCO skill
 * groups, ISCED-F broad fields and collections the mapped targets fall into (via the concepts'
 * broader chains and collections in the library).
 */
export function coverage(
  db: Database.Database,
  library: ConceptLookup | null | undefined,
  scope: { schemeId?: number; groupId?: number; statuses?: string[] } = {},
): Coverage {
  const params = { schemeId: scope.schemeId ?? null, groupId: scope.groupId ?? null };
  const total = db.prepare(`WITH s AS (${ITEM_STATE}) SELECT ${COUNTS} FROM s`).get(params) as CoverageCounts;
  const schemes = db
    .prepare(
      `WITH s AS (${ITEM_STATE}) SELECT s.scheme_id AS id, ss.title, ${COUNTS} FROM s JOIN source_schemes ss ON ss.id = s.scheme_id GROUP BY s.scheme_id ORDER BY ss.title`,
    )
    .all(params) as (CountRow & { title: string })[];
  const groups = db
    .prepare(
      `WITH s AS (${ITEM_STATE}) SELECT s.group_id AS id, g.scheme_id AS schemeId, g.key, g.title, ${COUNTS}
       FROM s JOIN source_groups g ON g.id = s.group_id GROUP BY s.group_id ORDER BY g.scheme_id, g.key`,
    )
    .all(params) as (CountRow & { schemeId: number; key: string; title: string })[];
  const statuses = scope.statuses?.length ? scope.statuses : ['accepted'];
  return {
    scope: { schemeId: params.schemeId, groupId: params.groupId },
    statuses,
    total,
    schemes: schemes.map(({ id, ...rest }) => ({ schemeId: id, ...rest })),
    groups: groups.map(({ id, ...rest }) => ({ groupId: id, ...rest })),
    targets: targetCoverage(db, safeLookup(library), params, statuses),
  };
}

function targetCoverage(
  db: Database.Database,
  lookup: ConceptLookup,
  params: { schemeId: number | null; groupId: number | null },
  statuses: string[],
): Coverage['targets'] {
  const rows = db
    .prepare(
      `SELECT m.source_item_id AS item, m.target_uri AS uri, m.target_vocabulary AS vocabulary
       FROM mappings m JOIN source_items i ON i.id = m.source_item_id
       WHERE m.kind = 'match' AND m.status IN (SELECT value FROM json_each(@statuses)) AND i.state = 'active'
         AND (@schemeId IS NULL OR i.scheme_id = @schemeId) AND (@groupId IS NULL OR i.group_id = @groupId)`,
    )
    .all({ ...params, statuses: JSON.stringify(statuses) }) as { item: number; uri: string; vocabulary: string | null }[];
  const skillGroups = new Buckets();
  const iscedFields = new Buckets();
  const collections = new Buckets();
  const ancestry = new Map<string, ConceptRecord[]>();
  let unresolved = 0;
  for (const row of rows) {
    const concept = lookup.concept(row.uri, row.vocabulary ?? undefined);
    if (!concept) {
      unresolved++;
      continue;
    }
    let chain = ancestry.get(`${concept.vocabularyId} ${concept.uri}`);
    if (!chain) ancestry.set(`${concept.vocabularyId} ${concept.uri}`, (chain = ancestors(concept, lookup)));
    // Skill groups: the group just under the pillar root (e.g. "S1 communication, collaboration and creativity").
    const groupsUp = chain.filter((c) => c.type === 'skill-group');
    const skillGroup = groupsUp.length >= 2 ? groupsUp[groupsUp.length - 2] : groupsUp[0];
    if (skillGroup) skillGroups.add(skillGroup, row);
    const fields = chain.filter((c) => c.type === 'isced-field');
    const broadField = fields.at(-1);
    if (broadField) iscedFields.add(broadField, row);
    const ids = new Set(concept.collections);
    if (concept.reuseLevel === 'transversal') ids.add('transversal');
    for (const id of ids) collections.add({ uri: id, prefLabel: { en: id } }, row);
  }
  return { skillGroups: skillGroups.list(), iscedFields: iscedFields.list(), collections: collections.list(), unresolved };
}

/** The concept and its broader concepts up to the root, nearest first (first parent at each step). */
function ancestors(concept: ConceptRecord, lookup: ConceptLookup): ConceptRecord[] {
  const chain = [concept];
  const seen = new Set([concept.uri]);
  let current = concept;
  while (current.broader.length) {
    const parent = current.broader
      .map((uri) => lookup.concept(uri, concept.vocabularyId))
      .find((c): c is ConceptRecord => Boolean(c) && !seen.has(c!.uri));
    if (!parent) break;
    seen.add(parent.uri);
    chain.push(parent);
    current = parent;
  }
  return chain;
}

class Buckets {
  private readonly map = new Map<string, { label: string; items: Set<number>; concepts: Set<string>; mappings: number }>();

  add(bucket: { uri: string; prefLabel: Record<string, string> }, row: { item: number; uri: string }): void {
    let entry = this.map.get(bucket.uri);
    if (!entry) {
      const label = pickLabel(bucket.prefLabel) ?? bucket.uri;
      this.map.set(bucket.uri, (entry = { label, items: new Set(), concepts: new Set(), mappings: 0 }));
    }
    entry.items.add(row.item);
    entry.concepts.add(row.uri);
    entry.mappings++;
  }

  list(): CoverageBucket[] {
    return [...this.map.entries()]
      .map(([key, e]) => ({ key, label: e.label, items: e.items.size, concepts: e.concepts.size, mappings: e.mappings }))
      .sort((a, b) => b.items - a.items || a.label.localeCompare(b.label));
  }
}
