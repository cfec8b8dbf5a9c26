import type Database from 'better-sqlite3';
import type { Mapping, MappingRow } from '../../../../shared/domain/mapping.js';
import type { MigrationSummary } from '../../../../shared/domain/migration.js';
import type { ConceptRecord, VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import type { ConceptChange } from '../../../../shared/domain/vocabulary-diff.js';
import { ErrorCodes } from '../../../../shared/errors.js';
import { writeTransaction } from '../../db/write-transaction.js';
import { CrosswalkError } from '../../errors.js';
import { ChangeBatch } from '../../mappings/change-batch.js';
import { contentIdForItem } from '../../mappings/content-id.js';
import { MappingStore } from '../../mappings/mapping-store.js';
import { statements } from '../../mappings/mapping-row.js';
import { pickLabel } from '../concept-index.js';
import { diffVocabularies } from '../vocabulary-diff.js';
import { liveRows, summarize } from './migration-queue.js';
import {
  insertMigration,
  insertQueueRows,
  latestMigration,
  queuedMappingIds,
  updateMigration,
  type NewQueueRow,
} from './migration-store.js';
import { SuggestionFinder, type EngineSuggest } from './migration-suggestions.js';
import { planMigration, versionOf } from './plan-migration.js';

/** What a migration needs of the vocabulary library (VocabularyLibrary provides it). */
export interface VersionLibrary {
  has(id: string): boolean;
  get(id: string): Pick<VocabularyInfo, 'id' | 'title' | 'publisher' | 'version'>;
  concepts(id: string): ConceptRecord[];
}

export interface MigrationDeps {
  db: Database.Database;
  author: string;
  library: VersionLibrary;
  /** The suggestion engine over the newer version; without it only the vocabulary's own data suggests. */
  engine?: EngineSuggest;
}

/** Version ids of one vocabulary differ only in their version part ("esco-v1.1.0", "esco-v1.1.1"). */
function stem(id: string): string {
  return id.replace(/-?v?\d+(?:\.\d+)+$/i, '');
}

function sameVocabulary(library: VersionLibrary, a: string, b: string): boolean {
  if (library.has(a) && library.has(b)) {
    // Titles name their version ("ESCO v1.1.0"): the vocabulary is the title without it.
    const name = (info: ReturnType<VersionLibrary['get']>) => (info.version ? info.title.replace(info.version, '') : info.title).trim();
    const x = library.get(a);
    const y = library.get(b);
    return name(x) === name(y) && x.publisher === y.publisher;
  }
  return stem(a) === stem(b);
}

/** A stored Mapping without the list's joined fields (history keeps plain Mapping JSON). */
function plain(row: MappingRow): Mapping {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the joined fields are left out
  const { schemeId, sourceKey, sourceText, groupId, ...mapping } = row;
  return mapping;
}

/**
 * "Move to <to>": every mapping of an older version of the same vocabulary whose target did not
 * change is moved at once (one undoable change batch, so History shows both versions); every other
 * one goes into the migration queue with its reasons and suggested replacements. Starting again
 * continues the open migration: what was queued stays queued, mappings added since are sorted in.
 * Rejected statements stay as they were.
 */
export function startMigration(deps: MigrationDeps, request: { to: string; from?: string[] }): MigrationSummary {
  const { db, library, to } = { ...deps, to: request.to };
  if (!library.has(to))
    throw new CrosswalkError(ErrorCodes.notFound, `No vocabulary "${to}" in the library: import it first.`, { field: 'to' });
  const current = latestMigration(db);
  if (current && current.to !== to && liveRows(db, current.id).some((r) => !r.resolution)) {
    throw new CrosswalkError(ErrorCodes.conflict, `The move to ${current.to} is not finished: decide its open rows first.`, {
      migration: current.id,
    });
  }
  const continuing = current?.to === to ? current : undefined;
  const queued = continuing ? queuedMappingIds(db, continuing.id) : new Set<number>();
  const candidates = new MappingStore(db).list({}).rows.filter((m) => {
    const version = versionOf(m);
    if (!version || version === to || m.status === 'rejected' || queued.has(m.id)) return false;
    return request.from ? request.from.includes(version) : sameVocabulary(library, version, to);
  });
  const froms = [...new Set(candidates.map(versionOf))].sort();
  const toConcepts = library.concepts(to);
  const next = new Map(toConcepts.map((c) => [c.uri, c]));
  const changes = new Map<string, Map<string, ConceptChange>>();
  const fromUris = new Map<string, Set<string>>();
  for (const from of froms.filter((f) => library.has(f))) {
    const concepts = library.concepts(from);
    fromUris.set(from, new Set(concepts.map((c) => c.uri)));
    changes.set(from, new Map(diffVocabularies({ id: from, concepts }, { id: to, concepts: toConcepts }).changes.map((c) => [c.uri, c])));
  }
  const plan = planMigration({
    to,
    mappings: candidates,
    changes,
    inFrom: (from, uri) => fromUris.get(from)?.has(uri),
    next: (uri) => next.get(uri),
  });
  const finder = new SuggestionFinder(toConcepts, deps.engine);
  const rows: NewQueueRow[] = plan.queue.map((p) => ({
    mappingId: p.mapping.id,
    sourceItemId: p.mapping.sourceItemId,
    sourceKey: p.mapping.sourceKey,
    sourceText: p.mapping.sourceText,
    relation: p.mapping.relation,
    fromVocabulary: p.from,
    oldTarget: { uri: p.mapping.target!.uri, label: p.mapping.target!.label },
    newLabel: p.next ? (pickLabel(p.next.prefLabel, 'en') ?? null) : null,
    reasons: p.reasons,
    replacement: p.replacement,
    suggestions: finder.find(p, p.mapping.sourceText),
  }));

  let migrationId = 0;
  writeTransaction(db, () => {
    const batch = new ChangeBatch(db, 'edit', `Move ${plan.move.length} mapping(s) to ${to}`, deps.author);
    for (const row of plan.move) moveOne(db, batch, plain(row), to);
    batch.finish();
    const movedBatch = batch.changes ? batch.id : (continuing?.movedBatch ?? '');
    const moved = (continuing?.moved ?? 0) + batch.changes;
    const from = [...new Set([...(continuing?.from ?? []), ...froms])].sort();
    if (continuing) updateMigration(db, continuing.id, { from, movedBatch, moved });
    migrationId = continuing?.id ?? insertMigration(db, { to, from, started: batch.at, author: deps.author, movedBatch, moved });
    insertQueueRows(db, migrationId, rows);
  });
  return summarize(latestMigration(db)!, liveRows(db, migrationId));
}

/** Records the newer version on an unaffected statement ("no match in ESCO v1.1.0" becomes "… v1.1.1"). */
function moveOne(db: Database.Database, batch: ChangeBatch, before: Mapping, to: string): void {
  const after: Mapping = {
    ...before,
    targetVocabularyId: to,
    target: before.target ? { ...before.target, vocabularyId: to } : null,
    modified: batch.at,
  };
  if (before.kind === 'no-match') {
    after.contentId = contentIdForItem(db, before.sourceItemId, {
      kind: 'no-match',
      targetUri: null,
      relation: null,
      targetVocabulary: to,
    });
    // The item already says "no match" in the newer version: the older statement has nothing to add.
    if (statements(db).byContent.get(after.contentId)) return batch.remove(before);
  }
  batch.overwrite(before, after);
}
