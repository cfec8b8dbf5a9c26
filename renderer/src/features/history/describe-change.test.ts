import { describe, expect, it } from 'vitest';
import type { MappingChange } from '../../../../shared/domain/mapping.js';
import { mapping } from '../workbench/test-fixtures.js';
import { changedFields, describeMapping } from './describe-change.js';

describe('history descriptions', () => {
  it('describes matches and negative statements in one line', () => {
    expect(describeMapping(mapping(1, 'u', { relation: 'closeMatch', status: 'unsure' }))).toBe('close match → label u (unsure)');
    expect(describeMapping(mapping(2, null))).toBe('no match in v (accepted)');
    expect(describeMapping(mapping(3, 'u', { kind: 'must-not-map', relation: null }))).toBe('must not map → label u');
    expect(describeMapping(null)).toBe('');
  });

  it('lists the fields an update changed', () => {
    const change = { before: mapping(1, 'u'), after: mapping(1, 'u', { status: 'rejected', comment: 'too broad' }) } as MappingChange;
    expect(changedFields(change)).toEqual(['status: accepted → rejected', 'comment: – → too broad']);
  });

  it('shows both versions when a mapping moves to a newer vocabulary version', () => {
    const moved = {
      before: mapping(1, 'u'),
      after: mapping(1, 'u', { target: { uri: 'u', label: 'new label', vocabularyId: 'v2' }, targetVocabularyId: 'v2' }),
    } as MappingChange;
    expect(changedFields(moved)).toEqual(['label: label u → new label', 'version: v → v2']);
    const replaced = {
      before: mapping(1, 'u'),
      after: mapping(1, 'w', { target: { uri: 'w', label: 'successor', vocabularyId: 'v2' }, targetVocabularyId: 'v2' }),
    } as MappingChange;
    expect(changedFields(replaced)).toEqual(['target: label u → successor', 'version: v → v2']);
  });
});
