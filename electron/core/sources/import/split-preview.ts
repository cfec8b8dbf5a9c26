import type { SplitPreview } from '../../../../shared/domain/source.js';
import type { SourceBundle } from './bundle.js';

/** Outcomes listed in the preview; the counts cover all of them. */
export const SPLIT_PREVIEW_LIMIT = 200;

/**
 * What split cells become, from the bundle a commit would write: one entry per outcome with its
 * course, and the lead-ins kept on the courses, so the preview shows the split and not the raw cells.
 */
export function splitPreview(bundle: SourceBundle, limit = SPLIT_PREVIEW_LIMIT): SplitPreview {
  const titles = new Map(bundle.groups.map((g) => [g.key, g.title]));
  const courseOf = (key: string | null | undefined) => (key ? (titles.get(key) ?? key) : '');
  return {
    cells: new Set(bundle.items.map((i) => i.line)).size,
    outcomes: bundle.items.length,
    items: bundle.items.slice(0, limit).map((i) => ({ row: i.line ?? 0, course: courseOf(i.groupKey), text: i.text })),
    leadIns: bundle.groups.flatMap((g) => (g.metadata.outcomesLeadIn ? [{ course: g.title, leadIn: g.metadata.outcomesLeadIn }] : [])),
  };
}
