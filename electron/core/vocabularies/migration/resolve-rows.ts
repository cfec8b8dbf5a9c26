import type Database from 'better-sqlite3';
import type { Mapping, MappingWriteResult } from '../../../../shared/domain/mapping.js';
import type { MigrationAction, MigrationQueueRow } from '../../../../shared/domain/migration.js';
import type { ConceptRecord } from '../../../../shared/domain/vocabulary.js';
import { ErrorCodes } from '../../../../shared/errors.js';
import { writeTransaction } from '../../db/write-transaction.js';
import { CrosswalkError } from '../../errors.js';
import { ChangeBatch } from '../../mappings/change-batch.js';
import { contentIdForItem } from '../../mappings/content-id.js';
import { MappingStore } from '../../mappings/mapping-store.js';
import { statements } from '../../mappings/mapping-row.js';
import { writeResult } from '../../mappings/undo-redo.js';
import { pickLabel } from '../concept-index.js';
import { liveRows } from './migration-queue.js';
import { latestMigration, recordResolution } from './migration-store.js';
import { refusal } from '../../../../shared/migration-rules.js';

export interface ResolveRequest {
  ids: number[];
  action: MigrationAction;
  /** replace: the concept to map to instead ("pick another"); without it each row's top suggestion ("accept"). */
  target?: { uri: string; label?: string };
}

/**
 * Carries out a decision for queue rows of the latest migration as one change batch (one undo
 * step; History shows the older and the newer target and version). replace: the mapping points
 * at the new concept in the newer version (or goes, when the item already has that statement);
 * keep: the same concept, its newer label and version recorded; no-equivalent: the mapping goes and
 * the item is marked "no match" in the newer version unless it has other mappings there.
 */
export function resolveRows(
  db: Database.Database,
  author: string,
  next: (uri: string) => ConceptRecord | undefined,
  request: ResolveRequest,
): MappingWriteResult {
  const migration = latestMigration(db);
  if (!migration) throw new CrosswalkError(ErrorCodes.notFound, 'This project has no migration: start one with "Move to …" first.');
  const rows = liveRows(db, migration.id, request.ids);
  const missing = request.ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length)
    throw new CrosswalkError(ErrorCodes.notFound, `No queue row ${missing.join(', ')} in the move to ${migration.to}.`, {
      field: 'ids',
      ids: missing,
    });
  const decided = rows.filter((r) => r.resolution);
  if (decided.length)
    throw new CrosswalkError(
      ErrorCodes.conflict,
      `Row(s) ${decided.map((r) => r.id).join(', ')} are decided already (undo to change them).`,
      { field: 'ids' },
    );
  const why = refusal(request.action, rows, Boolean(request.target));
  if (why) throw new CrosswalkError(ErrorCodes.badInput, why, { field: 'action' });
  const chosen = request.target ? next(request.target.uri) : undefined;
  if (request.target && !chosen)
    throw new CrosswalkError(ErrorCodes.badInput, `${request.target.uri} is not a concept of ${migration.to}.`, { field: 'target' });

  const store = new MappingStore(db);
  const batch = new ChangeBatch(db, 'edit', label(request.action, rows, chosen), author);
  writeTransaction(db, () => {
    for (const row of rows) {
      const mapping = mappingOf(store, row);
      let target: string | null = null;
      if (request.action === 'replace') {
        const concept = chosen ?? next(row.suggestions[0]!.uri);
        if (!concept)
          throw new CrosswalkError(ErrorCodes.badInput, `${row.suggestions[0]!.uri} is not a concept of ${migration.to}.`, {
            field: 'target',
          });
        target = concept.uri;
        retarget(db, batch, mapping, concept, migration.to);
      } else if (request.action === 'keep') {
        const concept = next(row.oldTarget.uri);
        if (!concept)
          throw new CrosswalkError(
            ErrorCodes.badInput,
            `${row.oldTarget.uri} is not in ${migration.to}: replace it or mark "no equivalent".`,
            { field: 'action' },
          );
        target = concept.uri;
        retarget(db, batch, mapping, concept, migration.to);
      } else {
        noEquivalent(db, store, batch, mapping, migration.to);
      }
      recordResolution(db, row.id, { action: request.action, target, batch: batch.id });
    }
    batch.finish();
  });
  return writeResult(db, batch.changes ? batch : null);
}

function mappingOf(store: MappingStore, row: MigrationQueueRow): Mapping {
  try {
    return store.get(row.mappingId);
  } catch {
    throw new CrosswalkError(
      ErrorCodes.conflict,
      `The mapping of row ${row.id} (${row.sourceKey} → ${row.oldTarget.uri}) was deleted meanwhile.`,
      { field: 'ids', id: row.id },
    );
  }
}

/** The statement about `concept` in the newer version; when the item already has exactly that, the old one goes. */
function retarget(db: Database.Database, batch: ChangeBatch, before: Mapping, concept: ConceptRecord, to: string): void {
  const after: Mapping = {
    ...before,
    target: { uri: concept.uri, label: pickLabel(concept.prefLabel, 'en') ?? concept.uri, vocabularyId: to },
    targetVocabularyId: to,
    modified: batch.at,
  };
  // The content id names the target, not its version: only a new target changes it.
  if (concept.uri !== before.target?.uri)
    after.contentId = contentIdForItem(db, before.sourceItemId, { kind: before.kind, targetUri: concept.uri, relation: before.relation });
  const existing = statements(db).byContent.get(after.contentId);
  if (existing && existing.id !== before.id) batch.remove(before);
  else batch.overwrite(before, after);
}

function noEquivalent(db: Database.Database, store: MappingStore, batch: ChangeBatch, before: Mapping, to: string): void {
  batch.remove(before);
  const others = store
    .listForItem(before.sourceItemId)
    .filter((m) => m.status !== 'rejected' && (m.target?.vocabularyId === to || m.targetVocabularyId === to));
  if (others.length) return;
  const contentId = contentIdForItem(db, before.sourceItemId, { kind: 'no-match', targetUri: null, relation: null, targetVocabulary: to });
  batch.insert({
    ...before,
    id: null,
    contentId,
    kind: 'no-match',
    target: null,
    targetVocabularyId: to,
    relation: null,
    status: 'accepted',
    justification: 'manual-curation',
    score: null,
    confidence: null,
    comment: `No equivalent of ${before.target?.uri ?? ''} in ${to}.`,
    author: batch.author,
    created: batch.at,
    modified: batch.at,
  });
}

function label(action: MigrationAction, rows: readonly MigrationQueueRow[], chosen: ConceptRecord | undefined): string {
  const one = rows.length === 1 ? rows[0]! : undefined;
  const what = one ? `${one.sourceKey}: ${one.oldTarget.label || one.oldTarget.uri}` : `${rows.length} mappings`;
  if (action === 'keep') return `Migration: keep ${what}`;
  if (action === 'no-equivalent') return `Migration: no equivalent for ${what}`;
  return `Migration: replace ${what}${chosen ? ` → ${pickLabel(chosen.prefLabel, 'en') ?? chosen.uri}` : ''}`;
}
