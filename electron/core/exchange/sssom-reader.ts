import YAML from 'yaml';
import type { CorrespondenceItem, ExchangeProblem, TargetVocabulary } from '../../../shared/domain/correspondence.js';
import type { MappingKind } from '../../../shared/domain/mapping.js';
import { NS, relationFromUri, type MappingRelation } from '../../../shared/skos.js';
import { badInput } from '../errors.js';
import {
  describeVocabulary,
  emptyTable,
  justificationFromSemapv,
  keyForSubjectUri,
  parseStatus,
  vocabularyIdFor,
  vocabularyIdForUri,
  type ReadOptions,
  type ReaderResult,
} from './common.js';
import { STANDARD_PREFIXES, expandCurie } from './curies.js';

/** An IRI after expansion (http:, https:, urn: …): a CURIE whose prefix is undeclared stays "prefix:local" and is not one. */
function isIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^(urn|mailto|tag):/i.test(value);
}
import { readDelimitedRows } from './delimited-text.js';
import { UNMAPPED_STATUS } from './sssom-writer.js';

const REQUIRED = ['predicate_id', 'object_id', 'mapping_justification'] as const;

function asString(value: unknown): string {
  if (Array.isArray(value)) return value.map(asString).join('; ');
  return value === undefined || value === null ? '' : String(value);
}

function num(value: string | undefined): number | null {
  if (!value?.trim()) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Splits SSSOM/TSV into its commented YAML block and the table, counting header lines. */
function splitHeader(text: string): { yaml: string; body: string; headerLines: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  let n = 0;
  while (n < lines.length && lines[n]!.startsWith('#')) n++;
  return {
    yaml: lines
      .slice(0, n)
      .map((l) => l.slice(1))
      .join('\n'),
    body: lines.slice(n).join('\n'),
    headerLines: n,
  };
}

/** Reads SSSOM/TSV (embedded metadata block) into a correspondence table. */
export function readSssom(text: string, options: ReadOptions): ReaderResult {
  const { file, uriBase } = options;
  const problems: ExchangeProblem[] = [];
  const { yaml, body, headerLines } = splitHeader(text);
  let meta: Record<string, unknown> = {};
  try {
    meta = (yaml.trim() ? YAML.parse(yaml) : {}) ?? {};
  } catch (error) {
    throw badInput(`the metadata block is not valid YAML (${(error as Error).message})`, { file, line: 1 });
  }
  const prefixes: Record<string, string> = { ...STANDARD_PREFIXES, ...((meta.curie_map as Record<string, string> | undefined) ?? {}) };
  const expand = (v: string): string => expandCurie(v, prefixes);

  // Lenient as every delimited reader: stray quotes and the like are repaired and listed.
  const delimited = readDelimitedRows(body, file, { delimiter: '\t', linesBefore: headerLines });
  problems.push(...delimited.repairs.map((r) => ({ ...r, line: r.line === undefined ? undefined : headerLines + r.line })));
  const isEmptyLine = (row: string[]) => row.length === 1 && row[0] === '';
  const headerRow = delimited.rows.findIndex((row) => !isEmptyLine(row));
  const columns = headerRow < 0 ? [] : delimited.rows[headerRow]!;
  const records = delimited.rows.flatMap((row, i) =>
    i <= headerRow || isEmptyLine(row)
      ? []
      : [{ line: headerLines + delimited.lines[i]!, record: Object.fromEntries(columns.map((c, j) => [c, row[j] ?? ''])) }],
  );
  for (const c of REQUIRED) {
    if (!columns.includes(c)) throw badInput(`required SSSOM column "${c}" is missing`, { file, line: headerLines + 1, field: c });
  }

  const title = asString(meta.mapping_set_title) || file.replace(/\.[^.]+$/, '');
  const table = emptyTable(title, uriBase);
  const subjectSource = expand(asString(meta.subject_source));
  table.metadata = {
    ...table.metadata,
    id: asString(meta.mapping_set_id),
    description: asString(meta.mapping_set_description),
    creator: asString(meta.creator_label) || asString(meta.creator_id),
    license: asString(meta.license),
    version: asString(meta.mapping_set_version),
    publicationDate: asString(meta.publication_date),
    tool: asString(meta.mapping_tool),
  };
  table.source.uri = subjectSource;
  table.source.title = asString(meta.subject_source_title) || title;
  table.source.version = asString(meta.subject_source_version);
  const defaultObjectSource = expand(asString(meta.object_source));
  const defaultObjectVersion = asString(meta.object_source_version);

  const items = new Map<string, CorrespondenceItem>();
  const targets = new Map<string, TargetVocabulary>();
  let literals = 0;
  for (const { line, record } of records) {
    const get = (c: string): string => (record[c] ?? '').trim();
    const literal = get('subject_type') === 'rdfs literal' || (!get('subject_id') && !!get('subject_label'));
    const subjectId = get('subject_id');
    if (!literal && !subjectId) {
      problems.push({ severity: 'error', message: 'no subject_id (and not a literal mapping): row skipped', line, field: 'subject_id' });
      continue;
    }
    const subjectUri = literal ? null : expand(subjectId);
    if (subjectUri !== null && !isIri(subjectUri)) {
      problems.push({
        severity: 'error',
        message: `subject_id "${subjectId}" uses the prefix "${subjectId.split(':')[0]}", which the curie_map does not declare: row skipped`,
        line,
        field: 'subject_id',
      });
      continue;
    }
    // A literal's subject_id (Crosswalk mints the SKOS export's URI) keeps two outcomes with the same text apart.
    const key = subjectId ? keyForSubjectUri(expand(subjectId), subjectSource) : get('subject_label');
    if (literal) literals++;
    if (!items.has(key)) {
      items.set(key, {
        key,
        uri: subjectUri,
        label: get('subject_label') || key,
        description: '',
        notation: '',
        groupKey: null,
        language: 'en',
      });
    }

    const negated = get('predicate_modifier').toLowerCase() === 'not';
    const predicate = expand(get('predicate_id'));
    const objectUri = expand(get('object_id'));
    const noTerm = objectUri === `${NS.sssom}NoTermFound`;
    // A row that only lists an item (see sssom-writer.ts): an item, no statement.
    if (noTerm && get('curation_status') === UNMAPPED_STATUS) continue;
    let relation: MappingRelation | null = relationFromUri(predicate) ?? null;
    let kind: MappingKind = 'match';
    // "Not narrowMatch" is a rejected narrowMatch; only "Not" with the generic relation (or one that is
    // no SKOS match relation) says the item must not map to the object.
    const rejected = negated && !noTerm && relation !== null;
    if (noTerm) {
      kind = 'no-match';
      relation = null;
    } else if (negated && !relation) {
      kind = 'must-not-map';
    } else if (!relation) {
      problems.push({
        severity: 'error',
        message: `predicate "${get('predicate_id')}" is not a SKOS mapping relation: row skipped`,
        line,
        field: 'predicate_id',
      });
      continue;
    }
    if (!noTerm && !isIri(objectUri)) {
      const prefix = /^([A-Za-z][\w.-]*):/.exec(objectUri)?.[1];
      const why = prefix ? `uses the prefix "${prefix}", which the curie_map does not declare` : 'is not a URI or known CURIE';
      problems.push({ severity: 'error', message: `object_id "${get('object_id')}" ${why}: row skipped`, line, field: 'object_id' });
      continue;
    }

    const objectSource = expand(get('object_source')) || defaultObjectSource;
    const objectVersion = get('object_source_version') || defaultObjectVersion;
    const known = [...targets.values()].find((t) => t.uri === objectSource && `${t.title} ${t.version}`.trim() === objectVersion);
    let vocabularyId = known?.id ?? (objectVersion ? vocabularyIdFor(objectVersion.split(/\s+/)[0] ?? '', objectVersion) : '');
    if (!vocabularyId) vocabularyId = vocabularyIdForUri(objectUri, 'unknown');
    if (!targets.has(vocabularyId))
      targets.set(vocabularyId, { ...describeVocabulary(vocabularyId), ...(objectSource ? { uri: objectSource } : {}) });

    const stated = parseStatus(get('curation_status'));
    if (get('curation_status') && !stated)
      problems.push({
        severity: 'warning',
        message: `unknown curation_status "${get('curation_status')}": taken as ${options.defaultStatus}`,
        line,
        field: 'curation_status',
      });
    if (rejected && stated && stated !== 'rejected')
      problems.push({
        severity: 'warning',
        message: `a negated ${get('predicate_id')} with curation_status "${stated}": taken as rejected`,
        line,
        field: 'curation_status',
      });
    const status = rejected ? 'rejected' : stated;
    const confidence = num(get('confidence'));
    if (confidence !== null && (confidence < 0 || confidence > 1)) {
      problems.push({ severity: 'error', message: `confidence ${confidence} is outside 0..1: row skipped`, line, field: 'confidence' });
      continue;
    }
    table.mappings.push({
      subjectKey: key,
      kind,
      object: noTerm ? null : { uri: objectUri, label: get('object_label') },
      vocabularyId,
      relation,
      status: status ?? options.defaultStatus,
      justification: justificationFromSemapv(expand(get('mapping_justification'))),
      score: num(get('similarity_score')),
      confidence,
      comment: get('comment'),
      author: get('author_label') || get('author_id'),
      reviewer: get('reviewer_label') || get('reviewer_id'),
      created: get('mapping_date'),
      modified: get('mapping_date'),
    });
  }
  table.source.items = [...items.values()];
  table.source.kind = literals > 0 ? 'learning-outcomes' : 'classification';
  table.targets = [...targets.values()];
  if (!columns.includes('curation_status')) {
    problems.push({ severity: 'info', message: `no curation_status column: every mapping is imported as ${options.defaultStatus}` });
  }
  return { table, problems };
}
