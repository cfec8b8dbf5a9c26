import { z } from 'zod';
import type { OutputRef, WrittenFile } from '../domain/files.js';
import { OutputRefSchema } from '../domain/files.js';
import type {
  Coverage,
  CheckRule,
  PairAgreement,
  ProblemList,
  ReviewDecisionRecord,
  Reviewer,
  ReviewQueue,
  ReviewSettings,
  ReviewStats,
  Adjudication,
} from '../domain/review.js';
import { method } from './method.js';

const Id = z.number().int().positive();
const Decision = z.enum(['accept', 'reject', 'unsure']);
const Orcid = z.string().regex(/^$|^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, 'ORCID iD looks like 0000-0002-1825-0097');
const RuleId = z.enum([
  'exact-multiple-same-scheme',
  'exact-with-other-relation',
  'several-relations-one-target',
  'inverse-broad-contradiction',
  'match-and-must-not-map',
  'no-match-with-accepted',
  'vocabulary-not-loaded',
  'target-missing',
  'target-deprecated',
  'target-outdated',
  'outcome-without-accepted',
  'only-unsure',
  'knowledge-skill-type',
]);

export type { OutputRef };

/** Review (QA), live checks (problems panel) and coverage numbers. */
export const reviewContract = {
  reviewers: method(z.object({})).reads<Reviewer[]>(),
  /** Adds a reviewer, or updates one (with id). Names are unique per project. */
  saveReviewer: method(z.object({ id: Id.optional(), name: z.string().trim().min(1).max(200), orcid: Orcid.optional() })).writes<Reviewer>([
    'review',
  ]),
  /** The reviewer named like settings.userName (created on first use). */
  me: method(z.object({})).reads<Reviewer>(),
  settingsGet: method(z.object({})).reads<ReviewSettings>(),
  settingsSet: method(z.object({ doubleReview: z.boolean() })).writes<ReviewSettings>(['review']),
  /**
   * Mappings waiting for this reviewer: proposed mappings it has not decided (blind: other
   * decisions are hidden), or disagreements to adjudicate.
   */
  queue: method(
    z.object({
      reviewerId: Id,
      mode: z.enum(['review', 'adjudication']).optional(),
      schemeId: Id.optional(),
      limit: z.number().int().min(1).max(10_000).optional(),
    }),
  ).reads<ReviewQueue>(),
  /** Accept / reject / unsure with a comment. Single review: sets the status. Double: after two agreeing decisions. */
  decide: method(
    z.object({ reviewerId: Id, mappingId: Id, decision: Decision, comment: z.string().max(20_000).optional() }),
  ).writes<ReviewDecisionRecord>(['review', 'mappings']),
  adjudicate: method(
    z.object({ reviewerId: Id, mappingId: Id, decision: Decision, comment: z.string().max(20_000).optional() }),
  ).writes<Adjudication>(['review', 'mappings']),
  /**
   * Decisions (and adjudication) on one mapping, for its detail view. With `reviewerId`, a blind
   * double review stays blind: while that reviewer still has to decide, others' decisions are hidden.
   */
  decisions: method(z.object({ mappingId: Id, reviewerId: Id.optional() })).reads<{
    decisions: ReviewDecisionRecord[];
    adjudication: Adjudication | null;
    hidden: number;
  }>(),
  stats: method(z.object({})).reads<ReviewStats>(),
  /** Cohen's kappa per reviewer pair. */
  agreement: method(z.object({})).reads<PairAgreement[]>(),
  /** Review report: each reviewed mapping, by whom, outcomes, then agreement per pair. */
  reportCsv: method(z.object({ output: OutputRefSchema })).reads<WrittenFile>(),

  /** Live problems of the enabled rules (optionally for some items). */
  problems: method(
    z.object({
      sourceItemIds: z.array(Id).max(50_000).optional(),
      rules: z.array(RuleId).optional(),
      severities: z.array(z.enum(['error', 'warning', 'info'])).optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
    }),
  ).reads<ProblemList>(),
  rulesGet: method(z.object({})).reads<CheckRule[]>(),
  rulesSet: method(z.object({ rules: z.partialRecord(RuleId, z.boolean()) })).writes<CheckRule[]>(['review']),

  /** Mapped / unmapped / unsure per source and course; target coverage by skill groups, ISCED-F fields, collections. */
  coverage: method(
    z.object({
      schemeId: Id.optional(),
      groupId: Id.optional(),
      /** Statuses counted for target coverage (default accepted). */
      statuses: z.array(z.enum(['proposed', 'accepted', 'rejected', 'unsure'])).optional(),
    }),
  ).reads<Coverage>(),
};
