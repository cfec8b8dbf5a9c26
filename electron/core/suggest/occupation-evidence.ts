import { allowedConcepts } from './filters.js';
import { CONCEPT_TYPES } from './index-data.js';
import { rankPart, type RankWeights } from './ranker.js';
import type { SuggestIndex } from './suggest-index.js';
import { isTitle, splitExcept } from './title-parts.js';

const OCCUPATION = CONCEPT_TYPES.indexOf('occupation');
const SKILL_TYPES = { types: ['skill' as const, 'knowledge' as const] };
/** Skills matched in the item's text that make up its skill profile. */
const PROFILE_SKILLS = 60;
/** Occupations (best first) compared by skill profile: the text has already found the plausible ones. */
const PROFILE_CANDIDATES = 20;
/** An optional skill says half as much about an occupation as an essential one. */
const OPTIONAL_WEIGHT = 0.5;
/** Only narrower occupations scoring at least this share of the best lift their broader occupation. */
const LIFT_FROM = 0.3;

/** A candidate of the text ranking whose score the evidence below adjusts. */
export interface Candidate {
  concept: number;
  score: number;
  bestLabel: number;
}

/**
 * Evidence beyond label matching for occupation candidates (titles of another classification, such
 * as O*NET or a national list, are broader than most ESCO occupations and say most in their
 * description):
 * - a title's exclusion clause ("Architects, Except Landscape and Naval") lowers labels naming
 *   what is excluded, instead of matching them;
 * - a broader occupation is lifted by its narrower ones that match the title well (the title names
 *   the family, not one specialisation);
 * - the skills the item's description asks for are matched against each occupation's essential and
 *   optional skills (a two-hop "skill profile" through the vocabulary's own relations).
 * Scores change in place.
 */
export function applyOccupationEvidence(index: SuggestIndex, text: string, description: string | undefined, hits: Candidate[], w: RankWeights): void {
  const occupations = hits.filter((h) => index.data.types[h.concept] === OCCUPATION);
  if (!occupations.length) return;
  if (isTitle(text)) {
    penaliseExcluded(index, text, hits, w.excludedFactor);
    liftBroader(index, occupations, w.broaderLift);
  }
  if (w.skillProfile > 0 && index.data.profileIds.length) skillProfile(index, description?.trim() || text, occupations, w);
}

function penaliseExcluded(index: SuggestIndex, text: string, hits: Candidate[], factor: number): void {
  const [kept, excludedText] = splitExcept(text);
  if (!excludedText || factor >= 1) return;
  const keptTerms = new Set(index.analyzer.terms(kept));
  const excluded = new Set(index.analyzer.terms(excludedText).filter((t) => !keptTerms.has(t) && !index.analyzer.stopwords.has(t)));
  if (!excluded.size) return;
  for (const h of hits) {
    if (h.bestLabel >= 0 && [...index.labelTerms(h.bestLabel)].some((id) => excluded.has(index.data.terms[id]!))) h.score *= factor;
  }
}

function liftBroader(index: SuggestIndex, occupations: Candidate[], weight: number): void {
  if (weight <= 0) return;
  const { broaderOffsets, broaderIds, types } = index.data;
  const best = Math.max(...occupations.map((h) => h.score));
  const lift = new Map<number, number>();
  for (const h of occupations) {
    if (h.score < best * LIFT_FROM) continue;
    for (let p = broaderOffsets[h.concept]!; p < broaderOffsets[h.concept + 1]!; p++) {
      const broader = broaderIds[p]!;
      if (types[broader] === OCCUPATION) lift.set(broader, Math.max(lift.get(broader) ?? 0, h.score));
    }
  }
  for (const h of occupations) h.score += weight * (lift.get(h.concept) ?? 0);
}

/** Cosine-like overlap of the skills matched in the text with each candidate's skill profile, added relative to the best score. */
function skillProfile(index: SuggestIndex, text: string, occupations: Candidate[], w: RankWeights): void {
  const skills = rankPart(index, text, w, allowedConcepts(index, SKILL_TYPES)).hits.slice(0, PROFILE_SKILLS);
  if (!skills.length) return;
  const matched = new Map(skills.map((s) => [s.concept, s.score / skills[0]!.score]));
  const head = [...occupations].sort((a, b) => b.score - a.score).slice(0, PROFILE_CANDIDATES);
  const { profileOffsets, profileIds, profileEssential } = index.data;
  const overlaps = head.map((h) => {
    let overlap = 0;
    let norm = 0;
    for (let p = profileOffsets[h.concept]!; p < profileOffsets[h.concept + 1]!; p++) {
      const weight = profileEssential[p] ? 1 : OPTIONAL_WEIGHT;
      overlap += weight * (matched.get(profileIds[p]!) ?? 0);
      norm += weight * weight;
    }
    return norm ? overlap / Math.sqrt(norm) : 0;
  });
  const max = Math.max(...overlaps);
  if (max <= 0) return;
  const top = head[0]!.score;
  head.forEach((h, i) => (h.score += (w.skillProfile * top * overlaps[i]!) / max));
}
