import type {
  CorrespondenceItem,
  CorrespondenceMapping,
  ExchangeProblem,
  TableProvenance,
} from '../../../../shared/domain/correspondence.js';
import { readRelationWord, relationFromEscoSide, type RelationReading } from '../../../../shared/relation-words.js';
import { badInput } from '../../errors.js';
import { describeVocabulary, emptyTable, plural, type ReadOptions, type ReaderResult } from '../common.js';
import { columnOf, layoutColumns, type LayoutColumns, type Side } from './columns.js';
import { languageTags } from './languages.js';
import { parseLooseDate, PREAMBLE, preambleValue, readLayoutHead } from './preamble.js';

export interface EscoLayoutReadOptions extends ReadOptions {
  /** Whether the library holds a concept; resolves bare ESCO UUIDs (occupation or skill). */
  conceptExists?: (uri: string) => boolean;
  /** The file line a row starts on (rows with line breaks inside cells span several lines). */
  lineOf?: (rowIndex: number) => number;
}

const ESCO_CONCEPT_URI = /^https?:\/\/data\.europa\.eu\/esco\/(occupation|skill|isco|isced-f)\/\S+$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ESCO_BASE = 'http://data.europa.eu/esco/';

/** An identifier or relation cell, trimmed. */
const cell = (row: readonly string[], index: number): string => (index >= 0 ? (row[index] ?? '').trim() : '');
/** A text cell (label, description, note) as written, so that the table can be given back word for word; '' when blank. */
const textCell = (row: readonly string[], index: number): string => {
  const text = index >= 0 ? (row[index] ?? '') : '';
  return text.trim() ? text : '';
};

/** The side whose identifiers are ESCO concept URIs (or, failing that, whose name says ESCO). */
function escoSideOf(columns: LayoutColumns, body: readonly string[][], names: Record<Side, string>): { side: Side; evidence: boolean } {
  const count = (side: Side) => {
    const ids = columns.sides[side].filter((c) => c.role !== 'label' && c.role !== 'description');
    let n = 0;
    for (const row of body.slice(0, 2000)) if (ids.some((c) => ESCO_CONCEPT_URI.test(cell(row, c.index)))) n++;
    return n;
  };
  const [one, two] = [count(1), count(2)];
  if (one !== two) return { side: one > two ? 1 : 2, evidence: true };
  const named = ([1, 2] as const).filter((s) => /\besco\b/i.test(names[s]));
  if (named.length === 1) return { side: named[0]!, evidence: true };
  // ESCO's mapping tool puts ESCO in classification 1.
  return { side: 1, evidence: false };
}

/** "1.0.9", "v1.1.0", "ESCO v1.1.1" → "v1.1.1"; '' when none. */
function escoVersion(text: string): string {
  const m = /(\d+(?:\.\d+)*)/.exec(text);
  return m ? `v${m[1]}` : '';
}

interface ItemDraft extends CorrespondenceItem {
  labels: Map<string, string>;
}

/**
 * Reads ESCO's published table layouts (the mapping tool's national tables and the ESCO–O*NET
 * crosswalk) into a correspondence table whose source is the other classification and whose
 * targets are ESCO concepts. Relations are stated from the ESCO concept's side in these files,
 * so broad and narrow are turned (relationFromEscoSide). "no relation" rows become no-match
 * statements; repeated statements (one row per label language) merge into one.
 */
export function readEscoLayoutRows(rows: string[][], options: EscoLayoutReadOptions): ReaderResult {
  const lineOf = options.lineOf ?? ((i: number) => i + 1);
  const head = readLayoutHead(rows, lineOf);
  if (!head)
    throw badInput('no header row with a "Mapping relation" or "Type of Match" column: not an ESCO mapping table', { file: options.file });
  const problems: ExchangeProblem[] = [...head.repairs];
  const pre = (key: string) => preambleValue(head.preamble, key);
  const classification = (side: Side, field: Parameters<typeof PREAMBLE.classification>[1]) => pre(PREAMBLE.classification(side, field));
  const names: Record<Side, string> = { 1: classification(1, 'Name'), 2: classification(2, 'Name') };
  const header = rows[head.headerIndex]!.map((c) => c ?? '');
  const headerLine = lineOf(head.headerIndex);
  const columns = layoutColumns(header, names)!;
  for (const side of [1, 2] as const) {
    if (!columns.sides[side].some((c) => c.role === 'uri' || c.role === 'id' || c.role === 'url')) {
      throw badInput(`no identifier column (URI or ID) for classification ${side}`, {
        file: options.file,
        line: headerLine,
        field: header.join(', '),
      });
    }
  }
  const body = rows.slice(head.headerIndex + 1);
  const esco = escoSideOf(columns, body, names);
  const other: Side = esco.side === 1 ? 2 : 1;
  if (!esco.evidence)
    problems.push({
      severity: 'warning',
      message: `neither classification has ESCO URIs or names ESCO: classification 1 is taken as ESCO, as in ESCO's mapping tool`,
    });

  const otherLanguages = languageTags(classification(other, 'Language'));
  const escoLanguages = languageTags(classification(esco.side, 'Language'));
  const version = escoVersion(classification(esco.side, 'Version'));
  const vocabularyId = version ? `esco-${version}` : 'esco';
  const base = describeVocabulary(vocabularyId);
  const date = parseLooseDate(pre(PREAMBLE.date));
  const escoConceptType = classification(esco.side, 'Concept type');

  const table = emptyTable(names[other] || options.file, options.uriBase);
  table.metadata = {
    ...table.metadata,
    title: pre(PREAMBLE.name) || names[other] || options.file,
    creator: pre(PREAMBLE.author),
    version: pre(PREAMBLE.version),
    publicationDate: date,
  };
  const otherConceptType = classification(other, 'Concept type');
  table.source = {
    ...table.source,
    title: names[other] || 'Imported classification',
    kind: /learning outcome/i.test(otherConceptType) ? 'learning-outcomes' : 'classification',
    conceptType: otherConceptType,
    version: classification(other, 'Version'),
    language: otherLanguages[0] ?? 'en',
    landingPage: classification(other, 'Landing page'),
  };
  table.targets = [
    {
      ...base,
      title: 'ESCO',
      version: version || base.version,
      conceptType: escoConceptType || base.conceptType,
      language: escoLanguages[0] ?? 'en',
      landingPage: classification(esco.side, 'Landing page') || base.landingPage,
      versionDeclared: version !== '',
    },
  ];

  const relationHeader = header[columns.relation]!;
  const ids = (side: Side) => columns.sides[side].filter((c) => c.role === 'uri' || c.role === 'id' || c.role === 'url');
  const labelColumns = (side: Side) => columns.sides[side].filter((c) => c.role === 'label');
  const items = new Map<string, ItemDraft>();
  const statements = new Map<string, CorrespondenceMapping>();
  const unmatched: TableProvenance['unmatchedTargets'] = [];
  const targetCells: NonNullable<TableProvenance['targetCells']> = {};
  const keepTargetCells = (row: readonly string[], uri: string) => {
    if (targetCells[uri]) return;
    const cells: (typeof targetCells)[string] = {};
    for (const c of columns.sides[esco.side]) {
      const v = c.role === 'description' ? textCell(row, c.index) : cell(row, c.index);
      if (v && c.role !== 'label' && !cells[c.role] && v !== uri) cells[c.role] = v;
    }
    if (Object.keys(cells).length) targetCells[uri] = cells;
  };
  let merged = 0;
  const guessedIds = new Set<string>();
  let curies = 0;

  const escoUri = (row: readonly string[], line: number): string | null | undefined => {
    const values = ids(esco.side)
      .map((c) => cell(row, c.index))
      .filter(Boolean);
    const full = values.find((v) => ESCO_CONCEPT_URI.test(v)) ?? values.find((v) => v.startsWith(ESCO_BASE));
    if (full) return full;
    const bare = values.find((v) => UUID.test(v));
    if (bare) {
      const candidates = ['occupation', 'skill'].map((kind) => `${ESCO_BASE}${kind}/${bare.toLowerCase()}`);
      const known = options.conceptExists ? candidates.find((u) => options.conceptExists!(u)) : undefined;
      if (known) return known;
      guessedIds.add(bare);
      return /skill|knowledge|competence/i.test(escoConceptType) ? candidates[1]! : candidates[0]!;
    }
    if (values.length === 0) return null;
    problems.push({
      severity: 'error',
      line,
      field: header[ids(esco.side)[0]!.index],
      message: `"${values[0]}" is not an ESCO URI or UUID: row skipped`,
    });
    return undefined;
  };

  const labelsOf = (row: readonly string[], side: Side, languages: string[]) =>
    labelColumns(side)
      .map((c) => ({ language: c.language, text: textCell(row, c.index) }))
      .filter((l) => l.text)
      .map((l) => ({ ...l, language: l.language ?? (languages.length === 1 ? languages[0]! : null) }));

  const itemFor = (row: readonly string[], line: number): ItemDraft | null => {
    const identifiers: ItemDraft['identifiers'] = {};
    for (const c of ids(other)) {
      const v = cell(row, c.index);
      if (v && !identifiers[c.role as 'uri' | 'id' | 'url']) identifiers[c.role as 'uri' | 'id' | 'url'] = v;
    }
    const uri = [identifiers.uri, identifiers.url].find((v) => v && /^https?:\/\//i.test(v)) ?? null;
    const key = identifiers.id || identifiers.uri || identifiers.url || '';
    if (!key) return null;
    let item = items.get(key);
    if (!item) {
      const notation = identifiers.id || (uri ? (/[^/#]+$/.exec(uri)?.[0] ?? '') : key);
      item = {
        key,
        uri,
        label: '',
        description: '',
        notation,
        groupKey: null,
        language: table.source.language,
        identifiers,
        labels: new Map(),
      };
      items.set(key, item);
    }
    const description = textCell(row, columnOf(columns, other, 'description'));
    if (description && !item.description) item.description = description;
    for (const label of labelsOf(row, other, otherLanguages)) {
      const known = [...item.labels.values()];
      if (known.includes(label.text)) continue;
      // A label without a language: the next of the classification's languages that has none yet
      // (statements repeated once per label language).
      const language = label.language ?? otherLanguages.find((l) => !item!.labels.has(l)) ?? table.source.language;
      if (!item.labels.has(language)) item.labels.set(language, label.text);
      else
        problems.push({
          severity: 'warning',
          line,
          field: header[labelColumns(other)[0]!.index],
          message: `"${key}" has two ${language} labels ("${item.labels.get(language)}", "${label.text}"): the first is kept`,
        });
    }
    return item;
  };

  const addStatement = (statement: CorrespondenceMapping) => {
    const id = [statement.subjectKey, statement.kind, statement.object?.uri ?? '', statement.relation ?? ''].join('\u0000');
    const existing = statements.get(id);
    if (!existing) {
      statements.set(id, statement);
      return;
    }
    merged++;
    if (statement.comment && !existing.comment.split('; ').includes(statement.comment))
      existing.comment = existing.comment ? `${existing.comment}; ${statement.comment}` : statement.comment;
  };

  body.forEach((row, offset) => {
    const r = head.headerIndex + 1 + offset;
    const line = lineOf(r);
    if (row.every((c) => !(c ?? '').trim())) return;
    // The row's concept of the other classification is part of the table even when its statement is unreadable.
    const item = itemFor(row, line);
    const relationCell = cell(row, columns.relation);
    if (/^skos:/i.test(relationCell)) curies++;
    let reading: RelationReading | null = null;
    let isco = false;
    if (/^exactisco$/i.test(relationCell)) {
      reading = { kind: 'match', relation: 'exactMatch' };
      isco = true;
    } else if (relationCell) {
      reading = readRelationWord(relationCell) ?? null;
      if (!reading) {
        problems.push({ severity: 'error', line, field: relationHeader, message: `unknown relation "${relationCell}": row skipped` });
        return;
      }
    }
    const target = escoUri(row, line);
    if (target === undefined) return;
    if (isco && target && !/\/esco\/isco\//.test(target)) {
      problems.push({
        severity: 'error',
        line,
        field: relationHeader,
        message: `exactISCO to ${target}, which is not an ISCO group: row skipped`,
      });
      return;
    }
    const escoLabels = labelsOf(row, esco.side, escoLanguages);
    const escoLabel = escoLabels.find((l) => l.language === (escoLanguages[0] ?? l.language)) ?? escoLabels[0];
    const comment = textCell(row, columns.note);
    if (target) keepTargetCells(row, target);
    if (!item) {
      if (target && (reading === null || reading.kind === 'no-match'))
        unmatched.push({ uri: target, label: escoLabel?.text ?? '', comment });
      else if (target || reading)
        problems.push({
          severity: 'error',
          line,
          field: header[ids(other)[0]!.index],
          message: `no ${names[other] || `classification ${other}`} concept on a row with a relation: row skipped`,
        });
      return;
    }
    if (!target && reading?.kind === 'match') {
      problems.push({
        severity: 'error',
        line,
        field: header[ids(esco.side)[0]!.index],
        message: `${reading.relation} without an ESCO concept: row skipped`,
      });
      return;
    }
    if (!target && !reading) return;
    const common = {
      subjectKey: item.key,
      vocabularyId,
      status: options.defaultStatus,
      justification: 'imported' as const,
      score: null,
      confidence: null,
      author: table.metadata.creator,
      reviewer: '',
      created: date,
      modified: date,
    };
    if (!reading || reading.kind === 'no-match') {
      const about = target ? `no relation to ${target}${escoLabel ? ` (${escoLabel.text})` : ''}` : '';
      addStatement({ ...common, kind: 'no-match', object: null, relation: null, comment: [about, comment].filter(Boolean).join('; ') });
      return;
    }
    const description = textCell(row, columnOf(columns, esco.side, 'description'));
    addStatement({
      ...common,
      kind: 'match',
      object: {
        uri: target!,
        label: escoLabel?.text ?? '',
        ...(description ? { description } : {}),
        ...(escoLabel?.language ? { labelLanguage: escoLabel.language } : {}),
      },
      relation: relationFromEscoSide(reading.relation),
      comment,
    });
  });

  table.source.items = [...items.values()].map(({ labels, ...item }) => {
    const primary = labels.get(table.source.language) ?? labels.values().next().value ?? item.key;
    const translations = Object.fromEntries([...labels].filter(([, text]) => text !== primary));
    return { ...item, label: primary, ...(Object.keys(translations).length ? { translations } : {}) };
  });
  table.mappings = [...statements.values()];
  table.provenance = {
    layout: /type of match/i.test(relationHeader) ? 'esco-crosswalk' : 'esco-mapping-tool',
    preamble: head.preamble,
    header,
    escoSide: esco.side,
    relationStyle: curies > 0 ? 'curie' : 'name',
    preamblePadded: rows.slice(0, head.headerIndex).some((r) => r.length >= header.length),
    unmatchedTargets: unmatched,
    targetCells,
  };
  if (merged > 0)
    problems.push({
      severity: 'info',
      message: `${plural(merged, 'repeated statement')} merged into one (the table repeats a statement once per label language)`,
    });
  if (guessedIds.size > 0) {
    problems.push({
      severity: 'warning',
      message: `${plural(guessedIds.size, 'bare ESCO UUID')} not found in the vocabulary library: read as ${/skill|knowledge|competence/i.test(escoConceptType) ? 'skills' : 'occupations'} (classification ${esco.side} concept type "${escoConceptType || 'unknown'}")`,
    });
  }
  if (unmatched.length > 0) {
    problems.push({
      severity: 'info',
      message: `${plural(unmatched.length, 'ESCO concept')} the table says ${unmatched.length === 1 ? 'has' : 'have'} no counterpart in ${names[other] || 'the other classification'}: kept with the table and written back on export`,
    });
  }
  return { table, problems };
}
