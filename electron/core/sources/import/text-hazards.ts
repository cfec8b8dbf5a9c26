import type { ImportField, ImportProblem } from '../../../../shared/domain/source.js';

/** An HTML/XML entity reference: &amp; &lt; &#233; &#x2019; … */
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;

/**
 * Values that would be stored wrong without a word. A NUL byte (U+0000) cuts ids and texts short
 * in other tools and cannot be exported: an error. An entity reference ('R&amp;D') is markup left
 * in the text by an export that escaped twice: a warning, since it is kept as written.
 */
export function textHazards(row: number, values: Partial<Record<ImportField, string>>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const [field, value] of Object.entries(values) as [ImportField, string | undefined][]) {
    if (!value) continue;
    if (value.includes('\u0000')) {
      problems.push({ row, field, severity: 'error', message: 'contains a NUL byte (U+0000); remove it from the file' });
      continue;
    }
    const entity = ENTITY.exec(value);
    if (entity) {
      problems.push({
        row,
        field,
        severity: 'warning',
        message: `contains the entity reference "${entity[0]}" as text; kept as written (was the file escaped twice?)`,
      });
    }
  }
  return problems;
}
