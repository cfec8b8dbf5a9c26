import type { ConceptType, ReuseLevel } from './vocabulary.js';

/** Half-open character range [start, end) into a string, for highlighting. */
export interface TextRange {
  start: number;
  end: number;
}

/** Which restrictions apply to the candidates of a suggestion request. All are optional. */
export interface SuggestFilters {
  /** Library ids of vocabulary versions (e.g. "esco-v1.1.1"); default: every indexed vocabulary. */
  vocabularyIds?: string[];
  /** Concept scheme URIs a candidate must belong to (any of them). */
  schemes?: string[];
  /** Concept types (any of them). */
  types?: ConceptType[];
  /** ESCO reuse levels (any of them). */
  reuseLevels?: ReuseLevel[];
  /** Collection ids such as "digital", "green", "transversal", "language" (any of them). */
  collections?: string[];
}

/** Where a matched label comes from. */
export type LabelKind = 'pref' | 'alt' | 'hidden' | 'description';

/** One label of the candidate that matched the query, with what to highlight on both sides. */
export interface MatchedLabel {
  kind: LabelKind;
  /** The label text (for a description: a short excerpt around the match). */
  text: string;
  /** Ranges in `text` that matched query terms. */
  ranges: TextRange[];
}

/** Why a candidate was suggested: what matched, and how earlier decisions moved it. */
export interface SuggestionWhy {
  /** Best-matching labels, strongest first (at most a few). */
  labels: MatchedLabel[];
  /** Query terms (as written in the query) that matched the candidate. */
  terms: string[];
  /** Ranges in the query text that matched the candidate. */
  queryRanges: TextRange[];
  /** Share of the best label's content words found in the query, 0..1. */
  coverage: number;
  /** Present when earlier project decisions changed the rank. */
  decisions?: {
    /** Accepted mappings of similar items to this target. */
    accepted: number;
    /** Imported correspondence-table rows of similar items to this target. */
    imported: number;
    /** This item's own rejections of this target (ranks it lower). */
    rejected: number;
    /** Source texts of the most similar earlier decisions (at most 3). */
    examples: string[];
  };
}

/** One ranked candidate. */
export interface SuggestionCandidate {
  uri: string;
  /** Preferred label in the matching language (falls back to English, then any). */
  label: string;
  vocabularyId: string;
  type: ConceptType;
  /** 0..1: estimated probability that an expert accepts this candidate (calibrated on gold data, refined by the project's decisions). */
  score: number;
  /** The ranking score before calibration (text match relative to a perfect match, plus decision lifts): for ranking and explanations. */
  rawScore?: number;
  /** With `fromDecisions`: the relation the earlier decisions used most for this target. */
  relation?: 'exactMatch' | 'closeMatch' | 'broadMatch' | 'narrowMatch' | 'relatedMatch';
  why: SuggestionWhy;
  /** True when accepted mappings or imported tables boosted this candidate. */
  fromDecisions: boolean;
  /**
   * Set when the vocabulary has no labels in the text's language and this candidate was found
   * through a label written the same in another language (a code, a name, a loanword).
   */
  via?: 'identical-label';
  /** The language of the label that matched, with `via`. */
  labelLanguage?: string;
  /** With outcome decomposition: the character spans of the item's text that support this candidate (a shared verb and object are two). */
  spans?: { start: number; end: number }[];
}

export interface SuggestResult {
  /** Language the text was matched in. */
  language: string;
  candidates: SuggestionCandidate[];
  /** Vocabulary indexes consulted (id and language). */
  searched: { vocabularyId: string; language: string }[];
  /**
   * Present when no vocabulary searched has labels in `language`: the languages they do have.
   * The candidates then come only from labels identical across languages (marked with `via`).
   */
  labelsMissing?: { language: string; available: string[] };
  tookMs: number;
}

export type IndexState = 'ready' | 'missing' | 'stale' | 'building';

/** The suggestion index of one vocabulary version and language. */
export interface SuggestIndexStatus {
  vocabularyId: string;
  language: string;
  state: IndexState;
  concepts: number;
  terms: number;
  bytes: number;
  builtAt: string | null;
}

/** One batch run of suggestions over a source scheme, stored in the project. */
export interface SuggestionRun {
  id: number;
  schemeId: number;
  filters: SuggestFilters;
  top: number;
  state: 'running' | 'succeeded' | 'failed' | 'cancelled';
  items: number;
  startedAt: string;
  finishedAt: string | null;
}

/** Stored proposals of the latest run for one item: candidates, not decided mappings. */
export interface ItemProposals {
  sourceItemId: number;
  runId: number;
  candidates: SuggestionCandidate[];
}
