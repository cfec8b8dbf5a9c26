import { vectorCosine } from './char-ngrams.js';
import { fusePattern, fuseScore } from './fuse-score.js';
import type { RankedConcept } from './ranker.js';
import type { SuggestIndex } from './suggest-index.js';

/** Only short texts (labels, titles) are re-ranked: for sentences character similarity says little. */
const MAX_WORDS = 4;
/** Candidates looked at: the head is what character similarity may reorder. */
const SHORTLIST = 30;

/**
 * Re-ranks the head of a short query's list with Fuse.js's similarity (fuse-score.ts) between the query and
 * each candidate's labels: variants BM25 cannot see (spelling variants, word order, hyphenation).
 */
export function fuseRerank(index: SuggestIndex, text: string, hits: RankedConcept[], weight: number): RankedConcept[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (weight <= 0 || words.length === 0 || words.length > MAX_WORDS || text.length > 60 || hits.length < 2) return hits;
  const head = hits.slice(0, SHORTLIST);
  const pattern = fusePattern(text.slice(0, 32));
  const best = new Map<number, number>();
  const note = (hit: number, label: string) => {
    const score = fuseScore(pattern, label);
    if (score !== undefined) best.set(hit, Math.max(best.get(hit) ?? 0, 1 - score));
  };
  head.forEach((h, i) => {
    let first = h.bestLabel;
    while (first > 0 && index.data.labelConcept[first - 1] === h.concept) first--;
    for (let l = first; l >= 0 && l < index.data.labelConcept.length && index.data.labelConcept[l] === h.concept; l++)
      note(i, index.data.labelText[l]!);
    if (h.bestLabel < 0) note(i, index.data.prefLabels[h.concept]!);
  });
  const reranked = head.map((h, i) => ({ ...h, score: h.score * (1 + weight * (best.get(i) ?? 0)) }));
  return [...reranked.sort((a, b) => b.score - a.score), ...hits.slice(SHORTLIST)];
}

/** Titles up to this many words are re-ranked by character n-grams. */
const NGRAM_MAX_WORDS = 8;
const NGRAM_SHORTLIST = 50;

/**
 * Re-ranks the head of a title's list by the character trigram similarity (cosine) of the title
 * and the candidate's closest label: where stems tie ("Acteur" and "Acteurs" stem alike) or words
 * differ only in part ("Lackiertechniker", "Lackierer"), the label spelled most like the title wins.
 */
export function ngramRerank(index: SuggestIndex, text: string, hits: RankedConcept[], weight: number): RankedConcept[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (weight <= 0 || words.length === 0 || words.length > NGRAM_MAX_WORDS || hits.length < 2) return hits;
  const query = index.trigramIds.vector(text);
  const head = hits.slice(0, NGRAM_SHORTLIST).map((h) => {
    let first = h.bestLabel >= 0 ? h.bestLabel : -1;
    while (first > 0 && index.data.labelConcept[first - 1] === h.concept) first--;
    let best = first < 0 ? vectorCosine(query, index.prefLabelTrigrams(h.concept)) : 0;
    for (let l = first; l >= 0 && l < index.data.labelConcept.length && index.data.labelConcept[l] === h.concept; l++) {
      best = Math.max(best, vectorCosine(query, index.labelTrigrams(l)));
    }
    return { ...h, score: h.score * (1 + weight * best) };
  });
  return [...head.sort((a, b) => b.score - a.score), ...hits.slice(NGRAM_SHORTLIST)];
}
