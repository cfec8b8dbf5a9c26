import { describe, expect, it } from 'vitest';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';
import { diffVocabularies } from './vocabulary-diff.js';

const E = 'http://data.europa.eu/esco/skill/';
function concept(id: string, label: string, extra: Partial<ConceptRecord> = {}): ConceptRecord {
  return {
    uri: E + id,
    vocabularyId: 'v',
    schemes: [],
    type: 'skill',
    prefLabel: { en: label },
    altLabels: {},
    hiddenLabels: {},
    description: {},
    collections: [],
    broader: [],
    ...extra,
  };
}

describe('diffVocabularies', () => {
  const old = [
    concept('same', 'unchanged skill', { broader: [E + 'g1', E + 'g2'], description: { en: 'Same.' } }),
    concept('gone', 'removed skill'),
    concept('label', 'old label'),
    concept('move', 'moving skill', { broader: [E + 'g1'] }),
    concept('kind', 'Haskell', { type: 'skill', reuseLevel: 'cross-sector', description: { en: 'Old text.' } }),
    concept('dep', 'to be deprecated', { status: 'released' }),
    concept('split', 'split skill'),
    concept('m1', 'merged one'),
    concept('m2', 'merged two'),
  ];
  const next = [
    concept('same', 'unchanged skill', { broader: [E + 'g2', E + 'g1'], description: { en: 'Same.' } }),
    concept('label', 'new label'),
    concept('move', 'moving skill', { broader: [E + 'g3'] }),
    concept('kind', 'Haskell', { type: 'knowledge', reuseLevel: 'sector-specific', description: { en: 'New text.' } }),
    concept('dep', 'to be deprecated', { status: 'deprecated', replacedBy: [E + 'new1'] }),
    concept('new1', 'new skill'),
    concept('split', 'split skill', { status: 'deprecated', replacedBy: [E + 'new2', E + 'new3'] }),
    concept('new2', 'another new skill'),
    concept('new3', 'a third new skill'),
    concept('mm', 'merged', { replaces: [E + 'm1', E + 'm2'] }),
  ];
  const diff = diffVocabularies({ id: 'a', concepts: old }, { id: 'b', concepts: next });
  const of = (id: string) => diff.changes.find((c) => c.uri === E + id);

  it('counts each kind of change', () => {
    expect(diff.counts).toMatchObject({
      added: 4,
      removed: 1,
      replaced: 4,
      deprecated: 2,
      relabelled: 1,
      moved: 1,
      'type-changed': 1,
      'reuse-level-changed': 1,
      'description-changed': 1,
      before: 9,
      after: 10,
      unchanged: 1,
      changed: 12,
    });
    expect(of('same')).toBeUndefined();
  });

  it('gives before and after of the changed fields only', () => {
    expect(of('label')).toMatchObject({
      change: 'relabelled',
      changes: ['relabelled'],
      before: { prefLabel: { en: 'old label' } },
      after: { prefLabel: { en: 'new label' } },
    });
    expect(of('move')).toMatchObject({ change: 'moved', before: { broader: [E + 'g1'] }, after: { broader: [E + 'g3'] } });
    expect(of('kind')).toEqual({
      uri: E + 'kind',
      change: 'type-changed',
      changes: ['type-changed', 'reuse-level-changed', 'description-changed'],
      type: 'knowledge',
      label: 'Haskell',
      before: { type: 'skill', reuseLevel: 'cross-sector', description: { en: 'Old text.' } },
      after: { type: 'knowledge', reuseLevel: 'sector-specific', description: { en: 'New text.' } },
    });
    expect(of('gone')).toMatchObject({ change: 'removed', before: { prefLabel: { en: 'removed skill' } } });
    expect(of('gone')!.after).toBeUndefined();
    expect(of('new1')).toMatchObject({ change: 'added', after: { prefLabel: { en: 'new skill' } } });
  });

  it('tells replacements apart: one-to-one, split and merged, also for concepts that are gone', () => {
    expect(of('dep')).toMatchObject({
      change: 'replaced',
      changes: ['replaced', 'deprecated'],
      replacement: 'one-to-one',
      after: { status: 'deprecated', replacedBy: [E + 'new1'] },
    });
    expect(of('split')).toMatchObject({ change: 'replaced', replacement: 'split', after: { replacedBy: [E + 'new2', E + 'new3'] } });
    expect(of('m1')).toMatchObject({ change: 'replaced', replacement: 'merged', after: { replacedBy: [E + 'mm'] } });
    expect(of('m2')!.replacement).toBe('merged');
  });

  it('sorts by the most significant change, then URI', () => {
    expect(diff.changes.map((c) => c.change)).toEqual([
      'added',
      'added',
      'added',
      'added',
      'removed',
      'replaced',
      'replaced',
      'replaced',
      'replaced',
      'relabelled',
      'moved',
      'type-changed',
    ]);
    expect(diff.changes.slice(0, 4).map((c) => c.uri)).toEqual([E + 'mm', E + 'new1', E + 'new2', E + 'new3']);
  });

  it('finds no change between a version and itself, nor for replacement the older version already stated', () => {
    const again = diffVocabularies({ id: 'b', concepts: next }, { id: 'b', concepts: next });
    expect(again.changes).toEqual([]);
    expect(again.counts.unchanged).toBe(10);
  });
});
