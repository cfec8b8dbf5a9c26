import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SuggestionCandidate } from '../../../shared/domain/suggestion.js';
import { reviewQueue, reviewStats } from '../review/review-service.js';
import { saveReviewer } from '../review/reviewers.js';
import { finishRun, startRun, storeProposals } from '../suggest/batch-store.js';
import { runBulk } from './bulk.js';
import { MappingStore } from './mapping-store.js';
import { storedProposals } from './stored-proposals.js';
import { addItems, addScheme, ESCO, skill, tempProject } from './testing.js';

let handle: ReturnType<typeof tempProject>;
let items: number[];
const store = () => new MappingStore(handle.project.db);
const top = (itemId: number): SuggestionCandidate => ({
  uri: skill(itemId),
  label: `skill ${itemId}`,
  vocabularyId: ESCO,
  type: 'skill',
  score: 0.9,
  why: { labels: [], terms: [], queryRanges: [], coverage: 0 },
  fromDecisions: false,
});
const proposals = async (ids: number[]) => new Map(ids.map((id) => [id, [top(id)]]));
const target = (itemId: number) => ({ uri: skill(itemId), label: `skill ${itemId}`, vocabularyId: ESCO });

beforeEach(() => {
  handle = tempProject();
  items = addItems(
    handle.project.db,
    addScheme(handle.project.db),
    ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, text: key })),
  );
});
afterEach(() => handle.cleanup());

describe('bulk accept-top and earlier decisions', () => {
  it('never adds a second relation to a target the item already has a decision on', async () => {
    const [a, b, c, d, e] = items as [number, number, number, number, number];
    store().create(
      [
        { sourceItemId: a, target: target(a), relation: 'broadMatch', status: 'unsure' },
        { sourceItemId: b, target: target(b), relation: 'narrowMatch', status: 'proposed' },
        { sourceItemId: c, target: target(c), relation: 'exactMatch', status: 'rejected' },
        { sourceItemId: d, kind: 'must-not-map', target: target(d), status: 'accepted' },
      ],
      { author: 'Ann' },
    );
    const outcome = await runBulk(
      store(),
      { itemIds: items, action: { type: 'accept-top', threshold: 0.5, relation: 'closeMatch' } },
      'Ann',
      proposals,
    );
    expect(outcome).toMatchObject({ items: 5, affected: 1, skipped: 4 });
    for (const item of [a, b, c, d]) expect(store().listForItem(item), `item ${item}`).toHaveLength(1);
    expect(
      store()
        .listForItem(e)
        .map((m) => [m.relation, m.status]),
    ).toEqual([['closeMatch', 'accepted']]);
  });
});

describe('bulk accept-top and the relation of earlier decisions', () => {
  it('keeps the relation of the decisions that boosted a stored proposal, and the bulk bar relation for the others', async () => {
    const [a, b, c] = items as [number, number, number];
    const db = handle.project.db;
    const run = startRun(db, 1, {}, 5, 3);
    storeProposals(db, run, [
      // a: boosted by earlier broad-match decisions; b: boosted, but no relation known; c: text match only.
      { sourceItemId: a, candidates: [{ ...top(a), fromDecisions: true, relation: 'broadMatch' }] },
      { sourceItemId: b, candidates: [{ ...top(b), fromDecisions: true }] },
      { sourceItemId: c, candidates: [top(c)] },
    ]);
    finishRun(db, run, 'succeeded');
    const request = { itemIds: [a, b, c], action: { type: 'accept-top' as const, threshold: 0.5, relation: 'exactMatch' as const } };
    const source = storedProposals(db, null);
    const dry = await runBulk(store(), { ...request, dryRun: true }, 'Ann', source);
    expect(dry).toMatchObject({ affected: 3, skipped: 0, decisionRelations: 1 });
    await runBulk(store(), request, 'Ann', source);
    const relations = [a, b, c].map((item) =>
      store()
        .listForItem(item)
        .map((m) => [m.target?.uri, m.relation, m.status]),
    );
    expect(relations).toEqual([
      [[skill(a), 'broadMatch', 'accepted']],
      [[skill(b), 'exactMatch', 'accepted']],
      [[skill(c), 'exactMatch', 'accepted']],
    ]);
  });

  it('adds no second relation to a target of a boosted proposal when the item already decided on it', async () => {
    const [a] = items as [number];
    store().create([{ sourceItemId: a, target: target(a), relation: 'closeMatch', status: 'unsure' }], { author: 'Ann' });
    const boosted = async (ids: number[]) =>
      new Map(ids.map((id) => [id, [{ ...top(id), fromDecisions: true, relation: 'broadMatch' as const }]]));
    const outcome = await runBulk(store(), { itemIds: [a], action: { type: 'accept-top', threshold: 0.5 } }, 'Ann', boosted);
    expect(outcome).toMatchObject({ affected: 0, skipped: 1 });
    expect(
      store()
        .listForItem(a)
        .map((m) => [m.relation, m.status]),
    ).toEqual([['closeMatch', 'unsure']]);
  });
});

describe('bulk set-status', () => {
  it('changes mappings only, never "no match" or "must not map" decisions, and the review queue counts what the filters count', async () => {
    const [a, b, c] = items as [number, number, number];
    store().create(
      [
        { sourceItemId: a, target: target(a), relation: 'closeMatch', status: 'accepted' },
        { sourceItemId: a, target: target(b), relation: 'relatedMatch', status: 'unsure' },
        { sourceItemId: b, kind: 'no-match', targetVocabularyId: ESCO, status: 'accepted' },
        { sourceItemId: c, kind: 'must-not-map', target: target(c), status: 'accepted' },
      ],
      { author: 'Ann' },
    );
    const request = { itemIds: [a, b, c], action: { type: 'set-status' as const, status: 'proposed' as const } };
    const dry = await runBulk(store(), { ...request, dryRun: true }, 'Ann', proposals);
    expect(dry).toMatchObject({ items: 3, affected: 2, skipped: 2 });
    await runBulk(store(), request, 'Ann', proposals);
    const statuses = store()
      .list()
      .rows.map((m) => [m.kind, m.status]);
    expect(statuses.sort()).toEqual([
      ['match', 'proposed'],
      ['match', 'proposed'],
      ['must-not-map', 'accepted'],
      ['no-match', 'accepted'],
    ]);
    // What the review queue says equals the "proposed mappings" filter and the review numbers.
    const filtered = store().list({ statuses: ['proposed'], kinds: ['match'] }).total;
    const reviewer = saveReviewer(handle.project.db, { name: 'Bob' });
    const queue = reviewQueue(handle.project.db, { reviewerId: reviewer.id });
    expect(filtered).toBe(2);
    expect(queue.total).toBe(filtered);
    expect(queue.items).toHaveLength(filtered);
    expect(reviewStats(handle.project.db).proposed).toBe(filtered);
  });
});
