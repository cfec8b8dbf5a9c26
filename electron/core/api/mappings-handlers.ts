import type { mappingsContract } from '../../../shared/contract/mappings.js';
import type { DomainHandlers } from '../../../shared/contract/method.js';
import { libraryOf } from '../checks/library-of.js';
import { runChecks } from '../checks/run-checks.js';
import type { AppContext } from '../context.js';
import { currentAuthor } from '../mappings/author.js';
import { runBulk } from '../mappings/bulk.js';
import { queryHistory } from '../mappings/history.js';
import { itemCoverage } from '../mappings/item-coverage.js';
import { itemSummaries } from '../mappings/item-summaries.js';
import { MappingStore } from '../mappings/mapping-store.js';
import { storedProposals } from '../mappings/stored-proposals.js';
import { redo, undo, undoState, writeResult } from '../mappings/undo-redo.js';

export function mappingsHandlers(ctx: AppContext): DomainHandlers<typeof mappingsContract> {
  const store = () => new MappingStore(ctx.projects.require().db);
  const author = () => currentAuthor(ctx);
  const replayed = (step: typeof undo) => {
    const db = ctx.projects.require().db;
    return writeResult(db, step(db, author()));
  };
  return {
    listForItem: ({ sourceItemId }) => store().listForItem(sourceItemId),
    coverage: ({ sourceItemId }) => itemCoverage(ctx.projects.require().db, sourceItemId),
    list: (filters) => store().list(filters),
    create: ({ mappings, failOnDuplicate, label }) => store().create(mappings, { author: author(), failOnDuplicate, label }),
    update: ({ ids, patch, label }) => store().update(ids, patch, { author: author(), label }),
    delete: ({ ids, label }) => store().delete(ids, { author: author(), label }),
    bulk: (request) => runBulk(store(), request, author(), storedProposals(ctx.projects.require().db, libraryOf(ctx))),
    markNoMatch: ({ sourceItemIds, vocabularyId, comment }) =>
      store().create(
        sourceItemIds.map((sourceItemId) => ({
          sourceItemId,
          kind: 'no-match' as const,
          targetVocabularyId: vocabularyId,
          status: 'accepted' as const,
          comment,
        })),
        { author: author(), label: sourceItemIds.length === 1 ? 'No match' : `No match for ${sourceItemIds.length} items` },
      ),
    mustNotMap: ({ sourceItemId, target, comment }) =>
      store().create([{ sourceItemId, kind: 'must-not-map', target, status: 'accepted', comment }], {
        author: author(),
        label: `Must not map to ${target.label || target.uri}`,
        failOnDuplicate: true,
      }),
    undo: () => replayed(undo),
    redo: () => replayed(redo),
    undoState: () => undoState(ctx.projects.require().db),
    history: (filter) => queryHistory(ctx.projects.require().db, filter),
    itemSummaries: ({ schemeId, groupId, filter, withoutProblems }) => {
      const db = ctx.projects.require().db;
      const problems = new Map<number, number>();
      if (!withoutProblems) {
        // Info-level findings ("no accepted mapping yet") mark progress, not problems: the unmapped filter covers them.
        for (const p of runChecks(db, libraryOf(ctx)).problems) {
          if (p.sourceItemId !== null && p.severity !== 'info') problems.set(p.sourceItemId, (problems.get(p.sourceItemId) ?? 0) + 1);
        }
      }
      return itemSummaries(db, { schemeId, groupId, filter, problems });
    },
  };
}
