import type { ImportResult, SchemeImportResult } from '../../../../shared/domain/source.js';
import { writeTransaction } from '../../db/write-transaction.js';
import { badInput } from '../../errors.js';
import { importedLinkComment } from '../../exchange/elm-link.js';
import { MappingStore } from '../../mappings/mapping-store.js';
import type { Project } from '../../projects/project-service.js';
import { rekeyMappings } from '../item-rekey.js';
import { cleanMetadata, insertGroup, listGroups, setGroupParent, writeGroup } from '../store/groups.js';
import {
  flagItemRemoved,
  insertItem,
  listSchemeItems,
  setItemKey,
  setItemPosition,
  writeImportedItem,
  type StoredItem,
} from '../store/item-rows.js';
import { findMergeTarget } from '../store/scheme-matcher.js';
import { createScheme, recordSchemeImport } from '../store/schemes.js';
import type { BundleItem, SourceBundle } from './bundle.js';

export interface CommitOptions {
  /** Re-import into this scheme (single bundle only). */
  schemeId?: number;
  author?: string;
  /** Library vocabulary version and label of a linked target (e.g. an ESCO skill), when loaded. */
  resolveTarget?: (uri: string) => { vocabularyId: string; label: string } | undefined;
  /** The base exports mint scheme URIs under, so a re-imported export finds its scheme (see findMergeTarget). */
  uriBase?: string;
}

/**
 * Writes parsed sources into the project in ONE transaction: schemes are matched as every import
 * matches them (findMergeTarget); groups and items by key. Items missing from a re-import are flagged 'removed', never
 * deleted, so their mappings survive. Links such as relatedESCOSkill become imported mappings.
 */
export function commitBundles(project: Project, bundles: SourceBundle[], options: CommitOptions = {}): ImportResult {
  for (const bundle of bundles) assertUniqueKeys(bundle);
  const schemes = writeTransaction(project.db, () => {
    const schemes = bundles.map((bundle) => commitOne(project, bundle, bundles.length === 1 ? options.schemeId : undefined, options));
    project.touch();
    return schemes;
  });
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
      throw badInput(`duplicate item id "${item.key}"${first.line ? ` (also line ${first.line})` : ''}`, {
        file: bundle.fileName,
        line: item.line,
        field: 'id',
      });
    }
    seen.set(item.key, item);
  }
}

/** Finds the scheme a re-import updates (see findMergeTarget): its id, or null for a new one. */
export function findExistingScheme(
  project: Project,
  bundle: Pick<SourceBundle, 'scheme'>,
  schemeId?: number,
  uriBase?: string,
): number | null {
  return findMergeTarget(project.db, bundle.scheme, { schemeId, uriBase })?.id ?? null;
}

function commitOne(project: Project, bundle: SourceBundle, schemeId: number | undefined, options: CommitOptions): SchemeImportResult {
  const db = project.db;
  const now = new Date().toISOString();
  const origin = { format: bundle.format, file: bundle.fileName, ...(bundle.sha256 ? { sha256: bundle.sha256 } : {}), importedAt: now };
  const found = findExistingScheme(project, bundle, schemeId, options.uriBase);
  if (found !== null) recordSchemeImport(db, found, origin);
  const id = found ?? createScheme(project, { ...bundle.scheme, origin }).id;

  // Groups: upsert by key; imported metadata overrides, fields the source does not give are kept.
  const groupIds = new Map<string, number>();
  const existingGroups = new Map(listGroups(project, id).map((g) => [g.key, g]));
  for (const group of bundle.groups) {
    const existing = existingGroups.get(group.key);
    const fields = {
      key: group.key,
      title: group.title,
      description: group.description ?? '',
      metadata: { ...existing?.metadata, ...cleanMetadata(group.metadata) },
    };
    if (existing) {
      writeGroup(db, existing.id, fields);
      groupIds.set(group.key, existing.id);
    } else {
      groupIds.set(group.key, insertGroup(db, id, fields));
    }
  }
  for (const group of bundle.groups) {
    setGroupParent(db, groupIds.get(group.key)!, group.parentKey ? (groupIds.get(group.parentKey) ?? null) : null);
  }

  const existing = new Map(listSchemeItems(db, id).map((row) => [row.key, row]));
  const result: SchemeImportResult = {
    schemeId: id,
    title: bundle.scheme.title,
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    groups: bundle.groups.length,
    mappingsImported: 0,
    linksKept: 0,
  };
  const itemIds: { itemId: number; item: BundleItem }[] = [];
  const keysInBundle = new Set(bundle.items.map((i) => i.key));
  /**
   * An item with a generated key that matches no stored key takes over a stored item of the same
   * course with the same text that the import would otherwise flag removed (e.g. one keyed by
   * position by earlier versions): the item keeps its row and mappings, under the new key.
   */
  const adopt = (item: BundleItem, groupId: number | null): StoredItem | undefined => {
    if (!item.generatedKey) return undefined;
    for (const candidate of existing.values()) {
      if (keysInBundle.has(candidate.key) || candidate.groupId !== groupId || candidate.text !== item.text) continue;
      rekeyMappings(project, { id: candidate.id, schemeId: id }, item.key);
      setItemKey(db, candidate.id, item.key);
      return candidate;
    }
    return undefined;
  };
  bundle.items.forEach((item, index) => {
    // Links become mappings below; the item keeps only the rest (e.g. translations).
    const { links: _links, ...ownExtra } = item.extra ?? {};
    if (item.groupKey && !groupIds.has(item.groupKey)) {
      throw badInput(`the item refers to course "${item.groupKey}", which the file does not define`, {
        file: bundle.fileName,
        line: item.line,
        field: 'course',
      });
    }
    const row = {
      groupId: item.groupKey ? groupIds.get(item.groupKey)! : null,
      text: item.text,
      description: item.description ?? '',
      notation: item.notation ?? '',
      language: item.language || bundle.scheme.language,
      uri: item.uri ?? null,
      position: index + 1,
    };
    const old = existing.get(item.key) ?? adopt(item, row.groupId);
    if (!old) {
      const itemId = insertItem(db, { ...row, schemeId: id, key: item.key, extra: ownExtra }, now);
      result.added++;
      itemIds.push({ itemId, item });
      return;
    }
    existing.delete(old.key);
    const extra = { ...old.extra, ...ownExtra };
    const same =
      old.text === row.text &&
      old.description === row.description &&
      old.notation === row.notation &&
      old.language === row.language &&
      old.uri === row.uri &&
      old.groupId === row.groupId &&
      old.state === 'active' &&
      JSON.stringify(old.extra) === JSON.stringify(extra);
    if (same) {
      if (old.position !== row.position) setItemPosition(db, old.id, row.position);
      result.unchanged++;
    } else {
      writeImportedItem(db, old.id, { ...row, extra }, now);
      result.changed++;
    }
    itemIds.push({ itemId: old.id, item });
  });
  for (const gone of existing.values()) {
    if (gone.state === 'active') {
      flagItemRemoved(db, gone.id, now);
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
        comment: importedLinkComment(link.property),
      };
    }),
  );
  if (!links.length) return 0;
  return new MappingStore(project.db).create(links, { author: options.author ?? '', label: `Import links from ${fileName}` }).created;
}
