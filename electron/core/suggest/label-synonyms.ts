import type { SuggestIndex } from './suggest-index.js';

/** Labels longer than this many words are phrases, not names: their one-word differences are rarely synonyms. */
const MAX_WORDS = 6;
/** A substitution is a synonym when at least this many concepts make it (one or two concepts' labels can be chance). */
const MIN_CONCEPTS = 3;
/** Support (concepts) at which a synonym counts fully. */
const FULL_SUPPORT = 6;
/** Term ids are below 2^22: a pair of them is one number. */
const PAIR = 2 ** 22;
/** Synonyms kept per word, the best supported first. */
const MAX_PER_WORD = 8;

/** A word's synonym: its term id and how sure the vocabulary is (0..1). */
export interface Synonym {
  id: number;
  strength: number;
}

/**
 * Word synonyms the vocabulary itself states: two labels of one concept that differ in one word
 * ("directeur des loisirs", "responsable des loisirs") make those words interchangeable there. Made by several concepts, the
 * substitution is a synonym ("directeur" ↔ "responsable", "Leiter" ↔ "Manager", gender forms
 * "directeur" ↔ "directrice"): evidence from the vocabulary's own preferred, alternative and hidden
 * labels, in whatever language it is.
 */
export class LabelSynonyms {
  private readonly byTerm = new Map<number, Synonym[]>();

  constructor(index: SuggestIndex) {
    const { labelConcept } = index.data;
    // Per ordered pair of words (one number: a × 2^22 + b): the concepts making it, counted once each (concepts come in order).
    const count = new Map<number, number>();
    const lastConcept = new Map<number, number>();
    const note = (a: number, b: number, concept: number) => {
      const key = a * PAIR + b;
      if (lastConcept.get(key) === concept) return;
      lastConcept.set(key, concept);
      count.set(key, (count.get(key) ?? 0) + 1);
    };
    // A vocabulary with more terms than pairs can encode finds no synonyms rather than wrong ones.
    let start = index.data.terms.length > PAIR ? labelConcept.length : 0;
    while (start < labelConcept.length) {
      const concept = labelConcept[start]!;
      let end = start;
      while (end < labelConcept.length && labelConcept[end] === concept) end++;
      const words: Int32Array[] = [];
      for (let l = start; l < end; l++) {
        const w = index.labelWords(l);
        if (w.length >= 2 && w.length <= MAX_WORDS) words.push(w);
      }
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 1; j < words.length; j++) {
          const pair = oneWordApart(words[i]!, words[j]!);
          if (!pair) continue;
          note(pair[0], pair[1], concept);
          note(pair[1], pair[0], concept);
        }
      }
      start = end;
    }
    for (const [key, concepts] of count) {
      if (concepts < MIN_CONCEPTS) continue;
      const term = Math.floor(key / PAIR);
      const list = this.byTerm.get(term) ?? [];
      list.push({ id: key % PAIR, strength: Math.min(1, concepts / FULL_SUPPORT) });
      this.byTerm.set(term, list);
    }
    for (const [term, list] of this.byTerm) {
      this.byTerm.set(term, list.sort((a, b) => b.strength - a.strength || a.id - b.id).slice(0, MAX_PER_WORD));
    }
  }

  /** The synonyms of a term (none for most). */
  of(term: number): readonly Synonym[] {
    return this.byTerm.get(term) ?? [];
  }
}

/** The two differing words of two labels that differ in exactly one position (with at least one word shared), else null. */
export function oneWordApart(a: Int32Array, b: Int32Array): [number, number] | null {
  if (a.length !== b.length || a.length < 2) return null;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return null;
    at = i;
  }
  return at < 0 ? null : [a[at]!, b[at]!];
}

const built = new WeakMap<SuggestIndex, LabelSynonyms>();

/** The index's label synonyms, found on first need (titles use them). */
export function labelSynonymsOf(index: SuggestIndex): LabelSynonyms {
  let synonyms = built.get(index);
  if (!synonyms) {
    synonyms = new LabelSynonyms(index);
    built.set(index, synonyms);
  }
  return synonyms;
}

/** Finds the index's label synonyms soon after it loads (a macrotask later), so the first title query does not wait for them. */
export function warmLabelSynonyms(index: SuggestIndex): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      labelSynonymsOf(index);
      resolve();
    }, 0);
    timer.unref?.();
  });
}

/** Whether the index's label synonyms have been found already. */
export const hasLabelSynonyms = (index: SuggestIndex): boolean => built.has(index);
