import type { CorrespondenceItem, CorrespondenceTable, ExchangeProblem, TargetVocabulary } from '../../../shared/domain/correspondence.js';
import { MAPPING_RELATIONS, type MappingRelation } from '../../../shared/skos.js';
import { badInput } from '../errors.js';
import {
  countLimit,
  groupBySubject,
  describeVocabulary,
  emptyTable,
  plural,
  selectMappings,
  vocabularyIdFor,
  type ReadOptions,
  type ReaderResult,
  type WriteOptions,
} from './common.js';

/**
 * ESCO's own crosswalk layout (as in the ESCO–O*NET crosswalk): a key/value preamble about the
 * mapping project and both classifications, two empty rows, then one row per mapping:
 * Id, Title, Description (classification 1), URI, Title, Description (classification 2), Type of Match.
 * Shared by the CSV and XLSX forms.
 */
const PREAMBLE_KEYS = {
  name: 'Mapping project name',
  author: 'Mapping project author',
  version: 'Mapping project version',
  date: 'Mapping project version date',
} as const;

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', nl: 'Dutch', es: 'Spanish', it: 'Italian', pt: 'Portuguese', pl: 'Polish',
  sv: 'Swedish', da: 'Danish', fi: 'Finnish', cs: 'Czech', sk: 'Slovak', sl: 'Slovenian', hr: 'Croatian', hu: 'Hungarian',
  ro: 'Romanian', bg: 'Bulgarian', el: 'Greek', et: 'Estonian', lv: 'Latvian', lt: 'Lithuanian', mt: 'Maltese', ga: 'Irish',
  is: 'Icelandic', no: 'Norwegian', uk: 'Ukrainian', ar: 'Arabic',
};

function languageName(tag: string): string {
  return LANGUAGE_NAMES[tag.toLowerCase().split('-')[0] ?? ''] ?? tag;
}

export function languageTag(name: string): string {
  const n = name.trim().toLowerCase();
  const found = Object.entries(LANGUAGE_NAMES).find(([, v]) => v.toLowerCase() === n);
  return found?.[0] ?? (/^[a-z]{2,3}(-|$)/.test(n) ? n : 'en');
}

const TYPE_OF_MATCH_ISCO = 'exactISCO';

/** The rows of a crosswalk sheet. */
export function crosswalkRows(table: CorrespondenceTable, options: WriteOptions): { rows: string[][]; limits: string[] } {
  const target: TargetVocabulary = table.targets[0] ?? describeVocabulary('esco-v1.1.1');
  const name1 = table.source.title;
  const name2 = table.targets.map((t) => t.title).filter((t, i, all) => all.indexOf(t) === i).join(' / ') || target.title;
  const rows: string[][] = [
    [PREAMBLE_KEYS.name, table.metadata.title],
    [PREAMBLE_KEYS.author, table.metadata.creator],
    [PREAMBLE_KEYS.version, table.metadata.version],
    [PREAMBLE_KEYS.date, table.metadata.publicationDate],
    ['Classification 1 Name', name1],
    ['Classification 1 Concept type', table.source.conceptType || (table.source.kind === 'learning-outcomes' ? 'Learning outcome' : 'Concept')],
    ['Classification 1 Version', table.source.version],
    ['Classification 1 Language', languageName(table.source.language)],
    ['Classification 1 Landing page', table.source.landingPage],
    ['Classification 2 Name', name2],
    ['Classification 2 Concept type', target.conceptType],
    ['Classification 2 Version', table.targets.map((t) => t.version).join(' / ')],
    ['Classification 2 Language', languageName(target.language)],
    ['Classification 2 Landing page', target.landingPage],
    [],
    [],
    [`${name1} Id`, `${name1} Title`, `${name1} Description`, `${name2} URI`, `${name2} Title`, `${name2} Description`, 'Type of Match'],
  ];
  const mappings = selectMappings(table, options, false).filter((m) => m.kind === 'match' && m.object && m.relation);
  const byItem = groupBySubject(mappings);
  for (const item of table.source.items) {
    const own = byItem.get(item.key) ?? [];
    for (const m of own) {
      const isco = m.relation === 'exactMatch' && /\/esco\/isco\//.test(m.object!.uri);
      rows.push([item.key, item.label, item.description, m.object!.uri, m.object!.label, m.object!.description ?? '', isco ? TYPE_OF_MATCH_ISCO : m.relation!]);
    }
    if (own.length === 0) rows.push([item.key, item.label, item.description, '', '', '', '']);
  }
  const limits = [
    ...countLimit(table.mappings, (m) => m.kind !== 'match', (n) => `${plural(n, 'no-match or must-not-map statement')} cannot be written in the crosswalk layout.`),
    ...countLimit(table.mappings, (m) => m.kind === 'match' && m.status === 'rejected', (n) => `${plural(n, 'rejected mapping')} left out: the layout has no status.`),
    ...countLimit(mappings, (m) => m.status !== 'accepted', (n) => `${plural(n, 'mapping')} not yet accepted are included without their status (the layout has none).`),
    'Authors, reviewers, dates, confidence, scores and comments are not carried (the layout has no columns for them).',
    ...(table.source.groups.length ? [`Groups (courses, modules): ${plural(table.source.groups.length, 'group')} are not carried.`] : []),
  ];
  return { rows, limits };
}

const cellText = (row: string[], i: number): string => (row[i] ?? '').trim();

/** Dates such as "Sep-22" or "2022-09-01" as ISO dates; '' when unreadable. */
export function parseLooseDate(text: string): string {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t.slice(0, 10);
  const m = /^([A-Za-z]{3})[a-z]*[-\s](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m[1]!.toLowerCase());
    if (month >= 0) return `${m[2]!.length === 2 ? `20${m[2]}` : m[2]}-${String(month + 1).padStart(2, '0')}-01`;
  }
  return '';
}

export interface CrosswalkReadOptions extends ReadOptions {
  /** Whether the library holds a concept (ISCO groups for exactISCO rows); undefined when unknown. */
  conceptExists?: (uri: string) => boolean;
}

/** Reads the rows of a crosswalk sheet (CSV or XLSX) into a correspondence table. */
export function readCrosswalkRows(rows: string[][], options: CrosswalkReadOptions): ReaderResult {
  const problems: ExchangeProblem[] = [];
  const headerIndex = rows.findIndex((r) => r.some((c) => /type of match/i.test(c ?? '')));
  if (headerIndex < 0) throw badInput('no header row with a "Type of Match" column: not an ESCO crosswalk table', { file: options.file });
  const preamble = new Map<string, string>();
  for (const row of rows.slice(0, headerIndex)) if (cellText(row, 0)) preamble.set(cellText(row, 0).toLowerCase(), cellText(row, 1));
  const pre = (key: string) => preamble.get(key.toLowerCase()) ?? '';
  const header = rows[headerIndex]!.map((c) => (c ?? '').trim());
  const find = (re: RegExp, from = 0) => header.findIndex((c, i) => i >= from && re.test(c));
  const col = { id: find(/\bid$/i), uri: find(/\buri$/i), match: find(/type of match/i) } as Record<string, number>;
  col.title1 = find(/title$/i);
  col.desc1 = find(/description$/i);
  col.title2 = find(/title$/i, col.uri);
  col.desc2 = find(/description$/i, col.uri);
  for (const [field, index] of Object.entries({ Id: col.id, URI: col.uri, Title: col.title1 })) {
    if (index! < 0) throw badInput(`no "${field}" column in the header`, { file: options.file, line: headerIndex + 1, field });
  }

  const title1 = pre('Classification 1 Name') || header[col.id!]!.replace(/\s*id$/i, '') || options.file;
  const table = emptyTable(title1, options.uriBase);
  const name2 = pre('Classification 2 Name') || 'ESCO';
  const version2 = pre('Classification 2 Version');
  const vocabularyId = vocabularyIdFor(name2, version2);
  const base = describeVocabulary(vocabularyId);
  table.targets = [{ ...base, title: name2, version: version2 || base.version, conceptType: pre('Classification 2 Concept type') || base.conceptType, language: languageTag(pre('Classification 2 Language') || 'en'), landingPage: pre('Classification 2 Landing page') || base.landingPage }];
  const date = parseLooseDate(pre(PREAMBLE_KEYS.date));
  table.metadata = { ...table.metadata, title: pre(PREAMBLE_KEYS.name) || title1, creator: pre(PREAMBLE_KEYS.author), version: pre(PREAMBLE_KEYS.version), publicationDate: date };
  table.source = {
    ...table.source,
    title: title1,
    kind: /learning outcome/i.test(pre('Classification 1 Concept type')) ? 'learning-outcomes' : 'classification',
    conceptType: pre('Classification 1 Concept type'),
    version: pre('Classification 1 Version'),
    language: languageTag(pre('Classification 1 Language') || 'en'),
    landingPage: pre('Classification 1 Landing page'),
  };

  const items = new Map<string, CorrespondenceItem>();
  let iscoSkipped = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = r + 1;
    const key = cellText(row, col.id!);
    if (!key && row.every((c) => !(c ?? '').trim())) continue;
    if (!key) {
      problems.push({ severity: 'error', message: 'row without an id: skipped', line, field: header[col.id!] });
      continue;
    }
    if (!items.has(key)) {
      items.set(key, { key, uri: null, label: cellText(row, col.title1!) || key, description: col.desc1! >= 0 ? cellText(row, col.desc1!) : '', notation: key, groupKey: null, language: table.source.language });
    }
    const uri = cellText(row, col.uri!);
    const type = col.match! >= 0 ? cellText(row, col.match!).replace(/^skos:/, '') : '';
    if (!uri && !type) continue;
    if (!/^https?:\/\//.test(uri)) {
      problems.push({ severity: 'error', message: `"${uri}" is not a URI: row skipped`, line, field: header[col.uri!] });
      continue;
    }
    let relation: MappingRelation;
    if (type === TYPE_OF_MATCH_ISCO) {
      if (!options.conceptExists?.(uri)) {
        iscoSkipped++;
        problems.push({ severity: 'warning', message: `exactISCO mapping to ISCO group ${uri} skipped: ISCO groups are not loaded in the vocabulary library`, line, field: 'Type of Match' });
        continue;
      }
      relation = 'exactMatch';
    } else if ((MAPPING_RELATIONS as readonly string[]).includes(type)) {
      relation = type as MappingRelation;
    } else {
      problems.push({ severity: 'error', message: `unknown Type of Match "${type}": row skipped`, line, field: 'Type of Match' });
      continue;
    }
    table.mappings.push({
      subjectKey: key,
      kind: 'match',
      object: { uri, label: col.title2! >= 0 ? cellText(row, col.title2!) : '', ...(col.desc2! >= 0 && cellText(row, col.desc2!) ? { description: cellText(row, col.desc2!) } : {}) },
      vocabularyId,
      relation,
      status: options.defaultStatus,
      justification: 'imported',
      score: null,
      confidence: null,
      comment: '',
      author: table.metadata.creator,
      reviewer: '',
      created: date,
      modified: date,
    });
  }
  table.source.items = [...items.values()];
  if (iscoSkipped > 0) problems.push({ severity: 'warning', message: `${plural(iscoSkipped, 'exactISCO row')} not imported: load ESCO with its ISCO groups in the vocabulary library and import again to map them to the ISCO groups` });
  return { table, problems };
}
