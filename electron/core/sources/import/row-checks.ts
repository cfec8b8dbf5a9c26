import type { ImportField, ImportProblem, PreviewRow } from '../../../../shared/domain/source.js';
import type { z } from 'zod';
import type { RowEditsSchema } from '../../../../shared/contract/sources.js';
import { checkValues, type ValueCheckContext } from './field-values.js';
import { textHazards } from './text-hazards.js';

export interface RowCheckOptions extends ValueCheckContext {
  /** The id field is mapped / provided, so an empty id is a problem. */
  requireId: boolean;
}

/**
 * Recomputes every row's problems from its values: the checks the preview shows and the commit
 * enforces. Structural problems found while reading (kept in `fixed`) survive unless the row was fixed.
 */
export function checkRows(rows: PreviewRow[], options: RowCheckOptions, structural = new Map<number, ImportProblem[]>()): PreviewRow[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const problems: ImportProblem[] = [...(structural.get(row.row) ?? [])];
    const error = (field: ImportField, message: string) => problems.push({ row: row.row, field, severity: 'error', message });
    const id = row.values.id?.trim() ?? '';
    if (options.requireId && !id) error('id', 'missing id');
    if (id) {
      const first = seen.get(id);
      if (first !== undefined) error('id', `duplicate id "${id}" (also row ${first})`);
      else seen.set(id, row.row);
    }
    if (!row.values.text?.trim()) error('text', 'empty text');
    problems.push(...checkValues(row.row, row.values, options), ...textHazards(row.row, row.values));
    return { ...row, problems };
  });
}

/** The user's fixes and exclusions, as the contract carries them. */
export type RowEdits = z.infer<typeof RowEditsSchema>;

/** Applies the user's fixes and drops excluded rows. Returns the rows that changed, too. */
export function applyEdits(rows: PreviewRow[], edits: RowEdits): { rows: PreviewRow[]; fixedRows: Set<number> } {
  const excluded = new Set(edits.exclude ?? []);
  const fixes = new Map<number, { field: ImportField; value: string }[]>();
  for (const fix of edits.fixes ?? []) fixes.set(fix.row, [...(fixes.get(fix.row) ?? []), fix]);
  const fixedRows = new Set<number>();
  const next = rows
    .filter((row) => !excluded.has(row.row))
    .map((row) => {
      const rowFixes = fixes.get(row.row);
      if (!rowFixes) return row;
      fixedRows.add(row.row);
      const values = { ...row.values };
      for (const fix of rowFixes) values[fix.field] = fix.value;
      return { ...row, values };
    });
  return { rows: next, fixedRows };
}

export function countProblems(rows: PreviewRow[], fileProblems: ImportProblem[]): { errors: number; warnings: number } {
  const all = [...fileProblems, ...rows.flatMap((r) => r.problems)];
  return { errors: all.filter((p) => p.severity === 'error').length, warnings: all.filter((p) => p.severity === 'warning').length };
}
