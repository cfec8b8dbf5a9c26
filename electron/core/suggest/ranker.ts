import { compoundParts, joinedTerm, splitCompound } from './compounds.js';
import { allowedItems } from './allowed-items.js';
import { kthLargest } from './kth-largest.js';
import { labelSynonymsOf } from './label-synonyms.js';
import type { SuggestIndex } from './suggest-index.js';

/** The knobs of the ranking method (defaults tuned on the tuning half of the dev sets only). */
export interface RankWeights {
  k1: number;
  b: number;
  /** Label score = BM25 × (coverageFloor + (1 − coverageFloor) × coverage^coveragePower). */
  coverageFloor: number;
  coveragePower: number;
  /** Weight of alternative and hidden labels relative to the preferred label. */
  altWeight: number;
  hiddenWeight: number;
  /** Share of the second-best label of a concept added to its best (several labels agreeing). */
  secondLabel: number;
  /** Weight of the description field. */
  description: number;
  /** Boost when a multi-word label occurs as a phrase in the text. */
  phrase: number;
  /** Boost for matched label words close together in the text. */
  proximity: number;
  /** Boost when the text says exactly the label (all its words, nothing else). */
  exact: number;
  /** Weight of a word one edit away (typo tolerance). */
  typo: number;
  /** Weight of a label word spelled like a word no label has (trigram similarity), times that similarity. */
  ngram: number;
  /** The same for a title's words that labels have too. */
  ngramKnown: number;
  /** Weight of the parts of a compound word that labels also have whole ("Bodenleger" → "Boden", "Leger"). */
  compoundPart: number;
  /** Candidates re-scored with phrase, proximity and exactness. */
  depth: number;
  /** Weight of an item's description (as a second query) relative to its text. */
  descriptionPart: number;
  /** Weight of the concepts' description field when matching an item's description. */
  descriptionToDescription: number;
  /** Weight of the best single title inside a coordinated title ("A, B and C Xs"), relative to the whole. */
  titleParts: number;
  /** Weight of Fuse.js character similarity when re-ranking the head of a short text's list. */
  fuse: number;
  /** Weight of character trigram similarity when re-ranking the head of a title's list (the engine sets 0 for skills only). */
  ngramRerank: number;
  /** Occupations: weight of the skill-profile overlap (skills in the text vs the occupation's skills), relative to the best score. */
  skillProfile: number;
  /** Occupations: share of a narrower occupation's score lifting its broader occupation (for titles). */
  broaderLift: number;
  /**
   * Short texts: weight of a word the vocabulary's labels use for a text's word (see label-synonyms.ts); the engine
   * sets 0 for searches of skills only (tuned on MELO and O*NET tune halves; job-ad sentences lost with it).
   */
  synonym: number;
  /** Titles: share of an occupation group's score lifting the occupations filed under it (see occupation-evidence.ts). */
  groupLift: number;
  /** Score multiplier for labels naming what a title excludes ("…, Except Landscape and Naval"). */
  excludedFactor: number;
  /** Titles: weight of character n-gram similarity fused with the word score (see ngram-fusion.ts). */
  ngramFusion: number;
}

export const DEFAULT_WEIGHTS: RankWeights = {
  k1: 1.2,
  b: 0.75,
  coverageFloor: 0.3,
  coveragePower: 2,
  altWeight: 0.7,
  hiddenWeight: 0.85,
  secondLabel: 0.1,
  description: 0.1,
  phrase: 0.35,
  proximity: 0.2,
  exact: 0.3,
  typo: 0.7,
  ngram: 0.6,
  ngramKnown: 0.15,
  compoundPart: 0.5,
  depth: 200,
  fuse: 0.15,
  ngramRerank: 1,
  titleParts: 0.7,
  descriptionPart: 0.3,
  descriptionToDescription: 2,
  skillProfile: 0.5,
  broaderLift: 0.2,
  groupLift: 0.7,
  synonym: 0.5,
  excludedFactor: 0.3,
  ngramFusion: 1,
};

/** One analysed query text with its weight (an item's label counts more than its description). */
export interface QueryPart {
  text: string;
  weight: number;
}

export interface QueryTerm {
  id: number;
  /** 1, or the typo weight for a term reached by one edit. */
  weight: number;
  positions: number[];
  /**
   * Only a part of the text's compound words that labels have whole ("level" of "multi-level"): it matches labels that
   * have it as a word ("entry level"), not as a part of a compound, where the whole word already matched.
   */
  wordsOnly: boolean;
}

export interface RankedConcept {
  concept: number;
  score: number;
  /** Best-matching label of the concept, or −1 when only the description matched. */
  bestLabel: number;
}

export interface RankOutput {
  hits: RankedConcept[];
  /** Upper bound of the score of a perfect match, for 0..1 display scores. */
  ideal: number;
  terms: QueryTerm[];
}

/** Weight of a term the text writes as two words, or as one, where labels do the opposite. */
const COMPOUND_WEIGHT = 0.85;

/** Trigram similarity a label word needs to stand in for a word no label has, and how many may. */
const NGRAM_MIN = 0.5;
const NGRAM_TERMS = 3;
/** Texts of at most this many words are titles: each of their words may stand for label words spelled alike. */
const SHORT_TEXT = 8;

/** Function words are in this many labels or more (ESCO: "of", "in", "and", "the"). */
const FUNCTION_WORD_POSTINGS = 3000;

function postingCount(postings: { offsets: Int32Array }, id: number): number {
  return postings.offsets[id + 1]! - postings.offsets[id]!;
}

/** Query terms of one text: index term ids with their positions; unknown words via one-edit neighbours and compounds. */
export function queryTerms(
  index: SuggestIndex,
  text: string,
  w: Pick<RankWeights, 'typo' | 'ngram' | 'ngramKnown' | 'compoundPart' | 'synonym'>,
): { terms: QueryTerm[]; length: number } {
  const byId = new Map<number, QueryTerm>();
  const tokens = index.analyzer.tokens(text);
  const short = tokens.length <= SHORT_TEXT;
  let position = 0;
  let last = -1;
  let wholeKnown = false;
  tokens.forEach((token, i) => {
    // Parts of a compound ("node" of "node.js") share the compound's position.
    if (token.start >= last) position++;
    last = Math.max(last, token.end);
    const add = (id: number, weight: number, wordsOnly = false) => {
      const existing = byId.get(id);
      if (existing) {
        existing.positions.push(position);
        // The strongest way the text reaches the term says where it counts (a title's look-alike words reach it weakly).
        if (wordsOnly && weight > existing.weight) existing.wordsOnly = true;
        else if (!wordsOnly && weight >= existing.weight) existing.wordsOnly = false;
        existing.weight = Math.max(existing.weight, weight);
      } else byId.set(id, { id, weight, positions: [position], wordsOnly });
    };
    const id = index.termIds.get(token.term);
    if (!token.part) wholeKnown = index.inLabels(id);
    // An elided article's word ("d'entretien") is the word itself.
    if (id !== undefined) add(id, 1, Boolean(token.part) && wholeKnown && !/['’]/u.test(text[token.start - 1] ?? ''));
    // A title's words also reach the words the vocabulary's own labels use for them ("responsable", "directeur").
    if (short && id !== undefined && !token.part && w.synonym > 0) {
      for (const synonym of labelSynonymsOf(index).of(id)) add(synonym.id, w.synonym * synonym.strength);
    }
    const word = text.slice(token.start, token.end);
    const known = index.inLabels(id);
    // German, Dutch, Nordic compounds: "Traktorführer" is also found by labels with "Führer".
    const parts = token.part ? null : compoundParts(index, word);
    for (const part of parts ?? []) add(part, known ? w.compoundPart : COMPOUND_WEIGHT);
    // A word no label has (unknown, or only in descriptions, where typos live too) may be a typo of
    // one that labels have, or two words that labels write apart ("skincare", "skin care").
    if (!known) {
      let found = Boolean(parts);
      for (const near of index.nearTerms(token.term)) {
        if (!index.inLabels(near)) continue;
        add(near, w.typo);
        found = true;
      }
      const pair = parts ? null : splitCompound(index, word);
      if (pair) {
        add(pair[0], COMPOUND_WEIGHT);
        position++;
        add(pair[1], COMPOUND_WEIGHT);
        found = true;
      }
      // Still nothing: label words spelled alike (inflections, derivations, spelling variants).
      // Titles only: in a sentence other words carry the match, and the lookup costs time per word.
      if (!found && w.ngram > 0 && !token.part && short) {
        for (const similar of index.similarTerms(token.term, NGRAM_MIN, NGRAM_TERMS)) add(similar.id, w.ngram * similar.similarity);
      }
    } else if (short && w.ngramKnown > 0 && !token.part && index.termWeight[id]! >= 1) {
      // A title's words also reach label words spelled alike ("Horticulteur", "horticole").
      for (const similar of index.similarTerms(token.term, NGRAM_MIN, NGRAM_TERMS)) add(similar.id, w.ngramKnown * similar.similarity);
    }
    // Two words of the text that labels write as one ("motor boat", "motorboat").
    const next = tokens[i + 1];
    if (next && /^\s+$/.test(text.slice(token.end, next.start))) {
      const joined = joinedTerm(index, word, text.slice(next.start, next.end));
      if (joined !== null) add(joined, COMPOUND_WEIGHT);
    }
  });
  return { terms: [...byId.values()], length: position };
}

/**
 * Adds a term that counts only where a label has it as a word (QueryTerm.wordsOnly), skipping its part-only postings;
 * a loop of its own keeps that check out of rankPart's hot loops. `onlyTouched`: a function word, adding only to labels
 * other words reached.
 */
function addWordPostings(
  s: Scratch,
  labels: SuggestIndex['labels'],
  id: number,
  idf: number,
  postingWeight: Float64Array,
  labelAllowed: Int32Array | null,
  onlyTouched: boolean,
): void {
  const { touchedBits } = s;
  const acc = s.labelRecords;
  for (let p = labels.offsets[id]!; p < labels.offsets[id + 1]!; p++) {
    if (labels.partOnly[p]) continue;
    const l = labels.docs[p]!;
    const touched = (touchedBits[l >> 5]! & (1 << (l & 31))) !== 0 && acc[4 * l] !== 0;
    if (onlyTouched ? !touched : labelAllowed !== null && (labelAllowed[l >> 5]! & (1 << (l & 31))) === 0) continue;
    if (acc[4 * l] === 0) touchedBits[l >> 5]! |= 1 << (l & 31);
    acc[4 * l]! += idf * postingWeight[p]!;
    acc[4 * l + 1]! += idf;
  }
}

interface Scratch {
  /**
   * One bit per label a query's words reached (16 KB for ESCO's 134,000 labels): function words check it before a label's
   * record, and the reached labels are scored in label order (concept order too), not in the order reached.
   */
  touchedBits: Int32Array;
  /**
   * Per label, side by side (one memory read for all): BM25 sum at 4l, matched idf mass at 4l + 1 (these two are the
   * query's), the denominator of its coverage at 4l + 2 and its concept × 4 + kind at 4l + 3 (both exact in float32).
   */
  labelRecords: Float32Array;
  touchedConcepts: Int32Array;
  /** Per concept mask seen: one bit per label whose concept passes the filters (allowed-items.ts). */
  labelAllowed: WeakMap<Uint8Array, Int32Array>;
  /**
   * Per concept, side by side (one memory read): at 4c its best label score, 4c + 1 the second best, 4c + 2 its
   * description score (these three rounded to float32, as they were kept before), 4c + 3 its best label or −1.
   */
  concepts: Float64Array;
  /** The concepts kept for ranking (in the order reached), with their scores and best labels. */
  keptConcepts: Int32Array;
  keptScores: Float32Array;
  keptLabels: Int32Array;
  /** Per term, its index among the query's terms while candidates are re-scored, else −1. */
  querySlots: Int32Array;
  /**
   * For the k1 and b they were computed with: per label posting, its BM25 weight but the idf, tf × (k1 + 1) / (tf + the
   * label's length normalisation), read in posting order where the label's normalisation would be a read anywhere; per
   * description, its length normalisation.
   */
  norms?: { k1: number; b: number; postings: Float64Array; descriptions: Float64Array };
}

/** k1 × (1 − b + b × length / average length) per document: the same numbers every query computes. */
function normsFor(s: Scratch, index: SuggestIndex, k1: number, b: number): NonNullable<Scratch['norms']> {
  if (s.norms?.k1 === k1 && s.norms.b === b) return s.norms;
  // A loop, not Float64Array.from with a function: that calls it per document (28 ms of a first search for ESCO en).
  const of = ({ docLength, avgLength }: { docLength: Float32Array; avgLength: number }) => {
    const norms = new Float64Array(docLength.length);
    for (let d = 0; d < docLength.length; d++) norms[d] = k1 * (1 - b + (b * docLength[d]!) / avgLength);
    return norms;
  };
  const labelNorms = of(index.labels);
  const { docs, tf } = index.labels;
  const postings = new Float64Array(docs.length);
  for (let p = 0; p < docs.length; p++) postings[p] = (tf[p]! * (k1 + 1)) / (tf[p]! + labelNorms[docs[p]!]!);
  s.norms = { k1, b, postings, descriptions: of(index.descriptions) };
  return s.norms;
}

const scratchByIndex = new WeakMap<SuggestIndex, Scratch>();

function newLabelRecords(index: SuggestIndex): Float32Array {
  const { labelConcept, labelKind } = index.data;
  const records = new Float32Array(labelConcept.length * 4);
  for (let l = 0; l < labelConcept.length; l++) {
    records[4 * l + 2] = index.labelMass[l]! || 1;
    records[4 * l + 3] = labelConcept[l]! * 4 + labelKind[l]!;
  }
  return records;
}

/** Concept records with no score and no best label (−1). */
function noConcepts(count: number): Float64Array {
  const records = new Float64Array(count * 4);
  for (let c = 0; c < count; c++) records[4 * c + 3] = -1;
  return records;
}

function scratchFor(index: SuggestIndex): Scratch {
  let s = scratchByIndex.get(index);
  if (!s) {
    const labels = index.data.labelConcept.length;
    const concepts = index.conceptCount;
    s = {
      touchedBits: new Int32Array(Math.ceil(labels / 32)),
      labelRecords: newLabelRecords(index),
      // A concept is listed once per label or description that reaches it while it has no score yet (rarely twice).
      touchedConcepts: new Int32Array(labels + concepts),
      labelAllowed: new WeakMap(),
      concepts: noConcepts(concepts),
      keptConcepts: new Int32Array(concepts),
      keptScores: new Float32Array(concepts),
      keptLabels: new Int32Array(concepts),
      querySlots: new Int32Array(index.data.terms.length).fill(-1),
    };
    scratchByIndex.set(index, s);
  }
  return s;
}

/**
 * Scores one query text against every label and description: BM25 per label weighted by how much
 * of the label the text covers, best label per concept, description as a weaker field; then the
 * top candidates are re-scored with phrase, proximity and exact-match evidence.
 */
export function rankPart(index: SuggestIndex, text: string, w: RankWeights, allowed: Uint8Array | null): RankOutput {
  const { terms, length } = queryTerms(index, text, w);
  const s = scratchFor(index);
  const { labels, descriptions, termWeight } = index;
  // Preallocated per index: a sentence touches tens of thousands of labels.
  const { touchedBits } = s;
  const touchedConcepts = s.touchedConcepts;
  let conceptCount = 0;
  const { labelConcept } = index.data;
  const labelAllowed = allowed && allowedItems(s.labelAllowed, labelConcept, allowed);
  let ideal = 0;
  // Rare words first: they touch the labels worth scoring; function words ("of", "and"), found in
  // thousands of labels, then only add to labels already touched — in a long text too, where they
  // used to touch labels of their own once the text had reached more labels than they are in.
  const ordered = [...terms].sort((a, b) => postingCount(labels, a.id) - postingCount(labels, b.id));
  const norms = normsFor(s, index, w.k1, w.b);
  const postingWeight = norms.postings;
  const acc = s.labelRecords;
  for (const { id, weight, wordsOnly } of ordered) {
    const idf = labels.idf[id]! * termWeight[id]! * weight;
    const unitNorm = w.k1 * (1 - w.b + (w.b * Math.max(1, length)) / labels.avgLength);
    const count = postingCount(labels, id);
    // Words no label has cannot be matched by any label: they do not raise the bar.
    if (count > 0) ideal += (idf * (w.k1 + 1)) / (1 + unitNorm);
    const functionWord = termWeight[id]! < 1 && count > FUNCTION_WORD_POSTINGS;
    if (wordsOnly) {
      addWordPostings(s, labels, id, idf, postingWeight, labelAllowed, functionWord);
      continue;
    }
    if (functionWord) {
      // Its postings in order (memory read front to back) rather than each touched label's words (read here and there).
      const end = labels.offsets[id + 1]!;
      for (let p = labels.offsets[id]!; p < end; p++) {
        const l = labels.docs[p]!;
        // Most are labels no other word reached: the bitset (in the CPU's cache) says so without reading their records.
        if ((touchedBits[l >> 5]! & (1 << (l & 31))) === 0 || acc[4 * l] === 0) continue;
        acc[4 * l]! += idf * postingWeight[p]!;
        acc[4 * l + 1]! += idf;
      }
      continue;
    }
    // The hot loop (a sentence's words reach tens of thousands of labels): typed arrays only, nothing allocated.
    const end = labels.offsets[id + 1]!;
    for (let p = labels.offsets[id]!; p < end; p++) {
      const l = labels.docs[p]!;
      if (labelAllowed !== null && (labelAllowed[l >> 5]! & (1 << (l & 31))) === 0) continue;
      if (acc[4 * l] === 0) touchedBits[l >> 5]! |= 1 << (l & 31);
      acc[4 * l]! += idf * postingWeight[p]!;
      acc[4 * l + 1]! += idf;
    }
  }
  const kindWeight = [1, w.altWeight, w.hiddenWeight];
  const cs = s.concepts;
  for (let word = 0; word < touchedBits.length; word++) {
    let bits = touchedBits[word]!;
    if (bits === 0) continue;
    touchedBits[word] = 0;
    while (bits !== 0) {
      const l = (word << 5) + 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      const coverage = Math.min(1, acc[4 * l + 1]! / acc[4 * l + 2]!);
      const conceptKind = acc[4 * l + 3]!;
      // Math.pow is a call each time; the shipped power is 2.
      const covered = w.coveragePower === 2 ? coverage * coverage : coverage ** w.coveragePower;
      const score = acc[4 * l]! * (w.coverageFloor + (1 - w.coverageFloor) * covered) * kindWeight[conceptKind & 3]!;
      acc[4 * l] = 0;
      acc[4 * l + 1] = 0;
      const c = conceptKind >> 2;
      const o = 4 * c;
      if (cs[o + 3] === -1 && cs[o + 2] === 0) touchedConcepts[conceptCount++] = c;
      if (score > cs[o]!) {
        cs[o + 1] = cs[o]!;
        cs[o] = Math.fround(score);
        cs[o + 3] = l;
      } else if (score > cs[o + 1]!) cs[o + 1] = Math.fround(score);
    }
  }
  if (w.description > 0) {
    for (const { id, weight } of terms) {
      // Stop words say little about a description and are in most of them.
      if (termWeight[id]! < 1) continue;
      const idf = descriptions.idf[id]! * termWeight[id]! * weight;
      for (let p = descriptions.offsets[id]!; p < descriptions.offsets[id + 1]!; p++) {
        const c = descriptions.docs[p]!;
        if (allowed && !allowed[c]) continue;
        const tf = descriptions.tf[p]!;
        const norm = norms.descriptions[c]!;
        const o = 4 * c;
        if (cs[o + 3] === -1 && cs[o + 2] === 0) touchedConcepts[conceptCount++] = c;
        cs[o + 2] = Math.fround(cs[o + 2]! + (idf * tf * (w.k1 + 1)) / (tf + norm));
      }
    }
  }
  let max = 0;
  for (let i = 0; i < conceptCount; i++) {
    const c = touchedConcepts[i]!;
    const o = 4 * c;
    cs[o] = Math.fround(cs[o]! + w.secondLabel * cs[o + 1]! + w.description * cs[o + 2]!);
    max = Math.max(max, cs[o]!);
  }
  // Most candidates share one weak word with the text: no need to rank them.
  let kept = 0;
  const { keptConcepts, keptScores, keptLabels } = s;
  for (let i = 0; i < conceptCount; i++) {
    const c = touchedConcepts[i]!;
    const o = 4 * c;
    if (cs[o]! >= max * 0.05) {
      keptConcepts[kept] = c;
      keptScores[kept] = cs[o]!; // float32 already
      keptLabels[kept++] = cs[o + 3]!;
    }
    cs[o] = 0;
    cs[o + 1] = 0;
    cs[o + 2] = 0;
    cs[o + 3] = -1;
  }
  const top = bestKept(s, kept, w.depth);
  const slots = s.querySlots;
  terms.forEach((t, i) => (slots[t.id] = i));
  for (const hit of top) if (hit.bestLabel >= 0) hit.score *= sentenceEvidence(index, hit.bestLabel, terms, slots, w);
  for (const t of terms) slots[t.id] = -1;
  top.sort((a, b) => b.score - a.score);
  // A perfect match: every word, as a phrase, exactly (agreeing further labels may lift a score past it).
  return { hits: top, ideal: ideal * (1 + w.phrase) * (1 + w.exact), terms };
}

/**
 * Phrase, proximity and exactness of a label within the text, as a multiplier ≥ 1: "work in
 * teams" inside "… able to work in teams …" beats the same words scattered over a long sentence.
 * `slots` gives each query term's index in `terms` (−1 for others): this runs for every re-scored candidate, so it reads
 * the label's words in place and allocates nothing.
 */
function sentenceEvidence(index: SuggestIndex, label: number, terms: readonly QueryTerm[], slots: Int32Array, w: RankWeights): number {
  const { labelTermIds: ids, labelTermOffsets, labelTermParts: parts } = index.data;
  const start = labelTermOffsets[label]!;
  const end = labelTermOffsets[label + 1]!;
  // The label's words (parts of its compound words left out), distinct ones and those the text has, counted in place.
  let words = 0;
  let distinct = 0;
  let matched = 0;
  for (let p = start; p < end; p++) {
    if (parts[p]) continue;
    words++;
    if (repeatsEarlierWord(ids, parts, start, p)) continue;
    distinct++;
    if (slots[ids[p]!]! >= 0) matched++;
  }
  let factor = 1;
  if (matched === distinct && distinct === terms.length) factor *= 1 + w.exact;
  if (matched < 2) return factor;
  if (matched === words && isPhrase(ids, parts, start, end, terms, slots)) return factor * (1 + w.phrase);
  const lists = windowLists;
  lists.length = 0;
  for (let p = start; p < end; p++) {
    const slot = slots[ids[p]!]!;
    if (!parts[p] && slot >= 0 && !repeatsEarlierWord(ids, parts, start, p)) lists.push(terms[slot]!.positions);
  }
  return factor * (1 + w.proximity * (matched / smallestWindow(lists)) * (matched / distinct));
}

/** The position lists of one candidate's matched words (reused: one candidate at a time). */
const windowLists: number[][] = [];

function repeatsEarlierWord(ids: Int32Array, parts: Uint8Array, start: number, p: number): boolean {
  for (let q = start; q < p; q++) if (!parts[q] && ids[q] === ids[p]) return true;
  return false;
}

/** Every word of the label (all matched) at consecutive positions of the text, starting at one of its first word's. */
function isPhrase(ids: Int32Array, parts: Uint8Array, start: number, end: number, terms: readonly QueryTerm[], slots: Int32Array): boolean {
  let first = start;
  while (parts[first]) first++;
  for (const at of terms[slots[ids[first]!]!]!.positions) {
    let offset = 0;
    let all = true;
    for (let p = first; p < end && all; p++) {
      if (parts[p]) continue;
      all = terms[slots[ids[p]!]!]!.positions.includes(at + offset);
      offset++;
    }
    if (all) return true;
  }
  return false;
}

/**
 * Length of the shortest span of positions holding one position from every list (each ascending): the smallest of the
 * spans from each list's current position, moving on the list whose position is smallest each time.
 */
export function smallestWindow(lists: readonly number[][]): number {
  const heads = windowHeads;
  for (let i = 0; i < lists.length; i++) heads[i] = 0;
  let best = Infinity;
  for (;;) {
    let min = Infinity;
    let max = -Infinity;
    let lowest = 0;
    for (let i = 0; i < lists.length; i++) {
      const at = lists[i]![heads[i]!]!;
      if (at < min) {
        min = at;
        lowest = i;
      }
      if (at > max) max = at;
    }
    best = Math.min(best, max - min + 1);
    if (++heads[lowest]! === lists[lowest]!.length) return best;
  }
}

const windowHeads: number[] = [];

/**
 * The `depth` best of the kept candidates, best first, ties in the order they were reached (what a stable sort of all
 * of them gives); only those become objects (a sentence keeps thousands).
 */
function bestKept(s: Scratch, kept: number, depth: number): RankedConcept[] {
  const { keptConcepts, keptScores, keptLabels } = s;
  const floor = kthLargest(keptScores.slice(0, kept), depth);
  let above = 0;
  for (let i = 0; i < kept; i++) if (keptScores[i]! > floor) above++;
  let ties = depth - above;
  const top: RankedConcept[] = [];
  for (let i = 0; i < kept; i++) {
    const score = keptScores[i]!;
    if (score > floor || (score === floor && ties-- > 0)) top.push({ concept: keptConcepts[i]!, score, bestLabel: keptLabels[i]! });
  }
  return top.sort((a, b) => b.score - a.score);
}
