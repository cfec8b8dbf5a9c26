import { describe, expect, it } from 'vitest';
import { bulkDoneMessage, bulkQuestion } from './BulkBar.js';

const preview = (affected: number, items: number, skipped = 0) => ({ dryRun: true, items, affected, skipped, result: null });

describe('bulk confirmation', () => {
  it('says how many items and mappings an action changes', () => {
    expect(bulkQuestion({ type: 'accept-top', threshold: 0.8, relation: 'exactMatch' }, preview(3, 5, 2))).toBe(
      'Accept the top suggestion (estimated acceptance ≥ 0.8) as exact match for 3 of 5 item(s)? 2 item(s) will be skipped.',
    );
    expect(bulkQuestion({ type: 'set-status', status: 'rejected' }, preview(7, 4))).toBe('Set 7 mapping(s) of 4 item(s) to "rejected"?');
    expect(bulkQuestion({ type: 'delete' }, preview(2, 1))).toBe('Delete 2 mapping(s) of 1 item(s)? You can undo this.');
  });

  it('says how many accepted suggestions keep the relation of the earlier decisions that boosted them', () => {
    expect(
      bulkQuestion({ type: 'accept-top', threshold: 0.5, relation: 'closeMatch' }, { ...preview(2, 3, 1), decisionRelations: 1 }),
    ).toBe(
      'Accept the top suggestion (estimated acceptance ≥ 0.5) as close match for 2 of 3 item(s)? 1 of them keep the relation of the earlier decisions that suggested them. 1 item(s) will be skipped.',
    );
  });

  it('sends people to Suggest all when selected items have no stored suggestions', () => {
    const action = { type: 'accept-top' as const, threshold: 0.8, filters: { vocabularyIds: ['esco-v1.1.1'] } };
    const outcome = { ...preview(12, 42, 30), withoutProposals: 25 };
    expect(bulkQuestion(action, outcome)).toMatch(
      /25 item\(s\) have no stored suggestions in this vocabulary and scope — run Suggest all first\.$/,
    );
    expect(bulkDoneMessage(action, { ...outcome, dryRun: false })).toBe('12 accepted, 30 skipped — run Suggest all first');
    expect(bulkDoneMessage({ type: 'delete' }, preview(2, 1))).toBe('2 mapping(s) changed');
  });
});
