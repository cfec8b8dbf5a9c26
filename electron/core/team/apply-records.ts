import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import type { Mapping } from '../../../shared/domain/mapping.js';
import type { TeamRecord } from '../../../shared/domain/team.js';
import { commitImport } from '../exchange/import-commit.js';
import { ChangeBatch } from '../mappings/change-batch.js';
import { contentId, schemeRef } from '../mappings/content-id.js';
import { MappingStore } from '../mappings/mapping-store.js';
import type { Project } from '../projects/project-service.js';
import { mergedReviewOutcome, replaceReviews } from '../review/review-transfer.js';
import { listSchemes } from '../sources/source-store.js';
import { listSchemeItems } from '../sources/store/item-rows.js';
import { sameRecord } from './merge.js';

export interface RecordChanges {
  created: TeamRecord[];
  updated: { before: TeamRecord; after: TeamRecord }[];
  deleted: TeamRecord[];
}

export interface ApplyOptions {
  author: string;
  /** The history batch's label ("Pull from origin (revision 7)"). */
  label: string;
  /** Where missing source items come from (the remote's or the other file's scheme and items). */
  source: CorrespondenceTable | null;
  /** What the source is called in the scheme's import record. */
  origin: string;
  uriBase: string;
  /** Team key → mappings row id of the records being updated or deleted. */
  mappingIds: ReadonlyMap<string, number>;
}

export interface AppliedChanges {
  created: number;
  updated: number;
  deleted: number;
  itemsAdded: number;
  batchId: string | null;
}

/** The mapping row a record becomes, for a source item of the local scheme. */
function toMapping(
  r: TeamRecord,
  base: { id: number | null; sourceItemId: number; contentId: string },
): Omit<Mapping, 'id'> & { id: number | null } {
  return {
    id: base.id,
    contentId: base.contentId,
    sourceItemId: base.sourceItemId,
    kind: r.kind,
    target: r.targetUri
      ? {
          uri: r.targetUri,
          label: r.targetLabel,
          vocabularyId: r.targetVocabulary,
          ...(r.targetLabelLanguage ? { labelLanguage: r.targetLabelLanguage } : {}),
        }
      : null,
    targetVocabularyId: r.targetVocabulary || null,
    relation: r.relation,
    status: r.status,
    justification: r.justification,
    score: r.score,
    confidence: r.confidence,
    comment: r.comment,
    author: r.author,
    created: r.created,
    modified: r.modified,
    ...(r.evidence?.length ? { evidence: r.evidence } : {}),
  };
}

const reviewsDiffer = (a: TeamRecord | null, b: TeamRecord) =>
  !a || !sameRecord({ ...b, reviews: a.reviews, adjudication: a.adjudication }, b);

/**
 * Writes records into the project inside the caller's transaction: missing source items first
 * (through the import commit, which merges into the scheme with the same URI), then every mapping
 * change as ONE history batch (so Undo takes a whole pull back), then review decisions.
 */
export function applyRecords(project: Project, changes: RecordChanges, options: ApplyOptions): AppliedChanges {
  const db = project.db;
  let itemsAdded = 0;
  const schemes = listSchemes(project);
  let scheme = schemes[0];
  let items = new Map(scheme ? listSchemeItems(db, scheme.id).map((i) => [i.key, i.id]) : []);
  const missing = changes.created.some((r) => !items.has(r.itemKey));
  if ((missing || !scheme) && options.source && options.source.source.uri) {
    const imported = commitImport(
      project,
      { ...options.source, mappings: [] },
      {
        author: options.author,
        file: options.origin,
        format: 'skos',
        uriBase: options.uriBase,
        ...(scheme ? { schemeId: scheme.id } : {}),
      },
    );
    itemsAdded = imported.itemsAdded;
    scheme = listSchemes(project).find((s) => s.id === imported.schemeId);
    items = new Map(listSchemeItems(db, imported.schemeId).map((i) => [i.key, i.id]));
  }
  const batch = new ChangeBatch(db, 'edit', options.label, options.author);
  const store = new MappingStore(db);
  const reviews: { id: number; record: TeamRecord }[] = [];
  if (scheme) {
    const ref = schemeRef(scheme);
    for (const r of changes.created) {
      const sourceItemId = items.get(r.itemKey);
      if (sourceItemId === undefined) throw new Error(`item "${r.itemKey}" of a pulled mapping is not in the shared scheme`);
      const id = contentId({
        scheme: ref,
        itemKey: r.itemKey,
        kind: r.kind,
        targetUri: r.targetUri,
        relation: r.relation,
        targetVocabulary: r.targetVocabulary,
      });
      const stored = batch.insert(toMapping(r, { id: null, sourceItemId, contentId: id }));
      if (r.reviews.length || r.adjudication) reviews.push({ id: stored.id, record: r });
    }
  }
  for (const { before, after } of changes.updated) {
    const id = options.mappingIds.get(after.key)!;
    const current = store.get(id);
    const next = { ...toMapping(after, { id, sourceItemId: current.sourceItemId, contentId: current.contentId }), id } as Mapping;
    // Two blind decisions made on two machines meet here: they settle the mapping as on one machine.
    const outcome = mergedReviewOutcome(db, before, after);
    if (outcome) next.status = outcome;
    // Only the reviews changed: the mapping row stays as it is.
    if (outcome || !sameRecord({ ...before, reviews: [], adjudication: null }, { ...after, reviews: [], adjudication: null }))
      batch.overwrite(current, next);
    if (reviewsDiffer(before, after)) reviews.push({ id, record: after });
  }
  for (const r of changes.deleted) batch.remove(store.get(options.mappingIds.get(r.key)!));
  batch.finish();
  for (const { id, record } of reviews) replaceReviews(db, id, { reviews: record.reviews, adjudication: record.adjudication });
  return {
    created: changes.created.length,
    updated: changes.updated.length,
    deleted: changes.deleted.length,
    itemsAdded,
    batchId: batch.changes > 0 ? batch.id : null,
  };
}
