import type { CourseMetadata, ImportResult, SchemeImportResult } from '../../../../shared/domain/source.js';
import { badInput } from '../../errors.js';
import { MappingStore } from '../../mappings/mapping-store.js';
import type { Project } from '../../projects/project-service.js';
import { rekeyMappings } from '../item-rekey.js';
import { cleanMetadata } from '../source-store.js';
import type { BundleItem, SourceBundle } from './bundle.js';

export interface CommitOptions {
  /** Re-import into this scheme (single bundle only). */
  schemeId?: number;
  author?: string;
  /** Library vocabulary version and label of a linked target (e.g. an ESCO skill), when loaded. */
  resolveTarget?: (uri: string) => { vocabularyId: string; label: string } | undefined;
}

interface ExistingItem {
  id: number;
  key: string;
  text: string;
  description: string;
  notation: string;
  language: string;
  uri: string | null;
  group_id: number | null;
  position: number;
  state: string;
  extra: string;
}

/**
 * Writes parsed sources into the project in ONE transaction: schemes are matched by id, URI or
 * title; groups and items by key. Items missing from a re-import are flagged 'removed', never
 * deleted, so their mappings survive. Links such as relatedESCOSkill become imported mappings.
 */
export function commitBundles(project: Project, bundles: SourceBundle[], options: CommitOptions = {}): ImportResult {
  for (const bundle of bundles) assertUniqueKeys(bundle);
  const run = project.db.transaction(() => {
    const schemes = bundles.map((bundle) => commitOne(project, bundle, bundles.length === 1 ? options.schemeId : undefined, options));
    project.touch();
    return schemes;
  });
  const schemes = run();
  return {
    schemes,
    added: schemes.reduce((n, s) => n + s.added, 0),
    changed: schemes.reduce((n, s) => n + s.changed, 0),
    removed: schemes.reduce((n, s) => n + s.removed, 0),
    warnings: bundles.flatMap((b) => b.problems),
  };
}

function assertUniqueKeys(bundle: SourceBundle): void {
  const seen = new Map<string, BundleItem>();
  for (const item of bundle.items) {
    const first = seen.get(item.key);
    if (first) {
      throw badInput(`duplicate item id "${item.key}"${first.line ? ` (also line ${first.line})` : ''}`, { file: bundle.fileName, line: item.line, field: 'id' });
    }
    seen.set(item.key, item);
  }
}

/** Finds the scheme a re-import updates: explicit id, same URI, or same title. */
export function findExistingScheme(project: Project, bundle: Pick<SourceBundle, 'scheme'>, schemeId?: number): number | null {
  const db = project.db;
  if (schemeId !== undefined) {
    const row = db.prepare('SELECT id FROM source_schemes WHERE id = ?').get(schemeId) as { id: number } | undefined;
    if (!row) throw badInput(`no source scheme ${schemeId} in this project`, { field: 'schemeId' });
    return row.id;
  }
  if (bundle.scheme.uri) {
    const row = db.prepare('SELECT id FROM source_schemes WHERE uri = ?').get(bundle.scheme.uri) as { id: number } | undefined;
    if (row) return row.id;
  }
  const row = db.prepare('SELECT id FROM source_schemes WHERE title = ? ORDER BY id LIMIT 1').get(bundle.scheme.title) as { id: number } | undefined;
  return row?.id ?? null;
}

function commitOne(project: Project, bundle: SourceBundle, schemeId: number | undefined, options: CommitOptions): SchemeImportResult {
  const db = project.db;
  const now = new Date().toISOString();
  const origin = JSON.stringify({ format: bundle.format, file: bundle.fileName, ...(bundle.sha256 ? { sha256: bundle.sha256 } : {}), importedAt: now });
  let id = findExistingScheme(project, bundle, schemeId);
  if (id === null) {
    id = Number(
      db
        .prepare('INSERT INTO source_schemes (uri, title, description, kind, language, origin, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(bundle.scheme.uri ?? null, bundle.scheme.title, bundle.scheme.description ?? '', bundle.scheme.kind, bundle.scheme.language, origin, now, now).lastInsertRowid,
    );
  } else {
    db.prepare('UPDATE source_schemes SET origin = ?, modified = ? WHERE id = ?').run(origin, now, id);
  }

  // Groups: upsert by key; imported metadata overrides, fields the source does not give are kept.
  const groupIds = new Map<string, number>();
  const existingGroups = new Map(
    (db.prepare('SELECT id, key, metadata FROM source_groups WHERE scheme_id = ?').all(id) as { id: number; key: string; metadata: string }[]).map((g) => [g.key, g]),
  );
  for (const group of bundle.groups) {
    const existing = existingGroups.get(group.key);
    const metadata = cleanMetadata({ ...(existing ? (JSON.parse(existing.metadata) as CourseMetadata) : {}), ...cleanMetadata(group.metadata) });
    if (existing) {
      db.prepare('UPDATE source_groups SET title = ?, description = ?, metadata = ? WHERE id = ?').run(group.title, group.description ?? '', JSON.stringify(metadata), existing.id);
      groupIds.set(group.key, existing.id);
    } else {
      const gid = db
        .prepare('INSERT INTO source_groups (scheme_id, key, title, description, metadata) VALUES (?, ?, ?, ?, ?)')
        .run(id, group.key, group.title, group.description ?? '', JSON.stringify(metadata)).lastInsertRowid;
      groupIds.set(group.key, Number(gid));
    }
  }
  for (const group of bundle.groups) {
    const parent = group.parentKey ? (groupIds.get(group.parentKey) ?? null) : null;
    db.prepare('UPDATE source_groups SET parent_id = ? WHERE id = ?').run(parent, groupIds.get(group.key)!);
  }

  const existing = new Map((db.prepare('SELECT * FROM source_items WHERE scheme_id = ?').all(id) as ExistingItem[]).map((row) => [row.key, row]));
  const insert = db.prepare(
    `INSERT INTO source_items (scheme_id, key, group_id, text, description, notation, language, uri, position, state, extra, created, modified)
     VALUES (@scheme_id, @key, @group_id, @text, @description, @notation, @language, @uri, @position, 'active', @extra, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE source_items SET group_id = @group_id, text = @text, description = @description, notation = @notation, language = @language,
       uri = @uri, position = @position, state = 'active', extra = @extra, modified = @now WHERE id = @id`,
  );
  const result: SchemeImportResult = { schemeId: id, title: bundle.scheme.title, added: 0, changed: 0, removed: 0, unchanged: 0, groups: bundle.groups.length, mappingsImported: 0, linksKept: 0 };
  const itemIds: { itemId: number; item: BundleItem }[] = [];
  const keysInBundle = new Set(bundle.items.map((i) => i.key));
  /**
   * An item with a generated key that matches no stored key takes over a stored item of the same
   * course with the same text that the import would otherwise flag removed (e.g. one keyed by
   * position by earlier versions): the item keeps its row and mappings, under the new key.
   */
  const adopt = (item: BundleItem, groupId: number | null): ExistingItem | undefined => {
    if (!item.generatedKey) return undefined;
    for (const candidate of existing.values()) {
      if (keysInBundle.has(candidate.key) || candidate.group_id !== groupId || candidate.text !== item.text) continue;
      rekeyMappings(project, { id: candidate.id, schemeId: id }, item.key);
      db.prepare('UPDATE source_items SET key = ? WHERE id = ?').run(item.key, candidate.id);
      return candidate;
    }
    return undefined;
  };
  bundle.items.forEach((item, index) => {
    // Links become mappings below; the item keeps only the rest (e.g. translations).
    const { links: _links, ...ownExtra } = item.extra ?? {};
    if (item.groupKey && !groupIds.has(item.groupKey)) {
      throw badInput(`the item refers to course "${item.groupKey}", which the file does not define`, { file: bundle.fileName, line: item.line, field: 'course' });
    }
    const row = {
      scheme_id: id,
      key: item.key,
      group_id: item.groupKey ? groupIds.get(item.groupKey)! : null,
      text: item.text,
      description: item.description ?? '',
      notation: item.notation ?? '',
      language: item.language || bundle.scheme.language,
      uri: item.uri ?? null,
      position: index + 1,
      now,
    };
    const old = existing.get(item.key) ?? adopt(item, row.group_id);
    if (!old) {
      const itemId = Number(insert.run({ ...row, extra: JSON.stringify(ownExtra) }).lastInsertRowid);
      result.added++;
      itemIds.push({ itemId, item });
      return;
    }
    existing.delete(old.key);
    const extra = JSON.stringify({ ...(JSON.parse(old.extra) as object), ...ownExtra });
    const same =
      old.text === row.text && old.description === row.description && old.notation === row.notation && old.language === row.language &&
      old.uri === row.uri && old.group_id === row.group_id && old.state === 'active' && old.extra === extra;
    if (same) {
      if (old.position !== row.position) db.prepare('UPDATE source_items SET position = ? WHERE id = ?').run(row.position, old.id);
      result.unchanged++;
    } else {
      update.run({ ...row, id: old.id, extra });
      result.changed++;
    }
    itemIds.push({ itemId: old.id, item });
  });
  const flag = db.prepare("UPDATE source_items SET state = 'removed', modified = ? WHERE id = ?");
  for (const gone of existing.values()) {
    if (gone.state === 'active') {
      flag.run(now, gone.id);
      result.removed++;
    }
  }
  result.mappingsImported = importLinks(project, itemIds, bundle.fileName, options);
  return result;
}

/**
 * ELM relatedESCOSkill and similar links become accepted, imported relatedMatch mappings through
 * the mapping store (history and one undo step; a re-import adds no duplicates).
 */
function importLinks(project: Project, items: { itemId: number; item: BundleItem }[], fileName: string, options: CommitOptions): number {
  const links = items.flatMap(({ itemId, item }) =>
    (item.extra?.links ?? []).map((link) => {
      const known = options.resolveTarget?.(link.uri);
      return {
        sourceItemId: itemId,
        kind: 'match' as const,
        target: { uri: link.uri, label: known?.label ?? link.label, vocabularyId: known?.vocabularyId ?? '' },
        relation: 'relatedMatch' as const,
        status: 'accepted' as const,
        justification: 'imported' as const,
        comment: `imported from ${link.property}`,
      };
    }),
  );
  if (!links.length) return 0;
  return new MappingStore(project.db).create(links, { author: options.author ?? '', label: `Import links from ${fileName}` }).created;
}
