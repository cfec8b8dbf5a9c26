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
 * Concepts the library lacks keep the vocabulary the file declared, and so does a table that names
 * the version it was made against (ESCO v1.1.0 stays v1.1.0 while the library has v1.1.1: moving a
 * table to another version is a decision, not a side effect of importing it). No-match statements
 * follow the vocabulary their file vocabulary's concepts resolved to, when that is unambiguous.
 */
export function resolveVocabularies(table: CorrespondenceTable, library: VocabularyResolver | null | undefined): CorrespondenceTable {
  if (!library) return table;
  const declared = new Set(table.targets.filter((t) => t.versionDeclared).map((t) => t.id));
  const resolvedFrom = new Map<string, Set<string>>();
  const mappings = table.mappings.map((m) => {
    if (!m.object || declared.has(m.vocabularyId)) return m;
    const vocabularyId = library.concept(m.object.uri)?.vocabularyId;
    if (!vocabularyId) return m;
    let seen = resolvedFrom.get(m.vocabularyId);
    if (!seen) resolvedFrom.set(m.vocabularyId, (seen = new Set()));
    seen.add(vocabularyId);
    return vocabularyId === m.vocabularyId ? m : { ...m, vocabularyId };
  });
  const libraryIds = library.list().map((v) => v.id);
  const noMatchTarget = (fileId: string): string => {
    if (library.has(fileId) || declared.has(fileId)) return fileId;
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
    const fromFile = fileTargets.get(id);
    if (fromFile?.versionDeclared) return fromFile;
    if (library.has(id) && library.get) return targetVocabulary(id, library as LibraryView);
    return fromFile ?? targetVocabulary(id, null);
  });
  // Targets the file declared without any mapping stay (they describe the table).
  for (const t of table.targets) if (!used.includes(t.id) && !resolvedFrom.has(t.id)) targets.push(t);
  return { ...table, mappings: resolved, targets };
}
