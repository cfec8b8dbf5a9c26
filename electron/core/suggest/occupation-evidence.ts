import { allowedConcepts } from './filters.js';
import { CONCEPT_TYPES } from './index-data.js';
import { rankPart, type RankWeights } from './ranker.js';
import type { SuggestIndex } from './suggest-index.js';
import { isTitle, splitExcept } from './title-parts.js';

const OCCUPATION = CONCEPT_TYPES.indexOf('occupation');
const ISCO_GROUP = CONCEPT_TYPES.indexOf('isco-group');
const SKILL_TYPES = { types: ['skill' as const, 'knowledge' as const] };
/** Skills matched in the item's text that make up its skill profile. */
const PROFILE_SKILLS = 60;
/** Occupations (best first) compared by skill profile: the text has already found the plausible ones. */
const PROFILE_CANDIDATES = 20;
/** An optional skill says half as much about an occupation as an essential one. */
const OPTIONAL_WEIGHT = 0.5;
/** Only narrower occupations scoring at least this share of the best lift their broader occupation. */
const LIFT_FROM = 0.3;
/** Share of a group's lift reaching the occupations filed under its member occupations. */
const SPECIALISATION_SHARE = 0.5;
/** How far a candidate put ahead of another is ahead (just enough to rank first). */
export const LEAD = 1.001;

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
 *   optional skills (a two-hop "skill profile" through the vocabulary's own relations);
 * - a label that a broader and a narrower occupation both carry names the one whose preferred
 *   label it is, else the narrower one.
 * - an occupation group matching the title lifts the occupations filed under it.
 * Scores change in place; occupations only a group reached are returned (to be added).
 */
export function applyOccupationEvidence(
  index: SuggestIndex,
  text: string,
  description: string | undefined,
  hits: Candidate[],
  w: RankWeights,
  allowed: Uint8Array | null = null,
): Candidate[] {
  const added = isTitle(text) ? liftGroupMembers(index, hits, w.groupLift, allowed) : [];
  const occupations = [...hits, ...added].filter((h) => index.data.types[h.concept] === OCCUPATION);
  if (!occupations.length) return added;
  if (isTitle(text)) {
    penaliseExcluded(index, text, hits, w.excludedFactor);
    liftBroader(index, occupations, w.broaderLift);
  }
  if (w.skillProfile > 0 && index.data.profileIds.length) skillProfile(index, description?.trim() || text, occupations, w);
  if (isTitle(text)) narrowerFirst(index, occupations);
  return added;
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

/** Narrower concepts per concept (the inverse of `broader`), built once per index. */
const narrowerByIndex = new WeakMap<SuggestIndex, number[][]>();

function narrowerOf(index: SuggestIndex): number[][] {
  let narrower = narrowerByIndex.get(index);
  if (!narrower) {
    const { broaderOffsets, broaderIds } = index.data;
    narrower = Array.from({ length: index.conceptCount }, () => []);
    for (let c = 0; c < index.conceptCount; c++) {
      for (let p = broaderOffsets[c]!; p < broaderOffsets[c + 1]!; p++) narrower[broaderIds[p]!]!.push(c);
    }
    narrowerByIndex.set(index, narrower);
  }
  return narrower;
}

/**
 * An occupation group whose label matches the title ("Conducteurs de chariots élévateurs") vouches for the
 * occupations filed under it, whatever their own labels say ("cariste"): each member gets a share of the
 * group's score (its best over the groups it is in), so members the words missed reach the list, and
 * members that also match the words lead; their specialisations get half as much (MELO tune halves: mean MRR
 * 0.575 -> 0.579). The group itself keeps its score.
 */
function liftGroupMembers(index: SuggestIndex, hits: Candidate[], weight: number, allowed: Uint8Array | null): Candidate[] {
  if (weight <= 0) return [];
  const { types } = index.data;
  const groups = hits.filter((h) => types[h.concept] === ISCO_GROUP);
  if (!groups.length) return [];
  const best = Math.max(...hits.map((h) => h.score));
  const narrower = narrowerOf(index);
  const lift = new Map<number, number>();
  for (const g of groups) {
    if (g.score < best * LIFT_FROM) continue;
    for (const member of narrower[g.concept]!) {
      if (types[member] !== OCCUPATION) continue;
      if (!allowed || allowed[member]) lift.set(member, Math.max(lift.get(member) ?? 0, g.score));
      // ESCO files specialisations under an occupation, not under the group: they are members one step further.
      for (const specialisation of narrower[member]!) {
        if (types[specialisation] !== OCCUPATION || (allowed && !allowed[specialisation])) continue;
        lift.set(specialisation, Math.max(lift.get(specialisation) ?? 0, g.score * SPECIALISATION_SHARE));
      }
    }
  }
  const byConcept = new Map(hits.map((h) => [h.concept, h]));
  const added: Candidate[] = [];
  for (const [member, score] of lift) {
    const existing = byConcept.get(member);
    if (existing) existing.score += weight * score;
    else added.push({ concept: member, score: weight * score, bestLabel: -1 });
  }
  return added;
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

/**
 * A broader occupation often lists its narrower occupations' titles among its own labels ("writer":
 * "technical writer"). When a broader and a narrower candidate matched the title by the same label,
 * the one whose preferred label it is comes first, else the narrower (the specific sense).
 */
function narrowerFirst(index: SuggestIndex, occupations: Candidate[]): void {
  const { broaderOffsets, broaderIds, labelText, prefLabels } = index.data;
  const byConcept = new Map(occupations.map((h) => [h.concept, h]));
  const labelOf = (h: Candidate) => (h.bestLabel >= 0 ? labelText[h.bestLabel]!.toLowerCase() : undefined);
  for (const narrower of occupations) {
    const label = labelOf(narrower);
    if (label === undefined) continue;
    for (let p = broaderOffsets[narrower.concept]!; p < broaderOffsets[narrower.concept + 1]!; p++) {
      const broader = byConcept.get(broaderIds[p]!);
      if (!broader || labelOf(broader) !== label) continue;
      const [first, second] = prefLabels[broader.concept]!.toLowerCase() === label ? [broader, narrower] : [narrower, broader];
      if (second.score >= first.score) first.score = second.score * LEAD;
    }
  }
}

/**
 * The occupation a coordinated title names as a whole: "Airline Pilots, Copilots, and Flight
 * Engineers" names three kinds of one occupation, and the crosswalk's match is the occupation
 * they share ("aircraft pilot"), not any one of them. Given the best occupation for each single
 * title inside the title, returns the most specific occupation that is (or is broader than) the
 * best of at least two of them and more than any other, or null.
 */
export function sharedBroaderOccupation(index: SuggestIndex, partBests: readonly number[], allowed: Uint8Array | null): number | null {
  if (partBests.length < 2) return null;
  const { broaderOffsets, broaderIds, types } = index.data;
  const selfAndBroader = (concept: number, out = new Set<number>()): Set<number> => {
    if (types[concept] !== OCCUPATION || out.has(concept)) return out;
    out.add(concept);
    for (let p = broaderOffsets[concept]!; p < broaderOffsets[concept + 1]!; p++) selfAndBroader(broaderIds[p]!, out);
    return out;
  };
  const covered = new Map<number, Set<number>>();
  for (const best of new Set(partBests)) {
    for (const occupation of selfAndBroader(best)) {
      if (allowed && !allowed[occupation]) continue;
      const bests = covered.get(occupation) ?? new Set<number>();
      bests.add(best);
      covered.set(occupation, bests);
    }
  }
  let shared: number | null = null;
  let sharedCount = 1;
  let sharedDepth = 0;
  for (const [occupation, bests] of covered) {
    const depth = selfAndBroader(occupation).size;
    if (bests.size > sharedCount || (bests.size === sharedCount && shared !== null && depth > sharedDepth)) {
      shared = occupation;
      sharedCount = bests.size;
      sharedDepth = depth;
    }
  }
  return shared;
}
