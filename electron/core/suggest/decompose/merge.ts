/**
 * Merges the candidate lists of an outcome's whole text and of its fragments: one entry per target with its best
 * score, carrying the spans of the fragment that scored it best (its evidence). A target the whole text scored higher
 * still carries the spans of a fragment that found it; only a target no fragment found has none.
 */
import type { Span } from './segments.js';

export interface ScoredTarget {
  uri: string;
  score: number;
  /** Unclipped score when the engine gives one: ranks ties at the clipped 1.0. */
  rawScore?: number;
}

export interface SupportedList<T extends ScoredTarget> {
  candidates: T[];
  /** Where in the outcome this list's query came from; absent for the whole text. */
  spans?: Span[];
  /** Ranking weight of this list (default 1): fragments may count less than the whole text. */
  weight?: number;
}

const rank = (c: ScoredTarget) => c.rawScore ?? c.score;

/**
 * Best score per target over all lists, highest first; on a tie the earlier list (the whole text first) wins.
 * Each list's scores are its own estimates: a fragment's best candidate is estimated as a list's best (0.43), and may
 * rank below a whole-text candidate estimated at 0.07 (ranking by estimate instead lost on the tune halves: tech MRR
 * .691 → .676, house RP@5 .424 → .414). So the merged list is shown as the engine shows one: no candidate with a
 * higher estimate than one above it.
 */
export function mergeByTarget<T extends ScoredTarget>(lists: SupportedList<T>[], top: number): (T & { spans?: Span[] })[] {
  const best = new Map<string, { value: number; candidate: T & { spans?: Span[] } }>();
  const support = new Map<string, { value: number; spans: Span[] }>();
  for (const list of lists) {
    const weight = list.weight ?? 1;
    for (const c of list.candidates) {
      const value = rank(c) * weight;
      const prev = best.get(c.uri);
      if (!prev || value > prev.value) best.set(c.uri, { value, candidate: list.spans ? { ...c, spans: list.spans } : { ...c } });
      const held = support.get(c.uri);
      if (list.spans && (!held || value > held.value)) support.set(c.uri, { value, spans: list.spans });
    }
  }
  let ceiling = Infinity;
  return [...best.entries()]
    .sort((a, b) => b[1].value - a[1].value)
    .slice(0, top)
    .map(([uri, e]) => {
      const spans = support.get(uri)?.spans;
      const candidate = e.candidate.spans || !spans ? e.candidate : { ...e.candidate, spans };
      ceiling = Math.min(ceiling, candidate.score);
      // Copied already (best keeps copies), so capping changes no list the merge was given.
      candidate.score = ceiling;
      return candidate;
    });
}
