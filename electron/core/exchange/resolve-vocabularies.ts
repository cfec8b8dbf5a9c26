import type { CorrespondenceTable, TargetVocabulary } from '../../../shared/domain/correspondence.js';
import type { LibraryView } from './project-table.js';
import { targetVocabulary } from './project-table.js';

/** What resolving needs from the library: where a concept lives, and which vocabularies exist. */
export type VocabularyResolver = Pick<LibraryView, 'concept' | 'has' | 'list'> & Partial<Pick<LibraryView, 'get'>>;

/**
 * Readers can only guess a vocabulary id from a file (ISCED-F URIs → "isced-f-2013", ESCO of unknown
 * version → "esco-v1.1.1"). The library knows where each concept really lives ("isced-f-2013-snb"),
 * so every object URI is resolved through it; otherwise checks say "vocabulary not loaded" and
 * no-match statements (whose content id includes the vocabulary) duplicate on re-import.
 * Concepts the library lacks keep the vocabulary the file declared. No-match statements follow
 * the vocabulary their file vocabulary's concepts resolved to, when that is unambiguous.
 */
export function resolveVocabularies(table: CorrespondenceTable, library: VocabularyResolver | null | undefined): CorrespondenceTable {
  if (!library) return table;
  const resolvedFrom = new Map<string, Set<string>>();
  const mappings = table.mappings.map((m) => {
    if (!m.object) return m;
    const vocabularyId = library.concept(m.object.uri)?.vocabularyId;
    if (!vocabularyId) return m;
    let seen = resolvedFrom.get(m.vocabularyId);
    if (!seen) resolvedFrom.set(m.vocabularyId, (seen = new Set()));
    seen.add(vocabularyId);
    return vocabularyId === m.vocabularyId ? m : { ...m, vocabularyId };
  });
  const libraryIds = library.list().map((v) => v.id);
  const noMatchTarget = (fileId: string): string => {
    if (library.has(fileId)) return fileId;
    const resolved = [...(resolvedFrom.get(fileId) ?? [])];
    if (resolved.length === 1) return resolved[0]!;
    // No concept to go by: a single library vocabulary of the same family (isced-f-2013 → isced-f-2013-snb).
    const family = /^(esco|isced-f)/i.exec(fileId)?.[1]?.toLowerCase();
    const candidates = family ? libraryIds.filter((id) => id.toLowerCase().startsWith(family)) : [];
    return candidates.length === 1 ? candidates[0]! : fileId;
  };
  const resolved = mappings.map((m) => {
    if (m.object) return m;
    const vocabularyId = noMatchTarget(m.vocabularyId);
    return vocabularyId === m.vocabularyId ? m : { ...m, vocabularyId };
  });
  const fileTargets = new Map(table.targets.map((t) => [t.id, t]));
  const used = [...new Set(resolved.map((m) => m.vocabularyId))];
  const targets: TargetVocabulary[] = used.map((id) => {
    const declared = fileTargets.get(id);
    if (library.has(id) && library.get) return targetVocabulary(id, library as LibraryView);
    return declared ?? targetVocabulary(id, null);
  });
  // Targets the file declared without any mapping stay (they describe the table).
  for (const t of table.targets) if (!used.includes(t.id) && !resolvedFrom.has(t.id)) targets.push(t);
  return { ...table, mappings: resolved, targets };
}
