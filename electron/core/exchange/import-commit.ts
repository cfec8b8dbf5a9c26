import type Database from 'better-sqlite3';
import type { CorrespondenceItem, CorrespondenceMapping, CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import type { Mapping } from '../../../shared/domain/mapping.js';
import type { ImportCommitResult, ImportPlan } from '../../../shared/contract/export.js';
import { badInput } from '../errors.js';
import { ChangeBatch } from '../mappings/change-batch.js';
import { contentId, schemeRef } from '../mappings/content-id.js';
import type { Project } from '../projects/project-service.js';
import { reviewerFor } from '../review/reviewers.js';
import { mintSchemeUri } from './common.js';

interface SchemeRow {
  id: number;
  uri: string | null;
  title: string;
}

interface ItemRow {
  id: number;
  key: string;
  text: string;
  uri: string | null;
}

/** The scheme an import merges into: the chosen one, one with the same URI, or one with the same title. */
function findScheme(db: Database.Database, table: CorrespondenceTable, uriBase: string, schemeId?: number): SchemeRow | null {
  if (schemeId !== undefined) {
    const row = db.prepare('SELECT id, uri, title FROM source_schemes WHERE id = ?').get(schemeId) as SchemeRow | undefined;
    if (!row) throw badInput(`no source scheme ${schemeId} in this project`, { field: 'schemeId' });
    return row;
  }
  if (table.source.uri) {
    const row = db.prepare('SELECT id, uri, title FROM source_schemes WHERE uri = ?').get(table.source.uri) as SchemeRow | undefined;
    if (row) return row;
    // A scheme without a URI of its own is known outside by the URI minted for it on export.
    const unnamed = db.prepare('SELECT id, uri, title FROM source_schemes WHERE uri IS NULL').all() as SchemeRow[];
    const minted = unnamed.find((s) => mintSchemeUri(uriBase, s.title) === table.source.uri);
    if (minted) return minted;
  }
  return (db.prepare('SELECT id, uri, title FROM source_schemes WHERE title = ? ORDER BY id LIMIT 1').get(table.source.title) as SchemeRow | undefined) ?? null;
}

/** Matches a file's item to a stored one: by key, by URI, or (literal mappings) by its text. */
function matcher(items: ItemRow[]): (item: CorrespondenceItem) => ItemRow | undefined {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const byUri = new Map(items.filter((i) => i.uri).map((i) => [i.uri!, i]));
  const byText = new Map<string, ItemRow | null>();
  for (const i of items) byText.set(i.text, byText.has(i.text) ? null : i);
  return (item) => byKey.get(item.key) ?? (item.uri ? byUri.get(item.uri) : undefined) ?? (item.uri === null ? (byText.get(item.label) ?? undefined) : undefined);
}

function statementId(scheme: string, itemKey: string, m: CorrespondenceMapping): string {
  return contentId({ scheme, itemKey, kind: m.kind, targetUri: m.object?.uri ?? null, relation: m.relation, targetVocabulary: m.vocabularyId });
}

/** What a commit would do, without writing: new items, new mappings, duplicates. */
export function planImport(project: Project, table: CorrespondenceTable, uriBase: string, schemeId?: number): ImportPlan {
  const db = project.db;
  const scheme = findScheme(db, table, uriBase, schemeId);
  const items = scheme ? (db.prepare('SELECT id, key, text, uri FROM source_items WHERE scheme_id = ?').all(scheme.id) as ItemRow[]) : [];
  const match = matcher(items);
  const ref = scheme ? schemeRef(scheme) : table.source.uri || null;
  const itemByKey = new Map(table.source.items.map((i) => [i.key, i]));
  let newItems = 0;
  for (const item of table.source.items) if (!match(item)) newItems++;
  let duplicates = 0;
  if (scheme && ref) {
    const exists = db.prepare('SELECT 1 FROM mappings WHERE content_id = ?');
    for (const m of table.mappings) {
      const item = itemByKey.get(m.subjectKey)!;
      const stored = match(item);
      if (exists.get(statementId(ref, stored?.key ?? item.key, m))) duplicates++;
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
 * are never changed), missing groups and items, then the mappings with the file's authors, dates,
 * statuses and justifications (history and one undo step through the mapping store's ChangeBatch),
 * and reviewers as review decisions. Statements already in the project are skipped and counted.
 */
export function commitImport(project: Project, table: CorrespondenceTable, options: { author: string; file: string; format: string; uriBase: string; schemeId?: number }): ImportCommitResult {
  const db = project.db;
  const now = new Date().toISOString();
  return db.transaction((): ImportCommitResult => {
    let scheme = findScheme(db, table, options.uriBase, options.schemeId);
    const createdScheme = !scheme;
    if (!scheme) {
      const origin = JSON.stringify({ format: options.format, file: options.file, importedAt: now });
      const id = Number(
        db
          .prepare('INSERT INTO source_schemes (uri, title, description, kind, language, origin, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(table.source.uri || null, table.source.title, table.source.description, table.source.kind, table.source.language || 'en', origin, now, now).lastInsertRowid,
      );
      scheme = { id, uri: table.source.uri || null, title: table.source.title };
    }
    const schemeId = scheme.id;

    const groupIds = new Map((db.prepare('SELECT id, key FROM source_groups WHERE scheme_id = ?').all(schemeId) as { id: number; key: string }[]).map((g) => [g.key, g.id]));
    let groupsAdded = 0;
    for (const g of table.source.groups) {
      if (groupIds.has(g.key)) continue;
      const id = Number(db.prepare('INSERT INTO source_groups (scheme_id, key, title, description) VALUES (?, ?, ?, ?)').run(schemeId, g.key, g.title, g.description).lastInsertRowid);
      groupIds.set(g.key, id);
      groupsAdded++;
    }
    for (const g of table.source.groups) {
      if (g.parentKey && groupIds.has(g.parentKey)) db.prepare('UPDATE source_groups SET parent_id = ? WHERE id = ? AND parent_id IS NULL').run(groupIds.get(g.parentKey)!, groupIds.get(g.key)!);
    }

    const stored = db.prepare('SELECT id, key, text, uri FROM source_items WHERE scheme_id = ?').all(schemeId) as ItemRow[];
    const match = matcher(stored);
    let position = (db.prepare('SELECT coalesce(max(position), 0) AS p FROM source_items WHERE scheme_id = ?').get(schemeId) as { p: number }).p;
    const insertItem = db.prepare(
      `INSERT INTO source_items (scheme_id, key, group_id, text, description, notation, language, uri, position, state, created, modified)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)`,
    );
    const rowFor = new Map<string, ItemRow>();
    let itemsAdded = 0;
    for (const item of table.source.items) {
      let row = match(item);
      if (!row) {
        const id = Number(
          insertItem.run(schemeId, item.key, item.groupKey ? (groupIds.get(item.groupKey) ?? null) : null, item.label, item.description, item.notation, item.language || table.source.language || 'en', item.uri, ++position, now, now)
            .lastInsertRowid,
        );
        row = { id, key: item.key, text: item.label, uri: item.uri };
        itemsAdded++;
      }
      rowFor.set(item.key, row);
    }

    const ref = schemeRef(scheme);
    const batch = new ChangeBatch(db, 'edit', `Import ${options.file}`, options.author);
    const exists = db.prepare('SELECT 1 FROM mappings WHERE content_id = ?');
    const reviews: { mapping: Mapping; reviewer: string; decision: 'accept' | 'reject' }[] = [];
    const seen = new Set<string>();
    let duplicates = 0;
    for (const m of table.mappings) {
      const row = rowFor.get(m.subjectKey)!;
      const id = statementId(ref, row.key, m);
      if (seen.has(id) || exists.get(id)) {
        duplicates++;
        continue;
      }
      seen.add(id);
      const created = m.created || now;
      const mapping = batch.insert({
        id: null,
        contentId: id,
        sourceItemId: row.id,
        kind: m.kind,
        target: m.object ? { uri: m.object.uri, label: m.object.label, vocabularyId: m.vocabularyId } : null,
        targetVocabularyId: m.vocabularyId || null,
        relation: m.kind === 'match' ? m.relation : null,
        status: m.status,
        justification: m.justification,
        score: m.score,
        confidence: m.confidence,
        comment: m.comment,
        author: m.author || options.author,
        created,
        modified: m.modified || created,
      });
      if (m.reviewer && (m.status === 'accepted' || m.status === 'rejected')) reviews.push({ mapping, reviewer: m.reviewer, decision: m.status === 'accepted' ? 'accept' : 'reject' });
    }
    batch.finish();
    const insertDecision = db.prepare('INSERT OR IGNORE INTO review_decisions (mapping_id, reviewer_id, round, decision, comment, at) VALUES (?, ?, 1, ?, ?, ?)');
    for (const r of reviews) insertDecision.run(r.mapping.id, reviewerFor(db, r.reviewer, '').id, r.decision, 'imported', r.mapping.modified);
    project.touch();
    return { schemeId, createdScheme, itemsAdded, groupsAdded, mappingsAdded: batch.created, duplicates, reviewsAdded: reviews.length };
  })();
}
