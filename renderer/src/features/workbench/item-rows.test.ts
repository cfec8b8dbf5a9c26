import { describe, expect, it } from 'vitest';
import { buildItemRows, filterRows, patchSummaries, summaryFromMappings } from './item-rows.js';
import { mapping, summary } from './test-fixtures.js';

describe('item rows', () => {
  it('joins course titles and counts statements', () => {
    const [row] = buildItemRows([summary(1, { mappingCount: 2, noMatch: true, rollup: 'no-match' })], new Map([[10, 'Data science']]));
    expect(row).toMatchObject({ id: 1, key: 'LO1', course: 'Data science', status: 'no-match', mappings: 3 });
  });

  it('keeps unchanged rows identical so the table re-renders only what changed', () => {
    const titles = new Map([[10, 'Course']]);
    const first = buildItemRows([summary(1), summary(2)], titles);
    const second = buildItemRows(
      [summary(1), summary(2, { mappingCount: 1, accepted: 1, rollup: 'accepted' })],
      titles,
      new Map(first.map((r) => [r.id, r])),
    );
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.status).toBe('accepted');
  });

  it('filters unmapped, proposed, unsure and items with problems', () => {
    const rows = buildItemRows(
      [summary(1), summary(2, { rollup: 'proposed' }), summary(3, { rollup: 'unsure', problems: 1 }), summary(4, { rollup: 'accepted' })],
      new Map(),
    );
    expect(filterRows(rows, 'all')).toBe(rows);
    expect(filterRows(rows, 'unmapped').map((r) => r.id)).toEqual([1]);
    expect(filterRows(rows, 'proposed').map((r) => r.id)).toEqual([2]);
    expect(filterRows(rows, 'unsure').map((r) => r.id)).toEqual([3]);
    expect(filterRows(rows, 'problems').map((r) => r.id)).toEqual([3]);
  });
});

describe('summaryFromMappings', () => {
  it('rolls up like the core: accepted, then no match, proposed, unsure, else unmapped', () => {
    const base = summary(1, { problems: 2 });
    expect(summaryFromMappings(base, [mapping(1, 'a', { status: 'proposed' }), mapping(2, 'b')])).toMatchObject({
      rollup: 'accepted',
      accepted: 1,
      proposed: 1,
      mappingCount: 2,
      problems: 2,
    });
    expect(summaryFromMappings(base, [mapping(1, null), mapping(2, 'b', { status: 'proposed' })])).toMatchObject({
      rollup: 'no-match',
      noMatch: true,
      mappingCount: 1,
    });
    expect(summaryFromMappings(base, [mapping(1, 'a', { status: 'unsure' })]).rollup).toBe('unsure');
    expect(
      summaryFromMappings(base, [mapping(1, 'a', { status: 'rejected' }), mapping(2, 'c', { kind: 'must-not-map', relation: null })]),
    ).toMatchObject({
      rollup: 'unmapped',
      rejected: 1,
      mustNotMap: 1,
    });
  });

  it('patches only the edited item', () => {
    const all = [summary(1), summary(2)];
    const patched = patchSummaries(all, 2, [mapping(9, 'x')]);
    expect(patched[0]).toBe(all[0]);
    expect(patched[1]!.rollup).toBe('accepted');
  });
});
