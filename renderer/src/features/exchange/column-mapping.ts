import { MAPPING_TABLE_FIELDS, type MappingTableColumns, type MappingTableField } from '../../../../shared/domain/correspondence.js';
import { MAPPING_RELATIONS } from '../../../../shared/skos.js';

/** A mapping table's header and the column each field is read from (or "=constant"). */
export interface TableColumns {
  header: string[];
  columns: Partial<MappingTableColumns>;
}

export const REQUIRED_FIELDS: readonly MappingTableField[] = ['source', 'target', 'relation'];

/** The step's order: the required fields first. */
export const FIELD_ORDER: readonly MappingTableField[] = [
  ...REQUIRED_FIELDS,
  ...MAPPING_TABLE_FIELDS.filter((f) => !REQUIRED_FIELDS.includes(f)),
];

export const FIELD_LABELS: Record<MappingTableField, string> = {
  source: 'Source id',
  sourceLabel: 'Source label',
  sourceDescription: 'Source description',
  target: 'Target (ESCO URI)',
  targetLabel: 'Target label',
  relation: 'Relation',
  status: 'Status',
  comment: 'Comment',
  author: 'Author',
  date: 'Date',
  confidence: 'Confidence',
};

export interface ColumnChoice {
  value: string;
  label: string;
}

/**
 * What a field's select offers: nothing, each column of the header (once, blank names left out:
 * they cannot be named), and for the relation one constant per SKOS relation ("=exactMatch").
 * A current value that is neither (e.g. "=accepted" given elsewhere) is kept as a choice.
 */
export function fieldChoices(field: MappingTableField, header: readonly string[], current: string | undefined): ColumnChoice[] {
  const none: ColumnChoice = { value: '', label: REQUIRED_FIELDS.includes(field) ? '— choose a column —' : '— not in the file —' };
  const names = [...new Set(header.map((h) => h.trim()).filter(Boolean))];
  const choices = [none, ...names.map((name) => ({ value: name, label: `column “${name}”` }))];
  if (field === 'relation') choices.push(...MAPPING_RELATIONS.map((r) => ({ value: `=${r}`, label: `constant: every row ${r}` })));
  const value = current?.trim();
  if (value && !choices.some((c) => c.value.toLowerCase() === value.toLowerCase())) {
    choices.push({
      value,
      label: value.startsWith('=') ? `constant: every row ${value.slice(1)}` : `column “${value}” (not in the header)`,
    });
  }
  return choices;
}

/** The choice a select shows for a value: header names match case-insensitively, as the core reads them. */
export function selectedChoice(choices: readonly ColumnChoice[], current: string | undefined): string {
  const value = current?.trim().toLowerCase() ?? '';
  return choices.find((c) => c.value.toLowerCase() === value)?.value ?? '';
}

/** Required fields with no column (or constant) chosen. */
export function missingFields(columns: Partial<MappingTableColumns>): MappingTableField[] {
  return REQUIRED_FIELDS.filter((field) => !columns[field]?.trim());
}

/** The columns without the fields left empty: what importPreview is given. */
export function chosenColumns(columns: Partial<MappingTableColumns>): Partial<MappingTableColumns> {
  const chosen: Partial<MappingTableColumns> = {};
  for (const field of MAPPING_TABLE_FIELDS) {
    const value = columns[field]?.trim();
    if (value) chosen[field] = value;
  }
  return chosen;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Header and columns from a failed preview's error details (a table whose columns could not be resolved), else null. */
export function tableFromErrorDetails(details: unknown): TableColumns | null {
  if (!details || typeof details !== 'object') return null;
  const { header, columns } = details as { header?: unknown; columns?: unknown };
  if (!isStringArray(header)) return null;
  const given = columns && typeof columns === 'object' ? (columns as Record<string, unknown>) : {};
  const kept: Partial<MappingTableColumns> = {};
  for (const field of MAPPING_TABLE_FIELDS) {
    const value = given[field];
    if (typeof value === 'string' && value.trim()) kept[field] = value;
  }
  return { header, columns: kept };
}
