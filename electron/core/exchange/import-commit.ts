import type { CorrespondenceItem, CorrespondenceMapping, CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import type { Mapping } from '../../../shared/domain/mapping.js';
import type { SourceItemExtra } from '../../../shared/domain/source.js';
import type { ImportCommitResult, ImportPlan } from '../../../shared/contract/export.js';
import { writeTransaction } from '../db/write-transaction.js';
import { ChangeBatch } from '../mappings/change-batch.js';
import { statementLookup } from '../mappings/statement-lookup.js';
import { contentId, schemeRef } from '../mappings/content-id.js';
import type { Project } from '../projects/project-service.js';
import { recordImportedDecision } from '../review/review-transfer.js';
import { insertGroup, listGroups, setGroupParent } from '../sources/store/groups.js';
import { insertItem, lastItemPosition, listSchemeItems, type StoredItem } from '../sources/store/item-rows.js';
import { findMergeTarget } from '../sources/store/scheme-matcher.js';
import { createScheme } from '../sources/store/schemes.js';
import { saveProvenance } from './provenance-store.js';
import { evidenceFromComment } from './evidence-comment.js';

type ItemRow = Pick<StoredItem, 'id' | 'key' | 'text' | 'uri'>;

/** Matches a file's item to a stored one: by key, by URI, or (literal mappings) by its text. */
function matcher(items: ItemRow[]): (item: CorrespondenceItem) => ItemRow | undefined {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const byUri = new Map(items.filter((i) => i.uri).map((i) => [i.uri!, i]));
  const byText = new Map<string, ItemRow | null>();
  for (const i of items) byText.set(i.text, byText.has(i.text) ? null : i);
  return (item) =>
    byKey.get(item.key) ??
    (item.uri ? byUri.get(item.uri) : undefined) ??
    (item.uri === null ? (byText.get(item.label) ?? undefined) : undefined);
}

/** What an item keeps beyond its columns: its labels in other languages, a table's identifier cells. */
function itemExtra(item: CorrespondenceItem): SourceItemExtra {
  return {
    ...(item.translations ? { translations: item.translations } : {}),
    ...(item.identifiers ? { identifiers: item.identifiers } : {}),
  };
}

function statementId(scheme: string, itemKey: string, m: CorrespondenceMapping): string {
  return contentId({
    scheme,
    itemKey,
    kind: m.kind,
    targetUri: m.object?.uri ?? null,
    relation: m.relation,
    targetVocabulary: m.vocabularyId,
  });
}

/** What a commit would do, without writing: new items, new mappings, duplicates. */
export function planImport(project: Project, table: CorrespondenceTable, uriBase: string, schemeId?: number): ImportPlan {
  const db = project.db;
  const scheme = findMergeTarget(db, table.source, { schemeId, uriBase });
  const items = scheme ? listSchemeItems(db, scheme.id) : [];
  const match = matcher(items);
  const ref = scheme ? schemeRef(scheme) : table.source.uri || null;
  const itemByKey = new Map(table.source.items.map((i) => [i.key, i]));
  let newItems = 0;
  for (const item of table.source.items) if (!match(item)) newItems++;
  let duplicates = 0;
  if (scheme && ref) {
    const exists = statementLookup(db);
    for (const m of table.mappings) {
      const item = itemByKey.get(m.subjectKey)!;
      const stored = match(item);
      if (exists(statementId(ref, stored?.key ?? item.key, m))) duplicates++;
    }
  }
  return {
    scheme: scheme ? { action: 'merge', id: scheme.id, title: scheme.title } : { action: 'create', id: null, title: table.source.title },
    newItems,
    existingItems: table.source.items.length - newItems,
    newMappings: table.mappings.length - duplicates,
    duplicates,
  };
}

/**
 * Writes an imported table in ONE transaction: the source scheme (created or merged: existing items
 * are never changed) with what the table said about itself (provenance), missing groups and items, then the mappings with the file's authors, dates,
 * statuses and justifications (history and one undo step through the mapping store's ChangeBatch),
 * and reviewers as review decisions. Statements already in the project are skipped and counted.
 */
export function commitImport(
  project: Project,
  table: CorrespondenceTable,
  options: { author: string; file: string; format: string; uriBase: string; schemeId?: number },
): ImportCommitResult {
  const db = project.db;
  const now = new Date().toISOString();
  return writeTransaction(db, (): ImportCommitResult => {
    const source = table.source;
    const found = findMergeTarget(db, source, { schemeId: options.schemeId, uriBase: options.uriBase });
    const scheme =
      found ??
      createScheme(project, {
        uri: source.uri || null,
        title: source.title,
        description: source.description,
        kind: source.kind,
        language: source.language || 'en',
        origin: { format: options.format, file: options.file, importedAt: now },
        version: source.version,
        conceptType: source.conceptType,
        landingPage: source.landingPage,
      });
    const schemeId = scheme.id;
    if (table.provenance) saveProvenance(db, schemeId, table.provenance, options.file, now);

    // Groups: missing ones added; existing ones (and parents already set) left as they are.
    const groupIds = new Map(listGroups(project, schemeId).map((g) => [g.key, g.id]));
    let groupsAdded = 0;
    for (const g of source.groups) {
      if (groupIds.has(g.key)) continue;
      groupIds.set(g.key, insertGroup(db, schemeId, { key: g.key, title: g.title, description: g.description }));
      groupsAdded++;
    }
    for (const g of source.groups) {
      if (g.parentKey && groupIds.has(g.parentKey))
        setGroupParent(db, groupIds.get(g.key)!, groupIds.get(g.parentKey)!, { onlyIfNone: true });
    }

    const match = matcher(listSchemeItems(db, schemeId));
    let position = lastItemPosition(db, schemeId);
    const rowFor = new Map<string, ItemRow>();
    let itemsAdded = 0;
    for (const item of source.items) {
      let row = match(item);
      if (!row) {
        const id = insertItem(
          db,
          {
            schemeId,
            key: item.key,
            groupId: item.groupKey ? (groupIds.get(item.groupKey) ?? null) : null,
            text: item.label,
            description: item.description,
            notation: item.notation,
            language: item.language || source.language || 'en',
            uri: item.uri,
            position: ++position,
            extra: itemExtra(item),
          },
          now,
        );
        row = { id, key: item.key, text: item.label, uri: item.uri };
        itemsAdded++;
      }
      rowFor.set(item.key, row);
    }

    const ref = schemeRef(scheme);
    const batch = new ChangeBatch(db, 'edit', `Import ${options.file}`, options.author);
    const exists = statementLookup(db);
    const reviews: { mapping: Mapping; reviewer: string; decision: 'accept' | 'reject' }[] = [];
    const seen = new Set<string>();
    let duplicates = 0;
    for (const m of table.mappings) {
      const row = rowFor.get(m.subjectKey)!;
      const id = statementId(ref, row.key, m);
      if (seen.has(id) || exists(id)) {
        duplicates++;
        continue;
      }
      seen.add(id);
      const created = m.created || now;
      const { comment, evidence } = evidenceFromComment(m.comment, row.text);
      const mapping = batch.insert({
        id: null,
        contentId: id,
        sourceItemId: row.id,
        kind: m.kind,
        target: m.object
          ? {
              uri: m.object.uri,
              label: m.object.label,
              vocabularyId: m.vocabularyId,
              ...(m.object.labelLanguage ? { labelLanguage: m.object.labelLanguage } : {}),
            }
          : null,
        targetVocabularyId: m.vocabularyId || null,
        relation: m.kind === 'match' ? m.relation : null,
        status: m.status,
        justification: m.justification,
        score: m.score,
        confidence: m.confidence,
        comment,
        author: m.author || options.author,
        created,
        modified: m.modified || created,
        ...(evidence ? { evidence } : {}),
      });
      if (m.reviewer && (m.status === 'accepted' || m.status === 'rejected'))
        reviews.push({ mapping, reviewer: m.reviewer, decision: m.status === 'accepted' ? 'accept' : 'reject' });
    }
    batch.finish();
    for (const r of reviews)
      recordImportedDecision(db, { mappingId: r.mapping.id, reviewer: r.reviewer, decision: r.decision, at: r.mapping.modified });
    project.touch();
    return {
      schemeId,
      createdScheme: !found,
      itemsAdded,
      groupsAdded,
      mappingsAdded: batch.created,
      duplicates,
      reviewsAdded: reviews.length,
    };
  });
}
