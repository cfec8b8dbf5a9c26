import type { CoverageBucket, CoverageCounts } from '../../../../shared/domain/review.js';
import type { ChartRow, ChartSeries } from './BarChart.js';

/** The stacked parts of an item-coverage bar, from decided to open. */
export const ITEM_SERIES: readonly ChartSeries[] = [
  { key: 'mapped', label: 'Mapped', className: 'bar-mapped' },
  { key: 'proposed', label: 'Proposed', className: 'bar-proposed' },
  { key: 'unsure', label: 'Unsure', className: 'bar-unsure' },
  { key: 'noMatch', label: 'No match', className: 'bar-nomatch' },
  { key: 'unmapped', label: 'Unmapped', className: 'bar-unmapped' },
];

export function countsRow(id: string, label: string, counts: CoverageCounts): ChartRow {
  return {
    id,
    label,
    values: { mapped: counts.mapped, proposed: counts.proposed, unsure: counts.unsure, noMatch: counts.noMatch, unmapped: counts.unmapped },
  };
}

export const BUCKET_SERIES: readonly ChartSeries[] = [{ key: 'items', label: 'Source items', className: 'bar-value' }];

/** Buckets as bars of covered source items, largest first. */
export function bucketRows(buckets: readonly CoverageBucket[]): ChartRow[] {
  return [...buckets].sort((a, b) => b.items - a.items).map((b) => ({ id: b.key, label: b.label, values: { items: b.items } }));
}
