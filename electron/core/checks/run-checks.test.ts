import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewMapping } from '../../../shared/domain/mapping.js';
import type { CheckRuleId } from '../../../shared/domain/review.js';
import type { MappingRelation } from '../../../shared/skos.js';
import { MappingStore } from '../mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../mappings/testing.js';
import { fakeLibrary } from './fake-library.js';
import { projectRules, setProjectRules } from './rules.js';
import { runChecks } from './run-checks.js';

const OTHER_SCHEME = 'http://data.europa.eu/esco/concept-scheme/other';
const library = fakeLibrary(ESCO, [
  { uri: skill(1) },
  { uri: skill(2) },
  { uri: skill(3), schemes: [OTHER_SCHEME] },
  { uri: skill(4), status: 'deprecated' },
  { uri: skill('k'), type: 'knowledge' },
]);

let handle: ReturnType<typeof tempProject>;
let items: number[];
const db = () => handle.project.db;

beforeEach(() => {
  handle = tempProject();
  const scheme = addScheme(db());
  items = addItems(db(), scheme, [
    { key: 'LO1', text: 'Analyse data sets' },
    { key: 'LO2', text: 'Explain the principles of data protection' },
    { key: 'LO3', text: 'Something else entirely' },
  ]);
});
afterEach(() => handle.cleanup());

const m = (item: number, target: number | string, relation: MappingRelation, extra: Partial<NewMapping> = {}): NewMapping => ({
  sourceItemId: items[item]!,
  target: { uri: skill(target), label: '', vocabularyId: ESCO },
  relation,
  status: 'accepted',
  ...extra,
});
const add = (...mappings: NewMapping[]) => new MappingStore(db()).create(mappings, { author: 'Ann' });
const rules = (lookup = library) => runChecks(db(), lookup).problems;
const of = (rule: CheckRuleId, lookup = library) => rules(lookup).filter((p) => p.rule === rule);

describe('checks', () => {
  it('flags exactMatch to several concepts of the same scheme (not across schemes)', () => {
    add(m(0, 1, 'exactMatch'), m(0, 3, 'exactMatch'));
    expect(of('exact-multiple-same-scheme')).toEqual([]);
    add(m(0, 2, 'exactMatch'));
    const [problem] = of('exact-multiple-same-scheme');
    expect(problem).toMatchObject({ severity: 'error', source: 'LO1', targets: [skill(1), skill(2)] });
  });

  it('flags exactMatch together with broad / narrow / related to the same target', () => {
    add(m(0, 1, 'exactMatch'), m(0, 1, 'closeMatch'));
    expect(of('exact-with-other-relation')).toEqual([]);
    add(m(0, 1, 'broadMatch'));
    expect(of('exact-with-other-relation')).toMatchObject([
      { source: 'LO1', targets: [skill(1)], message: expect.stringContaining('broadMatch') },
    ]);
  });

  it('ignores rejected statements', () => {
    add(m(0, 1, 'exactMatch'), m(0, 1, 'broadMatch', { status: 'rejected' }));
    expect(of('exact-with-other-relation')).toEqual([]);
  });

  it('flags contradictory broad / narrow pairs, within an item and across items via their URIs', () => {
    add(m(0, 1, 'broadMatch'), m(0, 1, 'narrowMatch'));
    expect(of('inverse-broad-contradiction')).toHaveLength(1);
    const scheme = addScheme(db(), { title: 'Local classification', kind: 'classification', uri: 'http://ex.org/s' });
    const [a, b] = addItems(db(), scheme, [
      { key: 'A', text: 'A', uri: 'http://ex.org/A' },
      { key: 'B', text: 'B', uri: 'http://ex.org/B' },
    ]);
    const local = (from: number, to: string): NewMapping => ({
      sourceItemId: from,
      target: { uri: to, label: '', vocabularyId: 'local' },
      relation: 'broadMatch',
    });
    add(local(a!, 'http://ex.org/B'));
    expect(of('inverse-broad-contradiction')).toHaveLength(1);
    add(local(b!, 'http://ex.org/A'));
    expect(
      of('inverse-broad-contradiction')
        .map((p) => p.source)
        .sort(),
    ).toEqual(['A', 'B', 'LO1']);
  });

  it('flags a mapping to a target the item must not map to', () => {
    add(m(0, 1, 'exactMatch'), { sourceItemId: items[0]!, kind: 'must-not-map', target: { uri: skill(1), label: '', vocabularyId: ESCO } });
    expect(of('match-and-must-not-map')).toMatchObject([{ source: 'LO1', severity: 'error' }]);
  });

  it('flags "no match" in a vocabulary next to mappings into it', () => {
    add(m(0, 1, 'closeMatch'), { sourceItemId: items[0]!, kind: 'no-match', targetVocabularyId: ESCO });
    expect(of('no-match-with-accepted')).toHaveLength(1);
  });

  it('flags targets missing from or deprecated in the loaded vocabulary', () => {
    add(m(0, 99, 'closeMatch'), m(1, 4, 'closeMatch'));
    expect(of('target-missing')).toMatchObject([{ source: 'LO1', targets: [skill(99)] }]);
    expect(of('target-deprecated')).toMatchObject([{ source: 'LO2', targets: [skill(4)], severity: 'warning' }]);
  });

  it('says "vocabulary not loaded" instead of guessing when the library lacks the version', () => {
    add(m(0, 99, 'closeMatch'), m(1, 1, 'closeMatch', { target: { uri: skill(1), label: '', vocabularyId: 'esco-v9' } }));
    const result = runChecks(db(), library);
    expect(result.vocabulariesLoaded).toBe(false);
    expect(result.problems.filter((p) => p.rule === 'vocabulary-not-loaded')).toMatchObject([
      { sourceItemId: null, message: expect.stringContaining('esco-v9') },
    ]);
    expect(runChecks(db(), null).problems.filter((p) => p.rule === 'target-missing')).toEqual([]);
  });

  it('flags learning outcomes without an accepted mapping (a "no match" settles them)', () => {
    add(m(0, 1, 'closeMatch'), m(1, 2, 'closeMatch', { status: 'proposed' }));
    expect(of('outcome-without-accepted').map((p) => p.source)).toEqual(['LO2', 'LO3']);
    add({ sourceItemId: items[2]!, kind: 'no-match', targetVocabularyId: ESCO });
    expect(of('outcome-without-accepted').map((p) => p.source)).toEqual(['LO2']);
  });

  it('flags items mapped only with "unsure"', () => {
    add(m(0, 1, 'closeMatch', { status: 'unsure' }), m(1, 1, 'closeMatch', { status: 'unsure' }), m(1, 2, 'closeMatch'));
    expect(of('only-unsure').map((p) => p.source)).toEqual(['LO1']);
  });

  it('warns when a knowledge outcome maps only to skills, and the reverse', () => {
    add(m(1, 1, 'closeMatch'), m(0, 'k', 'closeMatch'));
    expect(of('knowledge-skill-type').map((p) => [p.source, p.severity])).toEqual([
      ['LO1', 'warning'],
      ['LO2', 'warning'],
    ]);
    add(m(1, 'k', 'relatedMatch'));
    expect(of('knowledge-skill-type').map((p) => p.source)).toEqual(['LO1']);
  });

  it('each rule can be switched off per project', () => {
    add(m(0, 1, 'exactMatch'), m(0, 1, 'broadMatch'));
    expect(of('exact-with-other-relation')).toHaveLength(1);
    setProjectRules(db(), { 'exact-with-other-relation': false });
    expect(projectRules(db()).find((r) => r.id === 'exact-with-other-relation')?.enabled).toBe(false);
    expect(of('exact-with-other-relation')).toEqual([]);
    handle.reopen();
    expect(of('exact-with-other-relation')).toEqual([]);
    setProjectRules(db(), { 'exact-with-other-relation': true });
    expect(of('exact-with-other-relation')).toHaveLength(1);
  });

  it('orders problems errors first', () => {
    add(m(0, 1, 'exactMatch'), m(0, 1, 'broadMatch', { status: 'unsure' }));
    const severities = rules().map((p) => p.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)),
    );
  });
});
