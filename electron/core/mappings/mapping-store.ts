import type Database from 'better-sqlite3';
import type { mappingsContract } from '../../../shared/contract/mappings.js';
import type { ParsedArgsOf } from '../../../shared/contract/method.js';
import type { Mapping, MappingPatch, MappingRow, MappingWriteResult, NewMapping } from '../../../shared/domain/mapping.js';
import type { TextRange } from '../../../shared/domain/suggestion.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { findItem } from '../sources/store/item-rows.js';
import { CrosswalkError } from '../errors.js';
import { ChangeBatch } from './change-batch.js';
import { contentId, contentIdForItem, itemIdentity, type ItemIdentity } from './content-id.js';
import { MAPPING_COLUMNS, statements, toMapping, toMappingRow, type MappingJoinedRow } from './mapping-row.js';
import { writeResult } from './undo-redo.js';
import { writeTransaction } from '../db/write-transaction.js';

export interface WriteOptions {
  /** Recorded as author of new statements and of the history entries (settings.userName). */
  author: string;
  /** Label of the undo step. */
  label?: string;
}

/** The contract's mappings.list arguments: filters (statuses, kinds, relations as their unions) and paging. */
export type MappingFilters = ParsedArgsOf<typeof mappingsContract.list>;

const JOINED = `SELECT ${MAPPING_COLUMNS}, i.scheme_id, i.key AS source_key, i.text AS source_text, i.group_id
  FROM mappings m JOIN source_items i ON i.id = m.source_item_id`;

/**
 * The mappings of one project: every write is one transaction that also records history and an
 * undo step. The UI handlers, importers (SSSOM, ELM relatedESCOSkill links) and the CLI all write
 * through here.
 */
export class MappingStore {
  constructor(readonly db: Database.Database) {}

  get(id: number): Mapping {
    const row = statements(this.db).get.get(id);
    if (!row) throw new CrosswalkError(ErrorCodes.notFound, `No mapping with id ${id}`, { id });
    return toMapping(row);
  }

  findByContentId(id: string): Mapping | undefined {
    const found = statements(this.db).byContent.get(id);
    return found ? this.get(found.id) : undefined;
  }

  listForItem(sourceItemId: number): MappingRow[] {
    return (
      this.db.prepare(`${JOINED} WHERE m.source_item_id = ? ORDER BY m.modified DESC, m.id DESC`).all(sourceItemId) as MappingJoinedRow[]
    ).map(toMappingRow);
  }

  /** Mappings with filters, by source item (import order) then age; no sort step, so 50,000 rows stay fast. */
  list(filters: MappingFilters = {}): { rows: MappingRow[]; total: number } {
    const where: string[] = [];
    const params: unknown[] = [];
    const anyOf = (column: string, values: readonly unknown[] | undefined) => {
      if (!values) return;
      if (values.length === 0) where.push('0');
      else {
        where.push(`${column} IN (${values.map(() => '?').join(',')})`);
        params.push(...values);
      }
    };
    if (filters.schemeId !== undefined) {
      where.push('i.scheme_id = ?');
      params.push(filters.schemeId);
    }
    if (filters.groupId !== undefined) {
      where.push('i.group_id = ?');
      params.push(filters.groupId);
    }
    if (filters.sourceItemIds) {
      // A JSON array parameter keeps the statement small for tens of thousands of ids.
      where.push('m.source_item_id IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(filters.sourceItemIds));
    }
    anyOf('m.status', filters.statuses);
    anyOf('m.kind', filters.kinds);
    anyOf('m.relation', filters.relations);
    if (filters.targetUri !== undefined) {
      where.push('m.target_uri = ?');
      params.push(filters.targetUri);
    }
    if (filters.vocabularyId !== undefined) {
      where.push('m.target_vocabulary = ?');
      params.push(filters.vocabularyId);
    }
    const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    const total = (
      this.db.prepare(`SELECT count(*) AS n FROM mappings m JOIN source_items i ON i.id = m.source_item_id${clause}`).get(...params) as {
        n: number;
      }
    ).n;
    const page = filters.limit !== undefined || filters.offset ? ` LIMIT ${filters.limit ?? -1} OFFSET ${filters.offset ?? 0}` : '';
    const rows = this.db.prepare(`${JOINED}${clause} ORDER BY m.source_item_id, m.id${page}`).all(...params) as MappingJoinedRow[];
    return { rows: rows.map(toMappingRow), total };
  }

  /** Records statements; duplicates (same content id) are skipped and counted, or refused with failOnDuplicate. */
  create(inputs: readonly NewMapping[], options: WriteOptions & { failOnDuplicate?: boolean }): MappingWriteResult {
    const duplicates = { count: 0, ids: new Set<number>() };
    const batch = new ChangeBatch(
      this.db,
      'edit',
      options.label ?? (inputs.length === 1 ? 'Add mapping' : `Add ${inputs.length} mappings`),
      options.author,
    );
    const identities = new Map<number, ItemIdentity>();
    writeTransaction(this.db, () => {
      const seen = new Set<string>();
      for (const input of inputs) {
        const mapping = this.prepareNew(input, options.author, batch.at, identities);
        const existing = statements(this.db).byContent.get(mapping.contentId);
        if (seen.has(mapping.contentId) || existing) {
          if (options.failOnDuplicate) {
            throw new CrosswalkError(
              ErrorCodes.alreadyExists,
              `Item ${mapping.sourceItemId} already has this statement (${describe(mapping)}).`,
              {
                contentId: mapping.contentId,
              },
            );
          }
          duplicates.count++;
          if (existing) duplicates.ids.add(existing.id);
          continue;
        }
        seen.add(mapping.contentId);
        batch.insert(mapping);
      }
      batch.finish();
    });
    return this.result(batch, duplicates);
  }

  update(ids: readonly number[], patch: MappingPatch, options: WriteOptions): MappingWriteResult {
    const batch = new ChangeBatch(
      this.db,
      'edit',
      options.label ?? (ids.length === 1 ? 'Change mapping' : `Change ${ids.length} mappings`),
      options.author,
    );
    writeTransaction(this.db, () => {
      for (const id of ids) {
        const before = this.get(id);
        const after = applyPatch(before, patch, batch.at, (m) =>
          contentIdForItem(this.db, m.sourceItemId, {
            kind: m.kind,
            targetUri: m.target?.uri ?? null,
            relation: m.relation,
            targetVocabulary: m.targetVocabularyId,
          }),
        );
        if (!after) continue;
        if (after.contentId !== before.contentId && statements(this.db).byContent.get(after.contentId)) {
          throw new CrosswalkError(ErrorCodes.conflict, `Item ${before.sourceItemId} already has ${describe(after)}.`, {
            id,
            contentId: after.contentId,
          });
        }
        batch.overwrite(before, after);
      }
      batch.finish();
    });
    return this.result(batch);
  }

  delete(ids: readonly number[], options: WriteOptions): MappingWriteResult {
    const batch = new ChangeBatch(
      this.db,
      'edit',
      options.label ?? (ids.length === 1 ? 'Delete mapping' : `Delete ${ids.length} mappings`),
      options.author,
    );
    writeTransaction(this.db, () => {
      for (const id of new Set(ids)) batch.remove(this.get(id));
      batch.finish();
    });
    return this.result(batch);
  }

  private result(batch: ChangeBatch, duplicates?: { count: number; ids: Set<number> }): MappingWriteResult {
    // A batch without changes wrote nothing (its counts and rows are empty) and is not on the undo stack.
    return writeResult(this.db, batch.changes > 0 ? batch : null, duplicates);
  }

  private prepareNew(
    input: NewMapping,
    author: string,
    at: string,
    identities: Map<number, ItemIdentity>,
  ): Omit<Mapping, 'id'> & { id: null } {
    const kind = input.kind ?? 'match';
    const target = input.target ?? null;
    const relation = kind === 'match' ? (input.relation ?? null) : null;
    const vocabulary =
      kind === 'no-match'
        ? (input.targetVocabularyId ?? target?.vocabularyId ?? null)
        : target?.vocabularyId || input.targetVocabularyId || null;
    const where = { field: 'mappings', sourceItemId: input.sourceItemId };
    if (kind !== 'no-match' && !target) throw new CrosswalkError(ErrorCodes.badInput, `A ${kind} statement needs a target concept.`, where);
    if (kind === 'match' && !relation)
      throw new CrosswalkError(
        ErrorCodes.badInput,
        'A mapping needs a relation (exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch).',
        where,
      );
    if (kind === 'no-match' && !vocabulary)
      throw new CrosswalkError(ErrorCodes.badInput, '"No match" needs the vocabulary it is about.', where);
    let identity = identities.get(input.sourceItemId);
    if (!identity) identities.set(input.sourceItemId, (identity = itemIdentity(this.db, input.sourceItemId)));
    const id = contentId({
      scheme: identity.scheme,
      itemKey: identity.itemKey,
      kind,
      targetUri: kind === 'no-match' ? null : target!.uri,
      relation,
      targetVocabulary: vocabulary,
    });
    const justification = input.justification ?? 'manual-curation';
    const evidence = input.evidence?.length ? this.checkedEvidence(input.sourceItemId, input.evidence) : undefined;
    return {
      id: null,
      contentId: id,
      sourceItemId: input.sourceItemId,
      kind,
      target:
        kind === 'no-match'
          ? null
          : { uri: target!.uri, label: target!.label ?? '', vocabularyId: target!.vocabularyId ?? vocabulary ?? '' },
      targetVocabularyId: vocabulary,
      relation,
      status: input.status ?? (kind === 'match' ? 'proposed' : 'accepted'),
      justification,
      score: input.score ?? null,
      confidence: input.confidence ?? null,
      comment: input.comment ?? '',
      author,
      created: at,
      modified: at,
      ...(evidence ? { evidence } : {}),
    };
  }

  /** Evidence ranges must lie in the item's text, in order: a bad range is refused with the item and field named. */
  private checkedEvidence(sourceItemId: number, ranges: readonly TextRange[]): TextRange[] {
    const length = findItem(this.db, sourceItemId)?.text.length ?? 0;
    const sorted = [...ranges].map((r) => ({ start: r.start, end: r.end })).sort((a, b) => a.start - b.start);
    for (const r of sorted) {
      if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end <= r.start || r.end > length)
        throw new CrosswalkError(
          ErrorCodes.badInput,
          `Item ${sourceItemId}: evidence range ${r.start}-${r.end} is not within its text (${length} characters).`,
          { field: 'evidence', sourceItemId },
        );
    }
    return sorted;
  }
}

/** The mapping after a patch, or null when nothing changes. A new relation means a new content id. */
function applyPatch(before: Mapping, patch: MappingPatch, at: string, contentIdOf: (m: Mapping) => string): Mapping | null {
  const next: Mapping = { ...before };
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.comment !== undefined) next.comment = patch.comment;
  if (patch.confidence !== undefined) next.confidence = patch.confidence;
  if (patch.relation !== undefined && patch.relation !== before.relation) {
    if (before.kind !== 'match') {
      throw new CrosswalkError(ErrorCodes.badInput, `A ${before.kind} statement has no relation.`, { id: before.id, field: 'relation' });
    }
    next.relation = patch.relation;
    next.contentId = contentIdOf(next);
  }
  const changed = (['status', 'comment', 'confidence', 'relation'] as const).some((k) => next[k] !== before[k]);
  if (!changed) return null;
  next.modified = at;
  return next;
}

function describe(m: Pick<Mapping, 'kind' | 'relation' | 'target' | 'targetVocabularyId'>): string {
  if (m.kind === 'no-match') return `"no match" in ${m.targetVocabularyId}`;
  if (m.kind === 'must-not-map') return `"must not map" to ${m.target?.uri}`;
  return `${m.relation} to ${m.target?.uri}`;
}
