import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SuggestionCandidate } from '../../../shared/domain/suggestion.js';
import { runBulk } from './bulk.js';
import { finishRun, startRun, storeProposals } from '../suggest/batch-store.js';
import { MappingStore } from './mapping-store.js';
import { storedProposals } from './stored-proposals.js';
import { addItems, addScheme, ESCO, skill, tempProject } from './testing.js';

let handle: ReturnType<typeof tempProject>;
let items: number[];
const store = () => new MappingStore(handle.project.db);
const candidate = (n: number, score: number): SuggestionCandidate => ({
  uri: skill(n),
  label: `skill ${n}`,
  vocabularyId: ESCO,
  type: 'skill',
  score,
  why: { labels: [], terms: [], queryRanges: [], coverage: 0 },
  fromDecisions: false,
});
const proposals = async (ids: number[]) =>
  new Map(ids.map((id) => [id, [candidate(id * 10 + 1, 0.4), candidate(id * 10 + 2, [0.9, 0.3, 0.95, 0.8][items.indexOf(id)]!)]]));

beforeEach(() => {
  handle = tempProject();
  items = addItems(
    handle.project.db,
    addScheme(handle.project.db),
    ['a', 'b', 'c', 'd'].map((key) => ({ key, text: key })),
  );
});
afterEach(() => handle.cleanup());

describe('bulk accept-top', () => {
  it('accepts the best candidate over the threshold, skipping mapped items and rejected statements; dry run writes nothing', async () => {
    // Item c already has an accepted mapping; item d rejected its best candidate before.
    store().create(
      [{ sourceItemId: items[2]!, target: { uri: skill(99), label: '', vocabularyId: ESCO }, relation: 'exactMatch', status: 'accepted' }],
      { author: 'Ann' },
    );
    const dTop = (await proposals(items)).get(items[3]!)![1]!;
    store().create(
      [{ sourceItemId: items[3]!, target: { uri: dTop.uri, label: '', vocabularyId: ESCO }, relation: 'closeMatch', status: 'rejected' }],
      { author: 'Ann' },
    );

    const request = { itemIds: items, action: { type: 'accept-top' as const, threshold: 0.5 } };
    const dry = await runBulk(store(), { ...request, dryRun: true }, 'Ann', proposals);
    expect(dry).toMatchObject({ dryRun: true, items: 4, affected: 1, skipped: 3, result: null });
    expect(store().list().total).toBe(2);

    const done = await runBulk(store(), request, 'Ann', proposals);
    expect(done.affected).toBe(1);
    const [accepted] = store().listForItem(items[0]!);
    expect(accepted).toMatchObject({ status: 'accepted', relation: 'closeMatch', justification: 'accepted-suggestion', score: 0.9 });
    expect(done.result?.undo.undo?.label).toBe('Accept 1 suggestion(s)');
  });
});

describe('bulk accept-top from stored proposals', () => {
  it('uses only stored proposals in the given vocabulary and scope and counts items without any', async () => {
    const db = handle.project.db;
    const run = startRun(db, 1, {}, 5, 3);
    // a: an ESCO skill; b: only an occupation; c: only a concept of another vocabulary; d: nothing stored.
    storeProposals(db, run, [
      { sourceItemId: items[0]!, candidates: [candidate(1, 0.9)] },
      { sourceItemId: items[1]!, candidates: [{ ...candidate(2, 0.95), type: 'occupation' }] },
      { sourceItemId: items[2]!, candidates: [{ ...candidate(3, 0.99), vocabularyId: 'isced-f-2013-snb', type: 'isced-field' }] },
    ]);
    finishRun(db, run, 'succeeded');
    const action = {
      type: 'accept-top' as const,
      threshold: 0.5,
      filters: { vocabularyIds: [ESCO], types: ['skill' as const, 'knowledge' as const] },
    };
    const source = storedProposals(db, null);
    const dry = await runBulk(store(), { itemIds: items, action, dryRun: true }, 'Ann', source);
    expect(dry).toMatchObject({ items: 4, affected: 1, skipped: 3, withoutProposals: 3 });
    const done = await runBulk(store(), { itemIds: items, action }, 'Ann', source);
    expect(done.affected).toBe(1);
    expect(
      store()
        .list()
        .rows.map((r) => r.target?.uri),
    ).toEqual([skill(1)]);
    // Without filters every stored proposal counts; no live suggestions are computed for item d.
    const all = await runBulk(store(), { itemIds: items, action: { type: 'accept-top', threshold: 0.5 }, dryRun: true }, 'Ann', source);
    expect(all).toMatchObject({ affected: 2, withoutProposals: 1 });
  });

  it('keeps the evidence a single accept keeps: the statement spans a stored proposal kept, else the words it matched', async () => {
    const db = handle.project.db;
    const text = 'design and implement a relational database';
    const [outcome, edited, statement] = addItems(db, addScheme(db), [
      { key: 'x', text },
      { key: 'y', text: 'bake' },
      { key: 'z', text },
    ]);
    const why = (queryRanges: { start: number; end: number }[]) => ({ labels: [], terms: [], queryRanges, coverage: 1 });
    const matched = [
      { start: 11, end: 20 },
      { start: 23, end: 42 },
    ];
    const spans = [
      { start: 0, end: 6 },
      { start: 23, end: 42 },
    ];
    const run = startRun(db, 1, {}, 5, 3);
    storeProposals(db, run, [
      { sourceItemId: outcome!, candidates: [{ ...candidate(1, 0.9), why: why(matched) }] },
      // Proposed for a longer text before the item was edited: its ranges no longer fit.
      { sourceItemId: edited!, candidates: [{ ...candidate(2, 0.9), why: why([{ start: 20, end: 30 }]) }] },
      // Suggested per skill statement: the statement's spans win over the matched words.
      { sourceItemId: statement!, candidates: [{ ...candidate(3, 0.9), spans, why: why(matched) }] },
    ]);
    const done = await runBulk(
      store(),
      { itemIds: [outcome!, edited!, statement!], action: { type: 'accept-top', threshold: 0.5 } },
      'Ann',
      storedProposals(db, null),
    );
    expect(done.affected).toBe(3);
    expect(store().listForItem(outcome!)[0]).toMatchObject({ status: 'accepted', evidence: matched });
    expect(store().listForItem(statement!)[0]!.evidence).toEqual(spans);
    expect(store().listForItem(edited!)[0]).toMatchObject({ status: 'accepted', target: { uri: skill(2) } });
    expect(store().listForItem(edited!)[0]!.evidence).toBeUndefined();
  });

  it('filters by scheme through the library and leaves candidates out it cannot check', async () => {
    const c = candidate(1, 0.9);
    const { candidateInFilters } = await import('./stored-proposals.js');
    expect(candidateInFilters(c, { schemes: ['http://s'] }, null)).toBe(false);
    const library = {
      has: () => true,
      list: () => [{ id: ESCO }],
      concept: () => ({
        uri: c.uri,
        vocabularyId: ESCO,
        schemes: ['http://s'],
        type: 'skill' as const,
        prefLabel: {},
        altLabels: {},
        hiddenLabels: {},
        description: {},
        collections: [],
        broader: [],
      }),
    };
    expect(candidateInFilters(c, { schemes: ['http://s'] }, library)).toBe(true);
    expect(candidateInFilters(c, { collections: ['green'] }, library)).toBe(false);
  });
});
