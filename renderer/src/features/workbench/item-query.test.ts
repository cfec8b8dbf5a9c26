import { describe, expect, it } from 'vitest';
import { courseTitles, EMPTY_QUERY, isEmptyQuery, nextSort, queryRows, statusCounts, type ItemQuery } from './item-query.js';
import { buildItemRows } from './item-rows.js';
import { summary } from './test-fixtures.js';

const rows = buildItemRows(
  [
    summary(1, { key: 'LO-1', text: 'Analyse data sets', groupId: 10 }),
    summary(2, { key: 'LO-2', text: 'Write Python scripts', groupId: 20, rollup: 'proposed', bestScore: 0.8 }),
    summary(3, { key: 'LO-10', text: 'Visualise data', groupId: 20, rollup: 'accepted', bestScore: 0.95, problems: 2 }),
    summary(4, { key: 'X-4', text: 'Report results', groupId: null, rollup: 'no-match', notes: 'Ask the Python teacher' }),
    summary(5, { key: 'LO-5', text: 'Protect data', groupId: 10, rollup: 'unsure', bestScore: 0.4 }),
  ],
  new Map([
    [10, 'Data science'],
    [20, 'Programming'],
  ]),
);
const ids = (query: Partial<ItemQuery>) => queryRows(rows, { ...EMPTY_QUERY, ...query }).map((r) => r.id);

describe('queryRows', () => {
  it('shows every row, as they are, for the empty query', () => {
    expect(queryRows(rows, EMPTY_QUERY)).toBe(rows);
    expect(isEmptyQuery(EMPTY_QUERY)).toBe(true);
    expect(isEmptyQuery({ ...EMPTY_QUERY, sort: { column: 'key', descending: false } })).toBe(true);
  });

  it('matches every word of the filter box against id, text, course and notes, ignoring case', () => {
    expect(ids({ text: 'lo-1' })).toEqual([1, 3]);
    expect(ids({ text: 'DATA' })).toEqual([1, 3, 5]);
    expect(ids({ text: 'python' })).toEqual([2, 4]);
    expect(ids({ text: 'programming visualise' })).toEqual([3]);
    expect(ids({ text: '  ' })).toEqual([1, 2, 3, 4, 5]);
  });

  it('filters by status, course and best suggestion score, together', () => {
    expect(ids({ status: 'accepted' })).toEqual([3]);
    expect(ids({ status: 'no-match' })).toEqual([4]);
    expect(ids({ status: 'problems' })).toEqual([3]);
    expect(ids({ course: 'Data science' })).toEqual([1, 5]);
    expect(ids({ minScore: 0.75 })).toEqual([2, 3]);
    expect(ids({ course: 'Programming', status: 'proposed', text: 'script' })).toEqual([2]);
  });

  it('sorts by a column, ids in natural order, keeping the source order among equals', () => {
    expect(ids({ sort: { column: 'key', descending: false } })).toEqual([1, 2, 5, 3, 4]);
    expect(ids({ sort: { column: 'score', descending: true } })).toEqual([3, 2, 5, 1, 4]);
    expect(ids({ sort: { column: 'course', descending: false } })).toEqual([4, 1, 5, 2, 3]);
    expect(ids({ text: 'data', sort: { column: 'text', descending: true } })).toEqual([3, 5, 1]);
  });

  it('cycles a header between ascending, descending and the source order', () => {
    expect(nextSort(null, 'text')).toEqual({ column: 'text', descending: false });
    expect(nextSort({ column: 'text', descending: false }, 'text')).toEqual({ column: 'text', descending: true });
    expect(nextSort({ column: 'text', descending: true }, 'text')).toBeNull();
    expect(nextSort({ column: 'text', descending: true }, 'key')).toEqual({ column: 'key', descending: false });
  });

  it('counts statuses and lists courses for the filters', () => {
    expect(statusCounts(rows)).toEqual({ all: 5, unmapped: 1, proposed: 1, accepted: 1, unsure: 1, 'no-match': 1, problems: 1 });
    expect(courseTitles(rows)).toEqual(['Data science', 'Programming']);
  });
});
