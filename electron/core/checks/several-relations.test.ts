import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewMapping } from '../../../shared/domain/mapping.js';
import type { MappingRelation } from '../../../shared/skos.js';
import { MappingStore } from '../mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../mappings/testing.js';
import { fakeLibrary } from './fake-library.js';
import { runChecks } from './run-checks.js';

const library = fakeLibrary(ESCO, [{ uri: skill(1) }, { uri: skill(2) }]);
let handle: ReturnType<typeof tempProject>;
let item: number;
const db = () => handle.project.db;
const m = (target: number, relation: MappingRelation, status: NewMapping['status'] = 'accepted'): NewMapping => ({
  sourceItemId: item,
  target: { uri: skill(target), label: '', vocabularyId: ESCO },
  relation,
  status,
});
const add = (...mappings: NewMapping[]) => new MappingStore(db()).create(mappings, { author: 'Ann' });
const several = () => runChecks(db(), library).problems.filter((p) => p.rule === 'several-relations-one-target');

beforeEach(() => {
  handle = tempProject();
  [item] = addItems(db(), addScheme(db()), [{ key: 'LO1', text: 'Analyse data sets' }]) as [number];
});
afterEach(() => handle.cleanup());

describe('live check: two relations to one target', () => {
  it('flags closeMatch and broadMatch from one item to one target, live after the second is added', () => {
    add(m(1, 'closeMatch'), m(2, 'broadMatch'));
    expect(several()).toEqual([]);
    add(m(1, 'broadMatch', 'proposed'));
    expect(several()).toMatchObject([
      {
        severity: 'warning',
        source: 'LO1',
        targets: [skill(1)],
        message: 'closeMatch and broadMatch to the same target ' + skill(1) + ': keep one.',
      },
    ]);
    expect(several()[0]!.mappingIds).toHaveLength(2);
  });

  it('leaves rejected statements out, and pairs another rule already names', () => {
    add(m(1, 'closeMatch'), m(1, 'relatedMatch', 'rejected'));
    expect(several()).toEqual([]);
    add(m(2, 'exactMatch'), m(2, 'narrowMatch'));
    const problems = runChecks(db(), library).problems;
    expect(problems.filter((p) => p.rule === 'exact-with-other-relation')).toHaveLength(1);
    expect(several()).toEqual([]);
  });
});
