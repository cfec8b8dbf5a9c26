import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewMapping } from '../../../shared/domain/mapping.js';
import { MappingStore } from '../mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../mappings/testing.js';
import { undo } from '../mappings/undo-redo.js';
import type { ConceptLookup } from './concept-lookup.js';
import { fakeLibrary } from './fake-library.js';
import { runChecks, runChecksFully } from './run-checks.js';

let handle: ReturnType<typeof tempProject>;
let items: number[];
let local: number[];
const db = () => handle.project.db;
const store = () => new MappingStore(db());

/** The fake library, counting which targets the checks look up. */
function countingLibrary(): ConceptLookup & { asked: string[] } {
  const inner = fakeLibrary(ESCO, [...[1, 2, 3, 4, 5, 6].map((n) => ({ uri: skill(n) })), { uri: skill(7), status: 'deprecated' }]);
  const asked: string[] = [];
  return { asked, has: inner.has, list: inner.list, concept: (uri, id) => (asked.push(uri), inner.concept(uri, id)) };
}

beforeEach(() => {
  handle = tempProject();
  items = addItems(
    db(),
    addScheme(db()),
    ['LO1', 'LO2', 'LO3', 'LO4'].map((key) => ({ key, text: `Analyse ${key}` })),
  );
  local = addItems(db(), addScheme(db(), { kind: 'classification', uri: 'http://ex.org/s' }), [
    { key: 'A', text: 'A', uri: 'http://ex.org/A' },
    { key: 'B', text: 'B', uri: 'http://ex.org/B' },
  ]);
});
afterEach(() => handle.cleanup());

const m = (item: number, n: number, relation: NewMapping['relation'], extra: Partial<NewMapping> = {}): NewMapping => ({
  sourceItemId: item,
  target: { uri: skill(n), label: '', vocabularyId: ESCO },
  relation,
  status: 'accepted',
  ...extra,
});
const broad = (from: number, to: string): NewMapping => ({
  sourceItemId: from,
  target: { uri: to, label: '', vocabularyId: 'local' },
  relation: 'broadMatch',
  status: 'accepted',
});

describe('incremental checks', () => {
  it('re-checks only the items an edit touched', () => {
    const library = countingLibrary();
    store().create(
      [m(items[0]!, 1, 'exactMatch'), m(items[1]!, 2, 'closeMatch'), m(items[2]!, 3, 'closeMatch'), m(items[3]!, 7, 'closeMatch')],
      { author: 'Ann' },
    );
    runChecks(db(), library);
    library.asked.length = 0;
    store().create([m(items[1]!, 4, 'broadMatch')], { author: 'Ann' });
    const result = runChecks(db(), library);
    expect([...new Set(library.asked)].sort()).toEqual([skill(2), skill(4)]);
    expect(result).toEqual(runChecksFully(db(), library));
  });

  it('gives the same problems as a full run through every kind of edit, including cross-item pairs', () => {
    const library = countingLibrary();
    const same = () => expect(runChecks(db(), library)).toEqual(runChecksFully(db(), library));
    same();
    const created = store().create(
      [
        m(items[0]!, 1, 'exactMatch'),
        m(items[0]!, 2, 'exactMatch'),
        m(items[1]!, 99, 'closeMatch'),
        m(items[2]!, 7, 'closeMatch', { status: 'unsure' }),
      ],
      { author: 'Ann' },
    );
    same();
    store().create([broad(local[0]!, 'http://ex.org/B')], { author: 'Ann' });
    same();
    // The second half of a cross-item contradiction: both items are reported.
    const back = store().create([broad(local[1]!, 'http://ex.org/A')], { author: 'Ann' });
    expect(
      runChecks(db(), library)
        .problems.filter((p) => p.rule === 'inverse-broad-contradiction')
        .map((p) => p.source)
        .sort(),
    ).toEqual(['A', 'B']);
    same();
    store().update([back.mappings[0]!.id], { status: 'rejected' }, { author: 'Ann' });
    expect(runChecks(db(), library).problems.filter((p) => p.rule === 'inverse-broad-contradiction')).toEqual([]);
    same();
    store().update([created.mappings[1]!.id], { relation: 'closeMatch' }, { author: 'Ann' });
    same();
    store().create(
      [
        { sourceItemId: items[3]!, kind: 'no-match', targetVocabularyId: ESCO, status: 'accepted' },
        m(items[3]!, 5, 'closeMatch', { target: { uri: skill(5), label: '', vocabularyId: 'esco-v9' } }),
      ],
      { author: 'Ann' },
    );
    same();
    store().delete([created.mappings[2]!.id], { author: 'Ann' });
    same();
    undo(db(), 'Ann');
    same();
    // A source item change (here: a new item) is picked up too.
    addItems(db(), addScheme(db(), { title: 'Another' }), [{ key: 'LO9', text: 'Explain things' }]);
    same();
  });
});
