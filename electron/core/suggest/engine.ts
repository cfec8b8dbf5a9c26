import type { SuggestFilters, SuggestionCandidate, SuggestionWhy } from '../../../shared/domain/suggestion.js';
import type { ConceptType } from '../../../shared/domain/vocabulary.js';
import shippedCalibration from '../../../data/suggest-calibration.json';
import { calibrate, parseModels, type CalibrationModels } from './calibration.js';
import type { DecisionEvidence, DecisionMemory, MappingRelation } from './decisions.js';
import type { ProjectCalibration } from './project-calibration.js';
import type { DenseRescorer } from './dense/fusion.js';
import { ExplainedQuery, explainMatch } from './explain.js';
import { allowedConcepts } from './filters.js';
import { CONCEPT_TYPES } from './index-data.js';
import { applyOccupationEvidence, LEAD, sharedBroaderOccupation } from './occupation-evidence.js';
import { fuseNgrams } from './ngram-fusion.js';
import { rankPart, DEFAULT_WEIGHTS, type RankWeights } from './ranker.js';
import { fuseRerank, ngramRerank } from './rerank.js';
import { hasPluralHead, titleParts, withoutGenderMarker } from './title-parts.js';
import type { SuggestIndex } from './suggest-index.js';

export interface EngineQuery {
  /** The text to match (a learning outcome, a concept label). */
  text: string;
  /** Further text (an item's description), matched with a lower weight. */
  description?: string;
  top: number;
  filters?: SuggestFilters;
  /** Project decisions: accepted / imported examples lift their targets. */
  memory?: DecisionMemory;
  /** Targets this item rejected: ranked lower. */
  rejected?: ReadonlySet<string>;
  /** The item asked about (its own decisions are not evidence for itself). */
  sourceItemId?: number;
  /** The project's accept / reject counts per score bin: refine the displayed probabilities. */
  projectCalibration?: ProjectCalibration;
  /** The optional neural level (issue 14): fuses a sentence-embedding similarity into each index's candidates. */
  dense?: DenseRescorer;
  /**
   * Candidates carry their explanation as a thunk (see `explained`) and an empty `why` until then: a caller that
   * merges several lists (searchDecomposed) explains only the candidates it keeps.
   */
  deferExplain?: boolean;
  /**
   * A fragment of an outcome (a skill statement or a noun phrase cut out of a sentence), not a title: the signals for
   * titles — Fuse.js and character n-gram re-ranking, n-gram fusion, coordinated-title parts — are left out. With them,
   * decomposition ranked worse on the tune halves (house RP@5 .424 → .385) and took twice the time.
   */
  fragment?: boolean;
}

/** The explanation a candidate of a `deferExplain` search builds on demand. */
export const EXPLAIN = Symbol('explain');
export type DeferredCandidate = SuggestionCandidate & { [EXPLAIN]?: () => SuggestionWhy };
const NOT_EXPLAINED: SuggestionWhy = Object.freeze({ labels: [], terms: [], queryRanges: [], coverage: 0 }) as SuggestionWhy;

/** The candidate with its explanation built (a candidate of an ordinary search as it is). */
export function explained<T extends DeferredCandidate>(candidate: T): T {
  const explain = candidate[EXPLAIN];
  if (!explain) return candidate;
  const { [EXPLAIN]: _, ...rest } = candidate;
  return { ...rest, why: explain() } as T;
}

/** Fitted by `npm run bench -- calibration` on the gold dev sets. */
const SHIPPED_MODELS = parseModels(shippedCalibration);

/** How far accepted examples lift a target, relative to the best text score. */
const DECISION_LIFT = 1.2;
/** Score multiplier for a target the item rejected. */
const REJECTED_FACTOR = 0.1;
/**
 * Candidates a fragment's ranking re-scores with phrase and proximity evidence (a text's: RankWeights.depth, 200): twice
 * the 30 its list keeps, as a fragment has no title re-ranking to reach further down. At 30, 60 and 100 every
 * decomposed top-10 list of the 136 bench sentences was the one depth 200 gives; fragments rank in 80 % of the time.
 */
const FRAGMENT_DEPTH = 60;

interface Scored {
  index: SuggestIndex;
  concept: number;
  /** 0..1 display score. */
  score: number;
  bestLabel: number;
  /** The text score before decision lifts (what the calibration model was fitted on). */
  textScore?: number;
  decision?: { accepted: number; imported: number; examples: string[]; strength: number; relation?: MappingRelation };
  rejected?: boolean;
}

/**
 * Suggestion candidates from one or more vocabulary indexes (all in the query's language): text
 * ranking per index, scores made comparable (0..1 of a perfect match), project decisions applied,
 * and each candidate explained.
 */
export class SuggestEngine {
  constructor(
    readonly indexes: SuggestIndex[],
    private readonly weights: RankWeights = DEFAULT_WEIGHTS,
    private readonly calibration: CalibrationModels = SHIPPED_MODELS,
  ) {}

  search(query: EngineQuery): DeferredCandidate[] {
    const scored: Scored[] = [];
    const explainTerms = new Map<SuggestIndex, Set<number>>();
    const depth = Math.max(query.top * 3, 30);
    const text = withoutGenderMarker(query.text);
    // Label synonyms and the character trigram re-ranking are titles' signals: searches for skills only (job-ad sentences)
    // lost with them (re-ranking off: tech tune MRR .684 → .691, held back .740 → .763; RP@5 and house unchanged).
    const wanted = query.filters?.types;
    const textWeights =
      wanted?.length && !wanted.some((t) => t === 'occupation' || t === 'isco-group')
        ? { ...this.weights, synonym: 0, ngramRerank: 0 }
        : this.weights;
    const weights = query.fragment ? { ...textWeights, depth: FRAGMENT_DEPTH } : textWeights;
    // Indexes of one language share the decided examples that support the text.
    const evidenceByLanguage = new Map<string, DecisionEvidence[]>();
    for (const index of this.indexes) {
      if (query.filters?.vocabularyIds?.length && !query.filters.vocabularyIds.includes(index.data.vocabularyId)) continue;
      const allowed = allowedConcepts(index, query.filters);
      const main = rankPart(index, text, weights, allowed);
      const ideal = main.ideal || 1;
      const terms = new Set(main.terms.map((t) => t.id));
      explainTerms.set(index, terms);
      const byConcept = new Map<number, Scored>();
      const hits = query.fragment
        ? main.hits
        : ngramRerank(index, text, fuseRerank(index, text, main.hits, weights.fuse), weights.ngramRerank);
      for (const hit of hits) {
        byConcept.set(hit.concept, { index, concept: hit.concept, score: hit.score / ideal, bestLabel: hit.bestLabel });
      }
      // Titles: character n-gram similarity fused with the word score (inflections, compounds, gender forms words miss).
      const addNgram = (concept: number, score: number, label: number) =>
        byConcept.set(concept, { index, concept, score, bestLabel: label });
      if (!query.fragment) fuseNgrams(index, text, byConcept, allowed, addNgram, this.weights.ngramFusion);
      // A coordinated title names several titles: a concept matching one of them well is a match.
      const partBests: number[] = [];
      if (this.weights.titleParts > 0 && !query.fragment) {
        for (const part of titleParts(text)) {
          const ranked = rankPart(index, part, weights, allowed);
          if (ranked.hits[0] && hasPluralHead(part)) partBests.push(ranked.hits[0].concept);
          for (const hit of ranked.hits.slice(0, 20)) {
            const score = (this.weights.titleParts * hit.score) / (ranked.ideal || 1);
            const existing = byConcept.get(hit.concept);
            if (!existing) byConcept.set(hit.concept, { index, concept: hit.concept, score, bestLabel: hit.bestLabel });
            else if (score > existing.score) {
              existing.score = score;
              existing.bestLabel = hit.bestLabel;
            }
          }
        }
      }
      if (query.description?.trim()) {
        const weights = { ...this.weights, description: this.weights.descriptionToDescription };
        const part = rankPart(index, query.description, weights, allowed);
        for (const t of part.terms) terms.add(t.id);
        for (const hit of part.hits) {
          const existing = byConcept.get(hit.concept);
          const add = (this.weights.descriptionPart * hit.score) / ideal;
          if (existing) existing.score += add;
          else byConcept.set(hit.concept, { index, concept: hit.concept, score: add, bestLabel: hit.bestLabel });
        }
      }
      for (const added of applyOccupationEvidence(index, query.text, query.description, [...byConcept.values()], this.weights, allowed)) {
        byConcept.set(added.concept, { index, ...added });
      }
      const shared = sharedBroaderOccupation(index, partBests, allowed);
      if (shared !== null) {
        const top = Math.max(...[...byConcept.values()].map((s) => s.score));
        const entry = byConcept.get(shared) ?? { index, concept: shared, score: 0, bestLabel: -1 };
        entry.score = Math.max(entry.score, top * LEAD);
        byConcept.set(shared, entry);
      }
      // Neural level (optional, off by default): the only place dense scores enter; see dense/fusion.ts.
      query.dense?.fuse(index, byConcept, allowed, (concept, score) => byConcept.set(concept, { index, concept, score, bestLabel: -1 }));
      const ranked = [...byConcept.values()].sort((a, b) => b.score - a.score).slice(0, depth);
      this.applyDecisions(index, ranked, query, allowed, evidenceByLanguage);
      scored.push(...ranked);
    }
    scored.sort((a, b) => b.score - a.score);
    const shown = scored.slice(0, query.top);
    const textOf = (s: Scored) => s.textScore ?? s.score;
    const top = Math.max(0, ...shown.map(textOf));
    const types = query.filters?.types;
    const model = types?.length && types.every((t) => t === 'occupation') ? this.calibration.occupation : this.calibration.text;
    const explainedQueries = new Map<SuggestIndex, ExplainedQuery>();
    const explainedQuery = (index: SuggestIndex) => {
      let explained = explainedQueries.get(index);
      if (!explained) explainedQueries.set(index, (explained = new ExplainedQuery(index, query.text, explainTerms.get(index)!)));
      return explained;
    };
    // Shown in rank order, so a lower candidate never shows a higher estimate than one above it.
    let ceiling = 1;
    return shown.map((s, i) => {
      const probability = Math.min(
        ceiling,
        displayedScore(calibrate(model, { raw: textOf(s), top, rank: i + 1 }), s, query.projectCalibration),
      );
      ceiling = probability;
      const explain = () => {
        const why = explainMatch(s.index, s.concept, explainedQuery(s.index), s.bestLabel);
        if (s.decision || s.rejected) {
          why.decisions = {
            accepted: s.decision?.accepted ?? 0,
            imported: s.decision?.imported ?? 0,
            rejected: s.rejected ? 1 : 0,
            examples: s.decision?.examples ?? [],
          };
        }
        return why;
      };
      const candidate: DeferredCandidate = {
        uri: s.index.data.uris[s.concept]!,
        label: s.index.data.prefLabels[s.concept]!,
        vocabularyId: s.index.data.vocabularyId,
        type: (CONCEPT_TYPES[s.index.data.types[s.concept]!] ?? 'concept') as ConceptType,
        score: Math.round(probability * 1000) / 1000,
        rawScore: Math.round(s.score * 1000) / 1000,
        ...(s.decision?.relation ? { relation: s.decision.relation } : {}),
        why: query.deferExplain ? NOT_EXPLAINED : explain(),
        fromDecisions: Boolean(s.decision),
      };
      if (query.deferExplain) candidate[EXPLAIN] = explain;
      return candidate;
    });
  }

  /** Lifts targets of similar decided examples (adding them when the text alone missed them), lowers rejected ones. */
  private applyDecisions(
    index: SuggestIndex,
    ranked: Scored[],
    query: EngineQuery,
    allowed: Uint8Array | null,
    evidenceByLanguage: Map<string, DecisionEvidence[]>,
  ): void {
    if (query.memory?.size) {
      const reference = Math.max(ranked[0]?.score ?? 0, 0.3);
      const language = index.data.language;
      let evidence = evidenceByLanguage.get(language);
      if (!evidence) {
        evidence = query.memory.evidence(`${query.text}\n${query.description ?? ''}`, language, { excludeItem: query.sourceItemId });
        evidenceByLanguage.set(language, evidence);
      }
      for (const e of evidence) {
        const concept = index.conceptByUri.get(e.uri);
        if (concept === undefined || (allowed && !allowed[concept])) continue;
        let entry = ranked.find((r) => r.concept === concept);
        if (!entry) {
          entry = { index, concept, score: 0, bestLabel: -1 };
          ranked.push(entry);
        }
        entry.textScore ??= entry.score;
        entry.score += DECISION_LIFT * reference * e.strength;
        entry.decision = {
          accepted: e.accepted,
          imported: e.imported,
          examples: e.examples,
          strength: e.strength,
          ...(e.relation ? { relation: e.relation } : {}),
        };
      }
    }
    if (query.rejected?.size) {
      for (const entry of ranked) {
        if (query.rejected.has(index.data.uris[entry.concept]!)) {
          entry.score *= REJECTED_FACTOR;
          entry.rejected = true;
        }
      }
    }
    ranked.sort((a, b) => b.score - a.score);
  }
}

/**
 * The displayed probability: the text estimate, combined (noisy-or) with what similar decisions
 * say — n supporting decisions of similarity ~1 give n/(n+1), so one earlier decision is not
 * certainty — lowered for a target this item rejected, then refined by the project's own rates.
 */
export function displayedScore(
  textProbability: number,
  s: { decision?: { accepted: number; imported: number; strength: number }; rejected?: boolean },
  project?: ProjectCalibration,
): number {
  let p = textProbability;
  if (s.decision) {
    const n = s.decision.accepted + s.decision.imported;
    const fromDecisions = s.decision.strength * (n / (n + 1));
    p = 1 - (1 - p) * (1 - fromDecisions);
  }
  if (s.rejected) p *= REJECTED_FACTOR;
  return Math.min(1, Math.max(0, project ? project.refine(p) : p));
}
