import type { Mapping } from '../../../../shared/domain/mapping.js';
import type { SuggestionCandidate } from '../../../../shared/domain/suggestion.js';

/**
 * One row of the middle pane: a decided mapping (with the suggestion it came from, if any) or a
 * suggestion not yet decided. The keyboard cursor moves over these rows.
 */
export type PaneEntry =
  | { kind: 'mapping'; key: string; mapping: Mapping; candidate: SuggestionCandidate | null }
  | { kind: 'candidate'; key: string; candidate: SuggestionCandidate };

/** Mappings first (what is decided), then the candidates that no mapping covers yet, in rank order. */
export function paneEntries(mappings: readonly Mapping[], candidates: readonly SuggestionCandidate[]): PaneEntry[] {
  const byUri = new Map(candidates.map((c) => [c.uri, c]));
  const mapped = new Set<string>();
  const entries: PaneEntry[] = mappings.map((mapping) => {
    const uri = mapping.target?.uri;
    if (uri) mapped.add(uri);
    return { kind: 'mapping', key: `m${mapping.id}`, mapping, candidate: uri ? (byUri.get(uri) ?? null) : null };
  });
  for (const candidate of candidates) {
    if (!mapped.has(candidate.uri)) entries.push({ kind: 'candidate', key: `c${candidate.uri}`, candidate });
  }
  return entries;
}

/** The target URI an entry is about (null for a no-match statement). */
export function entryTarget(entry: PaneEntry | undefined): { uri: string; label: string; vocabularyId: string } | null {
  if (!entry) return null;
  if (entry.kind === 'candidate')
    return { uri: entry.candidate.uri, label: entry.candidate.label, vocabularyId: entry.candidate.vocabularyId };
  return entry.mapping.target;
}

/** Keeps the cursor on the same row (by key) after the list changed, else within bounds. */
export function followCursor(previous: readonly PaneEntry[], next: readonly PaneEntry[], cursor: number): number {
  const key = previous[cursor]?.key;
  const found = key ? next.findIndex((e) => e.key === key) : -1;
  if (found >= 0) return found;
  return Math.max(0, Math.min(cursor, next.length - 1));
}
