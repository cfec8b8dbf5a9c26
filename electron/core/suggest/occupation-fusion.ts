import { allowedConcepts } from './filters.js';
import { CONCEPT_TYPES } from './index-data.js';
import { rankPart, type RankWeights } from './ranker.js';
import type { SuggestIndex } from './suggest-index.js';
import { splitExcept } from './title-parts.js';

const OCCUPATION = CONCEPT_TYPES.indexOf('occupation');
const ISCO_GROUP = CONCEPT_TYPES.indexOf('isco-group');
const SKILL_TYPES = { types: ['skill' as const, 'knowledge' as const] };
const FUSION_DEPTH = 50;
const RRF_K = 60;
const TIE_HEAD = 3;

export interface FusionCandidate {
  concept: number;
  score: number;
  bestLabel: number;
}

/** Skill-profile overlap (cosine-like) of each concept with the skills matched in the text. */
export function profileOverlaps(index: SuggestIndex, text: string, concepts: number[], w: RankWeights): Map<number, number> {
  const out = new Map<number, number>();
  const skills = rankPart(index, text, w, allowedConcepts(index, SKILL_TYPES)).hits.slice(0, 60);
  if (!skills.length) return out;
  const matched = new Map(skills.map((s) => [s.concept, s.score / skills[0]!.score]));
  const { profileOffsets, profileIds, profileEssential } = index.data;
  for (const c of concepts) {
    let overlap = 0;
    let norm = 0;
    for (let p = profileOffsets[c]!; p < profileOffsets[c + 1]!; p++) {
      const weight = profileEssential[p] ? 1 : 0.5;
      overlap += weight * (matched.get(profileIds[p]!) ?? 0);
      norm += weight * weight;
    }
    out.set(c, norm ? overlap / Math.sqrt(norm) : 0);
  }
  return out;
}

function rrf(rankings: number[][]): Map<number, number> {
  const fused = new Map<number, number>();
  for (const ranking of rankings) ranking.slice(0, FUSION_DEPTH).forEach((c, i) => fused.set(c, (fused.get(c) ?? 0) + 1 / (RRF_K + i + 1)));
  return fused;
}

const order = (list: FusionCandidate[]) => [...list].sort((a, b) => b.score - a.score).map((h) => h.concept);

/**
 * Reciprocal-rank fusion of title, description and skill-profile rankings (mode 1: instead of the
 * combined score; mode 2: the combined ranking as a fourth voter).
 */
export function fuseOccupations(index: SuggestIndex, text: string, description: string | undefined, title: FusionCandidate[], desc: FusionCandidate[], combined: FusionCandidate[], mode: number, w: RankWeights): void {
  const occ = (l: FusionCandidate[]) => l.filter((h) => index.data.types[h.concept] === OCCUPATION);
  const a = order(occ(title)).slice(0, FUSION_DEPTH);
  const b = order(occ(desc)).slice(0, FUSION_DEPTH);
  const union = [...new Set([...a, ...b])];
  const overlaps = profileOverlaps(index, description?.trim() || text, union, w);
  const c = union.filter((x) => (overlaps.get(x) ?? 0) > 0).sort((x, y) => overlaps.get(y)! - overlaps.get(x)!);
  const rankings = [a, b, c].filter((r) => r.length);
  if (mode === 2) rankings.push(order(occ(combined)).slice(0, FUSION_DEPTH));
  const fused = rrf(rankings);
  for (const h of combined) h.score = fused.get(h.concept) ?? 0;
}

function conceptLabels(index: SuggestIndex, concept: number, anyLabel: number): number[] {
  const lc = index.data.labelConcept;
  let first = anyLabel;
  while (first > 0 && lc[first - 1] === concept) first--;
  const out: number[] = [];
  for (let l = first; l < lc.length && lc[l] === concept; l++) out.push(l);
  return out;
}

/** Label ⊆ title (all content words covered), then share of the title's head phrase the label covers. */
export function coverageTieBreak(index: SuggestIndex, text: string, ranked: FusionCandidate[], ratio: number): void {
  const content = (s: Iterable<string>) => [...s].filter((t) => !index.analyzer.stopwords.has(t));
  const kept = splitExcept(text)[0];
  const titleTerms = new Set(content(index.analyzer.terms(kept)));
  const parts = kept.split(/\s*,\s*|\s+(?:and|or|&)\s+/i).filter((p) => p.trim());
  const head = new Set(content(index.analyzer.terms(parts[parts.length - 1] ?? kept)));
  if (!titleTerms.size) return;
  const top = ranked[0]?.score ?? 0;
  const n = ranked.slice(0, TIE_HEAD).filter((h) => h.score >= top * ratio).length;
  if (n < 2) return;
  const key = (h: FusionCandidate) => {
    if (h.bestLabel < 0) return [0, 0];
    let contained = 0;
    let headCover = 0;
    for (const l of conceptLabels(index, h.concept, h.bestLabel)) {
      const terms = content([...index.labelTerms(l)].map((id) => index.data.terms[id]!));
      if (!terms.length) continue;
      if (terms.every((t) => titleTerms.has(t))) contained = 1;
      if (head.size) headCover = Math.max(headCover, [...head].filter((t) => terms.includes(t)).length / head.size);
    }
    return [contained, headCover];
  };
  const headList = ranked.slice(0, n).map((h) => ({ h, k: key(h) }));
  headList.sort((x, y) => y.k[0]! - x.k[0]! || y.k[1]! - x.k[1]! || y.h.score - x.h.score);
  headList.forEach((x, i) => (ranked[i] = x.h));
}

function iscoGroup(index: SuggestIndex, concept: number): number {
  const { broaderOffsets, broaderIds, types } = index.data;
  let c = concept;
  for (let depth = 0; depth < 10; depth++) {
    let next = -1;
    for (let p = broaderOffsets[c]!; p < broaderOffsets[c + 1]!; p++) {
      const b = broaderIds[p]!;
      if (types[b] === ISCO_GROUP) return b;
      next = b;
    }
    if (next < 0) return -1;
    c = next;
  }
  return -1;
}

/** Among near-tied top candidates, prefer the one whose ISCO group the skill profile votes for. */
export function groupVoteTieBreak(index: SuggestIndex, text: string, description: string | undefined, ranked: FusionCandidate[], ratio: number, w: RankWeights): void {
  const top = ranked[0]?.score ?? 0;
  const n = ranked.slice(0, TIE_HEAD).filter((h) => h.score >= top * ratio).length;
  if (n < 2) return;
  const pool = ranked.slice(0, FUSION_DEPTH).map((h) => h.concept);
  const overlaps = profileOverlaps(index, description?.trim() || text, pool, w);
  const votes = new Map<number, number>();
  for (const c of pool) {
    const g = iscoGroup(index, c);
    if (g >= 0) votes.set(g, (votes.get(g) ?? 0) + (overlaps.get(c) ?? 0));
  }
  const vote = (c: number) => votes.get(iscoGroup(index, c)) ?? 0;
  const head = ranked.slice(0, n).sort((a, b) => vote(b.concept) - vote(a.concept) || b.score - a.score);
  head.forEach((h, i) => (ranked[i] = h));
}
