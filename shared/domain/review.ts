import type { Mapping } from './mapping.js';

export type ReviewDecision = 'accept' | 'reject' | 'unsure';
export const REVIEW_DECISIONS: readonly ReviewDecision[] = ['accept', 'reject', 'unsure'];

export interface Reviewer {
  id: number;
  name: string;
  /** ORCID iD, or '' */
  orcid: string;
  created: string;
}

export interface ReviewSettings {
  /** Second, blind review: every mapping needs two reviewers; disagreements go to adjudication. */
  doubleReview: boolean;
}

/** One reviewer's decision on one mapping. Round 1 or 2 (blind second review). */
export interface ReviewDecisionRecord {
  id: number;
  mappingId: number;
  reviewerId: number;
  reviewerName: string;
  round: 1 | 2;
  decision: ReviewDecision;
  comment: string;
  at: string;
}

export interface Adjudication {
  mappingId: number;
  reviewerId: number;
  reviewerName: string;
  decision: ReviewDecision;
  comment: string;
  at: string;
}

/** A mapping waiting for a reviewer. In a blind second review `decisions` is empty. */
export interface ReviewQueueItem {
  mapping: Mapping;
  sourceKey: string;
  sourceText: string;
  /** Which review this reviewer would give: 1, 2, or 'adjudication'. */
  round: 1 | 2 | 'adjudication';
  /** Earlier decisions visible to this reviewer: none in review rounds (blind), both for adjudication. */
  decisions: ReviewDecisionRecord[];
}

export interface ReviewQueue {
  items: ReviewQueueItem[];
  /** Total waiting for this reviewer in this mode (items may be limited). */
  total: number;
}

/** Cohen's kappa of two reviewers over the mappings both decided (first-round vs second-round). */
export interface PairAgreement {
  reviewerA: { id: number; name: string };
  reviewerB: { id: number; name: string };
  /** Mappings both reviewed. */
  n: number;
  agreed: number;
  /** Observed agreement p_o, 0..1. */
  observed: number;
  /** Chance agreement p_e, 0..1. */
  expected: number;
  /** (p_o - p_e) / (1 - p_e); null when undefined (n = 0, or p_e = 1). */
  kappa: number | null;
  /** 3x3 table: rows reviewer A, columns reviewer B, order accept/reject/unsure. */
  table: number[][];
}

export interface ReviewStats {
  proposed: number;
  reviewedOnce: number;
  reviewedTwice: number;
  disagreements: number;
  adjudicated: number;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

export type CheckRuleId =
  | 'exact-multiple-same-scheme'
  | 'exact-with-other-relation'
  | 'several-relations-one-target'
  | 'inverse-broad-contradiction'
  | 'match-and-must-not-map'
  | 'no-match-with-accepted'
  | 'vocabulary-not-loaded'
  | 'target-missing'
  | 'target-deprecated'
  | 'target-outdated'
  | 'outcome-without-accepted'
  | 'only-unsure'
  | 'knowledge-skill-type';

export interface CheckRule {
  id: CheckRuleId;
  title: string;
  description: string;
  severity: ProblemSeverity;
  enabled: boolean;
}

export interface Problem {
  rule: CheckRuleId;
  severity: ProblemSeverity;
  /** Null for project-wide problems (a vocabulary not loaded). */
  sourceItemId: number | null;
  /** The source item's key (null for project-wide problems). */
  source: string | null;
  sourceText: string;
  /** Target URIs involved. */
  targets: string[];
  /** Mapping ids involved (to select / fix them). */
  mappingIds: number[];
  message: string;
}

export interface ProblemList {
  problems: Problem[];
  /** Problems per rule (before the limit). */
  counts: Partial<Record<CheckRuleId, number>>;
  total: number;
  /** False when a vocabulary of some target is not in the library (those rules degrade). */
  vocabulariesLoaded: boolean;
}

/** Mapped / unmapped / unsure counts for a source scheme or a course (group). */
export interface CoverageCounts {
  items: number;
  /** Items with at least one accepted match. */
  mapped: number;
  /** Items with only proposed matches (none accepted). */
  proposed: number;
  /** Items whose matches are all unsure. */
  unsure: number;
  /** Items recorded as having no match. */
  noMatch: number;
  /** Items with nothing (or only rejected matches). */
  unmapped: number;
}

export interface CoverageBucket {
  /** URI of the skill group / ISCED-F field, or the collection id. */
  key: string;
  label: string;
  /** Distinct source items mapped into the bucket. */
  items: number;
  /** Distinct target concepts in it. */
  concepts: number;
  mappings: number;
}

export interface Coverage {
  scope: { schemeId: number | null; groupId: number | null };
  /** Mapping statuses counted for target coverage. */
  statuses: string[];
  total: CoverageCounts;
  schemes: ({ schemeId: number; title: string } & CoverageCounts)[];
  groups: ({ groupId: number; schemeId: number; key: string; title: string } & CoverageCounts)[];
  targets: {
    /** ESCO skill groups (second level of the skills hierarchy). */
    skillGroups: CoverageBucket[];
    /** ISCED-F 2013 broad fields. */
    iscedFields: CoverageBucket[];
    /** ESCO collections: transversal, digital, green, language... */
    collections: CoverageBucket[];
    /** Targets whose concepts were not in the library (grouping unavailable). */
    unresolved: number;
  };
}
