import type { ColumnMapping, ImportField, ImportProblem, PreviewRow } from '../../../../shared/domain/source.js';
import { IMPORT_FIELDS } from '../../../../shared/domain/source.js';
import type { BundleGroup, BundleItem, SourceBundle } from './bundle.js';
import { metadataFromValues } from './field-values.js';
import type { RawTable } from './raw-table.js';
import { splitOutcomeCell, splitOutcomes } from './split-outcomes.js';
import { StableKeys } from './stable-key.js';

/** Header words that name each field, in the languages course catalogues tend to use. */
const SYNONYMS: Record<ImportField, string[]> = {
  id: ['id', 'identifier', 'outcome id', 'lo id', 'item id', 'code', 'key'],
  text: [
    'text',
    'learning outcome',
    'learning outcomes',
    'outcome',
    'outcomes',
    'label',
    'preflabel',
    'title',
    'lernziel',
    'lernergebnis',
    'leeruitkomst',
  ],
  description: ['description', 'definition', 'beschreibung'],
  notation: ['notation'],
  language: ['language', 'lang', 'sprache', 'taal'],
  course: ['course', 'course id', 'course code', 'module', 'module id', 'module code', 'kurs', 'modul'],
  courseTitle: ['course title', 'course name', 'module title', 'module name'],
  courseDescription: ['course description', 'module description'],
  ects: ['ects', 'credits', 'ects credits', 'ec', 'study load'],
  workloadHours: ['workload', 'workload hours', 'hours', 'notional workload'],
  eqfLevel: ['eqf', 'eqf level', 'level'],
  qfEheaCycle: ['qf-ehea', 'qf-ehea cycle', 'cycle'],
  iscedF: ['isced', 'isced-f', 'isced-f code', 'isced code', 'field', 'field of study'],
  awardingBody: ['awarding body', 'provider', 'institution', 'awarded by'],
  country: ['country'],
  assessment: ['assessment', 'type of assessment'],
  participation: ['participation', 'form of participation', 'mode', 'mode of delivery'],
  qualityAssurance: ['quality assurance', 'qa'],
  prerequisites: ['prerequisites', 'entry requirements', 'admission requirements'],
  supervisionAndIdentityVerification: ['supervision', 'identity verification', 'supervision and identity verification'],
  integrationStackability: ['stackability', 'integration', 'integration/stackability'],
  courseLanguage: ['course language', 'teaching language', 'language of instruction'],
  url: ['url', 'link', 'homepage', 'web page'],
};

const normalise = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/**
 * A first guess at the column mapping from the header texts and, for the text, the cells: of the
 * columns whose header could name it ("Title", "Learning outcomes"), the one with the longest
 * sentence-like cells wins, so a catalogue's title column does not take the outcomes' place.
 */
export function guessMapping(columns: string[], rows: readonly { cells: string[] }[] = []): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    if (field === 'text') continue;
    const column = columns.find((c) => !used.has(c) && SYNONYMS[field].includes(normalise(c)));
    if (column) {
      mapping[field] = column;
      used.add(column);
    }
  }
  const text = guessTextColumn(
    columns.filter((c) => !used.has(c)),
    (column) => rows.slice(0, 200).map((r) => r.cells[columns.indexOf(column)] ?? ''),
  );
  return text ? { text, ...mapping } : mapping;
}

const OUTCOME_HEADER = /outcome|objective|competen|lernziel|lernergebnis|leeruitkomst|leerresultaat|acquis|résultat/;

function guessTextColumn(free: string[], cellsOf: (column: string) => string[]): string | undefined {
  const named = free.filter((c) => SYNONYMS.text.includes(normalise(c)) || OUTCOME_HEADER.test(normalise(c)));
  const words = (column: string) => meanWords(cellsOf(column));
  if (named.length) return named.reduce((best, c) => (words(c) > words(best) ? c : best));
  // No header names the text: the column of sentences, if there is one.
  const sentences = free.filter((c) => words(c) >= 6);
  return sentences.length ? sentences.reduce((best, c) => (words(c) > words(best) ? c : best)) : undefined;
}

function meanWords(cells: string[]): number {
  const filled = cells.filter((c) => c.trim());
  return filled.length ? filled.reduce((sum, c) => sum + c.trim().split(/\s+/).length, 0) / filled.length : 0;
}

export interface TableRows {
  rows: PreviewRow[];
  /** Column-count problems, per row, kept until the row is fixed. */
  structural: Map<number, ImportProblem[]>;
  fileProblems: ImportProblem[];
}

export function tableRows(table: RawTable, mapping: ColumnMapping, split: boolean): TableRows {
  const fileProblems: ImportProblem[] = [];
  const index = new Map<ImportField, number>();
  for (const [field, column] of Object.entries(mapping) as [ImportField, string][]) {
    const i = table.columns.indexOf(column);
    if (i < 0)
      fileProblems.push({ row: 0, field, severity: 'error', message: `no column "${column}" (columns: ${table.columns.join(', ')})` });
    else index.set(field, i);
  }
  if (!index.has('text')) fileProblems.push({ row: 0, field: 'text', severity: 'error', message: 'no column is mapped to the text' });
  if (!index.has('id')) {
    fileProblems.push({
      row: 0,
      field: 'id',
      severity: 'warning',
      message:
        'no id column: item ids are made from the course and the outcome text, so a re-import treats an edited outcome as removed + added',
    });
  }
  const structural = new Map<number, ImportProblem[]>();
  const rows = table.rows.map(({ line, cells }) => {
    const values: Partial<Record<ImportField, string>> = {};
    for (const [field, i] of index) values[field] = (cells[i] ?? '').trim();
    if (cells.length !== table.columns.length) {
      structural.set(line, [
        {
          row: line,
          field: '',
          severity: 'warning',
          message: `the row has ${cells.length} fields, the header ${table.columns.length}: check the delimiter and quoting`,
        },
      ]);
    }
    return { row: line, values, items: itemCount(values.text, split), problems: [] };
  });
  return { rows, structural, fileProblems };
}

/** How many items a row's text makes: one, several when outcome lists are split, none when empty. */
export function itemCount(text: string | undefined, split: boolean): number {
  return split ? splitOutcomes(text ?? '').length : text?.trim() ? 1 : 0;
}

/** Builds the source from checked rows: one group per course value, one or (split) several items per row. */
export function bundleFromRows(
  rows: PreviewRow[],
  options: { split: boolean; format: SourceBundle['format']; fileName: string; title: string; language: string },
): SourceBundle {
  const groups = new Map<string, BundleGroup>();
  const items: BundleItem[] = [];
  const keys = new StableKeys();
  for (const row of rows) {
    const v = row.values;
    const course = v.course?.trim() || v.courseTitle?.trim() || '';
    if (course) {
      const metadata = metadataFromValues(v);
      const existing = groups.get(course);
      if (!existing) {
        groups.set(course, {
          key: course,
          title: v.courseTitle?.trim() || course,
          description: v.courseDescription?.trim() || '',
          metadata,
        });
      } else {
        // Course columns usually repeat on each outcome row: the first value given wins.
        for (const [k, value] of Object.entries(metadata)) {
          const m = existing.metadata as Record<string, unknown>;
          if (value !== undefined && m[k] === undefined) m[k] = value;
        }
      }
    }
    const id = v.id?.trim();
    const cell = options.split ? splitOutcomeCell(v.text ?? '') : { leadIn: '', outcomes: [v.text?.trim() ?? ''] };
    const group = course ? groups.get(course) : undefined;
    if (group && cell.leadIn && group.metadata.outcomesLeadIn === undefined) group.metadata.outcomesLeadIn = cell.leadIn;
    const texts = cell.outcomes;
    texts.forEach((text) => {
      // Explicit ids are kept; generated ones follow the text, never the row or bullet position.
      const generatedKey = !(id && !options.split);
      items.push({
        key: generatedKey ? keys.next(id || course || 'row', text) : id,
        generatedKey,
        text,
        description: v.description?.trim() || '',
        notation: v.notation?.trim() || '',
        language: v.language?.trim() || options.language,
        groupKey: course || null,
        line: row.row,
      });
    });
  }
  return {
    format: options.format,
    fileName: options.fileName,
    scheme: { title: options.title, kind: 'learning-outcomes', language: options.language },
    groups: [...groups.values()],
    items,
    problems: [],
  };
}
