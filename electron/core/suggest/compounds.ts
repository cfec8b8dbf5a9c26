import { compoundsLanguage, decompound } from './decompound.js';
import type { SuggestIndex } from './suggest-index.js';

/** Neither part of a split compound is shorter than this ("skin|care", not "s|kincare"). */
const MIN_PART = 3;

/**
 * A word no label has, read as two words that labels have: "skincare" → "skin" + "care". Of the
 * possible splits the most balanced wins; stop words are never a part.
 */
export function splitCompound(index: SuggestIndex, word: string): [number, number] | null {
  if (word.length < 2 * MIN_PART || !/^\p{L}+$/u.test(word)) return null;
  let best: [number, number] | null = null;
  let bestBalance = 0;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const balance = Math.min(i, word.length - i);
    if (balance <= bestBalance) continue;
    const left = index.termIds.get(index.analyzer.termOf(word.slice(0, i)));
    const right = index.termIds.get(index.analyzer.termOf(word.slice(i)));
    if (!index.inLabels(left) || !index.inLabels(right) || index.termWeight[left]! < 1 || index.termWeight[right]! < 1) continue;
    best = [left, right];
    bestBalance = balance;
  }
  return best;
}

/** Two neighbouring words that labels write as one: "motor boat" → "motorboat". */
export function joinedTerm(index: SuggestIndex, first: string, second: string): number | null {
  if (!/^\p{L}+$/u.test(first) || !/^\p{L}+$/u.test(second)) return null;
  const id = index.termIds.get(index.analyzer.termOf(first + second));
  return index.inLabels(id) ? id : null;
}

/**
 * The parts of a compound word as index terms, for languages that write compounds as one word
 * ("Traktorführer" → "traktor", "führer"): each part a word of the labels (stop words excluded).
 * Null for other languages and for words that are no compound of label words.
 */
export function compoundParts(index: SuggestIndex, word: string): number[] | null {
  if (!compoundsLanguage(index.analyzer.language)) return null;
  const whole = index.termIds.get(index.analyzer.termOf(word));
  const idOf = (part: string) => {
    const id = index.termIds.get(index.analyzer.termOf(part));
    return index.inLabels(id) && index.termWeight[id]! >= 1 ? id : undefined;
  };
  const parts = decompound(word, index.analyzer.language, (part) => idOf(part) !== undefined);
  if (!parts) return null;
  const ids = [...new Set(parts.map((p) => idOf(p)!))].filter((id) => id !== whole);
  return ids.length ? ids : null;
}
