import type {
  CorrespondenceItem,
  CorrespondenceMapping,
  ExchangeProblem,
  MappingTableColumns,
  MappingTableField,
} from '../../../shared/domain/correspondence.js';
import { readRelationWord, type RelationReading } from '../../../shared/relation-words.js';
import { badInput } from '../errors.js';
import { describeVocabulary, emptyTable, parseStatus, vocabularyIdForUri, type ReadOptions, type ReaderResult } from './common.js';
import { STANDARD_PREFIXES, expandCurie } from './curies.js';
import { guessMappingColumns, resolveColumns, type ResolvedColumns } from './mapping-table-columns.js';

/** A mapping table's reading, with the header and the column mapping it was read through. */
export interface MappingTableResult extends ReaderResult {
  header: string[];
  columns: Partial<MappingTableColumns>;
}

const UNKNOWN_VOCABULARY = 'unknown';
/** Rows searched for the header when title rows sit above it. */
const HEADER_SEARCH_ROWS = 50;

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
const isUri = (text: string) => /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(text) || /^urn:\S+$/i.test(text);

/**
 * The header: the first row that holds the source column (as given, or as guessed), skipping
 * blank rows, `#` comment rows and title rows above it; else the first row with content.
 */
function findHeader(rows: readonly string[][], columns: Partial<MappingTableColumns> | undefined): number {
  const candidates: number[] = [];
  for (let i = 0; i < rows.length && candidates.length < HEADER_SEARCH_ROWS; i++) {
    if (!isBlank(rows[i]!) && !rows[i]![0]!.trimStart().startsWith('#')) candidates.push(i);
  }
  const source = columns?.source?.trim().toLowerCase();
  const holdsSource = (i: number) => {
    if (source) return rows[i]!.some((cell) => cell.trim().toLowerCase() === source);
    const guessed = guessMappingColumns(rows[i]!);
    return guessed.source !== undefined && guessed.target !== undefined;
  };
  return candidates.find(holdsSource) ?? candidates[0] ?? -1;
}

/** "0.8", "0,8" (decimal comma) or "80%" as a number in 0..1; undefined when it is none of these. */
function parseConfidence(text: string): number | undefined {
  const percent = text.endsWith('%');
  const number = Number((percent ? text.slice(0, -1) : text).trim().replace(/^(\d*),(\d+)$/, '$1.$2'));
  if (!Number.isFinite(number)) return undefined;
  const value = percent ? number / 100 : number;
  return value >= 0 && value <= 1 ? value : undefined;
}

/**
 * Reads any mapping table (rows from CSV, TSV or XLSX) through a column mapping: one mapping per
 * row, the relation read from the source's side ("<": the target is broader, broadMatch), the
 * source items being the distinct source ids with their labels. Without `columns` they are guessed
 * from the header. Rows that cannot be read are problems (severity 'error', with line and field);
 * a mapping that cannot be read at all (columns missing) is refused. `lines` gives each row's
 * line in the file (default: its position, as in a sheet).
 */
export function readMappingTable(
  rows: readonly string[][],
  columns: Partial<MappingTableColumns> | undefined,
  options: ReadOptions,
  lines?: readonly number[],
): MappingTableResult {
  const { file } = options;
  const lineOf = (i: number) => lines?.[i] ?? i + 1;
  const headerIndex = findHeader(rows, columns);
  if (headerIndex < 0) throw badInput('the table is empty: no header row', { file });
  const header = rows[headerIndex]!.map((h) => h.trim());
  const used = columns ?? guessMappingColumns(header);
  const resolved = resolveColumns(header, used, { file, line: lineOf(headerIndex) });
  const constantRelation = resolved.constant.relation;
  const relationForAll = constantRelation === undefined ? undefined : readRelationWord(constantRelation);
  if (constantRelation !== undefined && !relationForAll) {
    throw badInput(`"${constantRelation}" is not a relation (a SKOS mapping relation, =, <, >, ~ or "no relation")`, {
      file,
      field: 'relation',
    });
  }

  const title = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'Mapping table';
  const table = emptyTable(title, options.uriBase);
  const problems: ExchangeProblem[] = [];
  const items = new Map<string, CorrespondenceItem>();
  const noMatchRows: { mapping: CorrespondenceMapping; hasTarget: boolean }[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const line = lineOf(i);
    const read = readRow(row, resolved, relationForAll, options);
    if ('error' in read) {
      problems.push({ severity: 'error', message: `${read.error}: row skipped`, line, field: resolved.name[read.field] ?? read.field });
      continue;
    }
    for (const warning of read.warnings)
      problems.push({ severity: 'warning', message: warning.message, line, field: resolved.name[warning.field] ?? warning.field });
    const existing = items.get(read.item.key);
    if (!existing) items.set(read.item.key, read.item);
    else if (!existing.label && read.item.label) existing.label = read.item.label;
    table.mappings.push(read.mapping);
    if (read.mapping.kind === 'no-match') noMatchRows.push({ mapping: read.mapping, hasTarget: read.targetGiven });
  }

  // A no-match row without a target is about the vocabulary the table maps into.
  const counts = new Map<string, number>();
  for (const m of table.mappings) if (m.object) counts.set(m.vocabularyId, (counts.get(m.vocabularyId) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? UNKNOWN_VOCABULARY;
  for (const { mapping, hasTarget } of noMatchRows) if (!hasTarget) mapping.vocabularyId = main;

  // Items without a label anywhere in the table are known by their id.
  table.source.items = [...items.values()].map((item) => (item.label ? item : { ...item, label: item.key }));
  table.targets = [...new Set(table.mappings.map((m) => m.vocabularyId))].map(describeVocabulary);
  if (resolved.index.status === undefined && resolved.constant.status === undefined) {
    problems.push({ severity: 'info', message: `no status column: every mapping is imported as ${options.defaultStatus}` });
  }
  return { table, problems, header, columns: used };
}

type RowReading =
  | {
      item: CorrespondenceItem;
      mapping: CorrespondenceMapping;
      targetGiven: boolean;
      warnings: { message: string; field: MappingTableField }[];
    }
  | { error: string; field: MappingTableField };

function readRow(
  row: readonly string[],
  columns: ResolvedColumns,
  relationForAll: RelationReading | undefined,
  options: ReadOptions,
): RowReading {
  const cell = (field: MappingTableField): string => {
    const index = columns.index[field];
    return columns.constant[field] ?? (index === undefined ? '' : (row[index] ?? '').trim());
  };
  const sourceId = cell('source');
  if (!sourceId) return { error: 'no source id', field: 'source' };
  const relationText = cell('relation');
  const reading = relationForAll ?? readRelationWord(relationText);
  if (!reading) {
    const said = relationText ? `"${relationText}" is not a relation` : 'no relation';
    return { error: `${said} (a SKOS mapping relation, =, <, >, ~ or "no relation")`, field: 'relation' };
  }
  const targetText = cell('target');
  const target = expandCurie(targetText, STANDARD_PREFIXES);
  if (reading.kind === 'match' && !target) return { error: 'no target', field: 'target' };
  if (target && !isUri(target)) return { error: `target "${targetText}" is not a URI (nor a CURIE such as esco:…)`, field: 'target' };

  const statusText = cell('status');
  const status = statusText ? parseStatus(statusText) : options.defaultStatus;
  if (!status) return { error: `unknown status "${statusText}" (proposed, accepted, rejected or unsure)`, field: 'status' };
  const confidenceText = cell('confidence');
  const confidence = confidenceText ? parseConfidence(confidenceText) : null;
  if (confidence === undefined) return { error: `confidence "${confidenceText}" is not a number from 0 to 1`, field: 'confidence' };

  const warnings: { message: string; field: MappingTableField }[] = [];
  const dateText = cell('date');
  const date = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(dateText) ? dateText.replace(' ', 'T') : '';
  if (dateText && !date) warnings.push({ message: `date "${dateText}" is not YYYY-MM-DD: left out`, field: 'date' });

  const sourceUri = isUri(sourceId) ? sourceId : null;
  const item: CorrespondenceItem = {
    key: sourceId,
    uri: sourceUri,
    label: cell('sourceLabel'),
    description: cell('sourceDescription'),
    notation: sourceUri ? '' : sourceId,
    groupKey: null,
    language: 'en',
  };
  const match = reading.kind === 'match';
  const mapping: CorrespondenceMapping = {
    subjectKey: sourceId,
    kind: reading.kind,
    object: match ? { uri: target, label: cell('targetLabel') } : null,
    vocabularyId: target ? vocabularyIdForUri(target, UNKNOWN_VOCABULARY) : UNKNOWN_VOCABULARY,
    relation: match ? reading.relation : null,
    status,
    justification: 'imported',
    score: null,
    confidence,
    comment: cell('comment'),
    author: cell('author'),
    reviewer: '',
    created: date,
    modified: date,
  };
  return { item, mapping, targetGiven: target !== '', warnings };
}
