import type { DomainHandlers } from '../../../shared/contract/method.js';
import type { reviewContract } from '../../../shared/contract/review.js';
import type { CheckRuleId, Problem } from '../../../shared/domain/review.js';
import { libraryOf } from '../checks/library-of.js';
import { projectRules, setProjectRules } from '../checks/rules.js';
import { runChecks } from '../checks/run-checks.js';
import type { AppContext } from '../context.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { currentAuthor, currentPerson } from '../mappings/author.js';
import { pairAgreement } from '../review/agreement.js';
import { coverage } from '../review/coverage.js';
import { reviewReportCsv } from '../review/report-csv.js';
import {
  adjudicate,
  decide,
  reviewQueue,
  visibleDecisions,
  reviewSettings,
  reviewStats,
  setReviewSettings,
} from '../review/review-service.js';
import { actingReviewer, listReviewers, reviewerFor, saveReviewer } from '../review/reviewers.js';

export function reviewHandlers(ctx: AppContext): DomainHandlers<typeof reviewContract> {
  const db = () => ctx.projects.require().db;
  /** The person working, as the reviewer the decision names (refused when it names another). */
  const asMe = <T extends { reviewerId: number }>(input: T) => {
    const me = actingReviewer(db(), { name: currentAuthor(ctx), orcid: currentPerson(ctx).orcid }, input.reviewerId);
    return { input: { ...input, reviewerId: me.id }, author: me.name };
  };
  return {
    reviewers: () => listReviewers(db()),
    saveReviewer: (input) => saveReviewer(db(), input),
    me: () => reviewerFor(db(), currentAuthor(ctx), currentPerson(ctx).orcid),
    settingsGet: () => reviewSettings(db()),
    settingsSet: (settings) => setReviewSettings(db(), settings),
    queue: (options) => reviewQueue(db(), options),
    decide: (request) => {
      const { input, author } = asMe(request);
      return decide(db(), input, author);
    },
    adjudicate: (request) => {
      const { input, author } = asMe(request);
      return adjudicate(db(), input, author);
    },
    decisions: ({ mappingId, reviewerId }) => visibleDecisions(db(), mappingId, reviewerId),
    stats: () => reviewStats(db()),
    agreement: () => pairAgreement(db()),
    reportCsv: ({ output }) => {
      const target = ctx.files.output(output);
      writeFileAtomic(target.path, reviewReportCsv(db()));
      return target.finish();
    },
    problems: ({ sourceItemIds, rules, severities, limit }) => {
      const result = runChecks(db(), libraryOf(ctx));
      const items = sourceItemIds ? new Set(sourceItemIds) : null;
      const ruleSet = rules ? new Set<CheckRuleId>(rules) : null;
      const selected = result.problems.filter(
        (p: Problem) =>
          (!items || (p.sourceItemId !== null && items.has(p.sourceItemId))) &&
          (!ruleSet || ruleSet.has(p.rule)) &&
          (!severities || severities.includes(p.severity)),
      );
      const counts: Partial<Record<CheckRuleId, number>> = {};
      for (const p of selected) counts[p.rule] = (counts[p.rule] ?? 0) + 1;
      return { problems: selected.slice(0, limit ?? 5000), counts, total: selected.length, vocabulariesLoaded: result.vocabulariesLoaded };
    },
    rulesGet: () => projectRules(db()),
    rulesSet: ({ rules }) => setProjectRules(db(), rules),
    coverage: (scope) => coverage(db(), libraryOf(ctx), scope),
  };
}
