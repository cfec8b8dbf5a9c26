import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SuggestionCandidate } from '../../../shared/domain/suggestion.js';
import { runBulk } from './bulk.js';
import { MappingStore } from './mapping-store.js';
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
  items = addItems(handle.project.db, addScheme(handle.project.db), ['a', 'b', 'c', 'd'].map((key) => ({ key, text: key })));
});
afterEach(() => handle.cleanup());

describe('bulk accept-top', () => {
  it('accepts the best candidate over the threshold, skipping mapped items and rejected statements; dry run writes nothing', async () => {
    // Item c already has an accepted mapping; item d rejected its best candidate before.
    store().create([{ sourceItemId: items[2]!, target: { uri: skill(99), label: '', vocabularyId: ESCO }, relation: 'exactMatch', status: 'accepted' }], { author: 'Ann' });
    const dTop = (await proposals(items)).get(items[3]!)![1]!;
    store().create([{ sourceItemId: items[3]!, target: { uri: dTop.uri, label: '', vocabularyId: ESCO }, relation: 'closeMatch', status: 'rejected' }], { author: 'Ann' });

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
