import { useMemo } from 'react';
import { courseTitles, statusCounts, type ItemQuery } from './item-query.js';
import { ITEM_FILTERS, type ItemRowView } from './item-rows.js';

const SCORE_LIMITS: readonly { value: string; label: string }[] = [
  { value: '', label: 'any score' },
  { value: '0.9', label: '≥ 0.9' },
  { value: '0.75', label: '≥ 0.75' },
  { value: '0.5', label: '≥ 0.5' },
  { value: '0.25', label: '≥ 0.25' },
];

interface Props {
  query: ItemQuery;
  onQuery(update: Partial<ItemQuery>): void;
  onClear(): void;
  allRows: readonly ItemRowView[];
  shown: number;
}

/** Above the items list: the filter box, status, course and best-score filters, and what they leave. */
export function ItemFilters({ query, onQuery, onClear, allRows, shown }: Props) {
  const counts = useMemo(() => statusCounts(allRows), [allRows]);
  const courses = useMemo(() => courseTitles(allRows), [allRows]);
  const filtered = shown !== allRows.length;
  return (
    <div className="item-filters">
      <div className="item-filters-line">
        <input
          type="search"
          aria-label="Filter items"
          placeholder="Filter by id, text, course or notes"
          value={query.text}
          onChange={(e) => onQuery({ text: e.target.value })}
          onKeyDown={(e) => {
            // Escape empties the box first; the next one leaves it for the list.
            if (e.key === 'Escape' && query.text) {
              e.preventDefault();
              onQuery({ text: '' });
            }
          }}
        />
        <label>
          Course
          <select value={query.course} onChange={(e) => onQuery({ course: e.target.value })}>
            <option value="">All courses</option>
            {courses.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
            {query.course && !courses.includes(query.course) && <option value={query.course}>{query.course}</option>}
          </select>
        </label>
        <label>
          Best suggestion
          <select
            value={query.minScore == null ? '' : String(query.minScore)}
            onChange={(e) => onQuery({ minScore: e.target.value ? Number(e.target.value) : null })}
          >
            {SCORE_LIMITS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
            {query.minScore != null && !SCORE_LIMITS.some((s) => s.value === String(query.minScore)) && (
              <option value={String(query.minScore)}>≥ {query.minScore}</option>
            )}
          </select>
        </label>
      </div>
      <div role="radiogroup" aria-label="Show items" className="segmented">
        {ITEM_FILTERS.map((f) => (
          <button key={f.id} type="button" role="radio" aria-checked={query.status === f.id} onClick={() => onQuery({ status: f.id })}>
            {f.label} <span className="count">{counts[f.id]}</span>
          </button>
        ))}
      </div>
      <p className="item-filters-count" data-testid="items-shown">
        {filtered ? `${shown} of ${allRows.length} items shown` : `${allRows.length} items`}
        {filtered && (
          <button type="button" onClick={onClear}>
            Show all
          </button>
        )}
      </p>
    </div>
  );
}
