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
});
