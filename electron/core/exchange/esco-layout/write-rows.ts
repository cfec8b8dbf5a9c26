import type {
  CorrespondenceItem,
  CorrespondenceMapping,
  CorrespondenceTable,
  TableProvenance,
  TargetVocabulary,
} from '../../../../shared/domain/correspondence.js';
import { relationFromEscoSide } from '../../../../shared/relation-words.js';
import {
  countLimit,
  describeVocabulary,
  notAcceptedIncluded,
  plural,
  selectMappings,
  type WriteOptions,
  type WriterResult,
} from '../common.js';
import { layoutColumns, type LayoutColumns, type Side, type SideColumn } from './columns.js';
import { languageName, languageTags } from './languages.js';
import { PREAMBLE, preambleValue } from './preamble.js';

type EscoProvenance = TableProvenance & { layout: 'esco-mapping-tool' | 'esco-crosswalk' };

function isEscoProvenance(p: TableProvenance | undefined): p is EscoProvenance {
  return p?.layout === 'esco-mapping-tool' || p?.layout === 'esco-crosswalk';
}

/** The layout a table made in Crosswalk is written in: ESCO–O*NET's, headers naming the label language. */
function defaultProvenance(table: CorrespondenceTable, target: TargetVocabulary): EscoProvenance {
  const name1 = table.source.title;
  const name2 =
    table.targets
      .map((t) => t.title)
      .filter((t, i, all) => all.indexOf(t) === i)
      .join(' / ') || target.title;
  const c = PREAMBLE.classification;
  return {
    layout: 'esco-crosswalk',
    preamble: [
      [PREAMBLE.name, table.metadata.title],
      [PREAMBLE.author, table.metadata.creator],
      [PREAMBLE.version, table.metadata.version],
      [PREAMBLE.date, table.metadata.publicationDate],
      [c(1, 'Name'), name1],
      [c(1, 'Concept type'), table.source.conceptType || (table.source.kind === 'learning-outcomes' ? 'Learning outcome' : 'Concept')],
      [c(1, 'Version'), table.source.version],
      [c(1, 'Language'), languageName(table.source.language)],
      [c(1, 'Landing page'), table.source.landingPage],
      [c(2, 'Name'), name2],
      [c(2, 'Concept type'), target.conceptType],
      [c(2, 'Version'), table.targets.map((t) => t.version).join(' / ')],
      [c(2, 'Language'), languageName(target.language)],
      [c(2, 'Landing page'), target.landingPage],
    ],
    header: [
      `${name1} Id`,
      `${name1} Title (${table.source.language})`,
      `${name1} Description`,
      `${name2} URI`,
      `${name2} Title (${target.language})`,
      `${name2} Description`,
      'Type of Match',
    ],
    escoSide: 2,
    relationStyle: 'name',
    unmatchedTargets: [],
  };
}

/** The preamble as kept, with the ESCO version of the mappings when they were moved to another one. */
function preambleRows(provenance: EscoProvenance, table: CorrespondenceTable): { rows: string[][]; limits: string[] } {
  const key = PREAMBLE.classification(provenance.escoSide, 'Version');
  const stated = preambleValue(provenance.preamble, key);
  const versions = [
    ...new Set(table.mappings.filter((m) => /^esco/i.test(m.vocabularyId)).map((m) => m.vocabularyId.replace(/^esco-?/i, ''))),
  ].filter(Boolean);
  const statedVersion = stated.replace(/^v/i, '');
  const moved = versions.length > 0 && !versions.every((v) => v.replace(/^v/i, '') === statedVersion);
  const rows = provenance.preamble.map(([k, v]) => [k, moved && k.trim().toLowerCase() === key.toLowerCase() ? versions.join(' / ') : v]);
  return {
    rows,
    limits: moved
      ? [
          `The table was made against ESCO ${stated || '(no version)'}; its targets are now in ESCO ${versions.join(' / ')}, and the preamble says so.`,
        ]
      : [],
  };
}

function labelFor(
  column: SideColumn,
  languages: string[],
  label: string,
  language: string,
  translations: Record<string, string> = {},
): string {
  const wanted = column.language ?? (languages.length === 1 ? languages[0]! : null);
  if (!wanted || wanted === language) return label;
  return translations[wanted] ?? '';
}

/** Writes one side's cells of a row: the source item's, or an ESCO concept's. */
function writeSide(
  row: string[],
  columns: SideColumn[],
  cells: { uri: string; id: string; url: string; label: (c: SideColumn) => string; description: string },
): void {
  for (const c of columns) row[c.index] = c.role === 'label' ? cells.label(c) : cells[c.role];
}

/**
 * The rows of a table in ESCO's layout: the layout it was imported in (preamble, header and
 * relation style kept), else ESCO–O*NET's. Relations are written from the ESCO concept's side
 * (relationFromEscoSide), as ESCO's tables state them. headerRow is the header's 1-based row;
 * preamblePadded says whether a CSV writes the lines above it as wide as the header.
 */
export function escoLayoutRows(
  table: CorrespondenceTable,
  options: WriteOptions,
): Pick<WriterResult, 'limits' | 'notAccepted'> & { rows: string[][]; headerRow: number; preamblePadded: boolean } {
  const target: TargetVocabulary = table.targets[0] ?? describeVocabulary('esco-v1.1.1');
  const provenance = isEscoProvenance(table.provenance) ? table.provenance : defaultProvenance(table, target);
  const names: Record<Side, string> = {
    1: preambleValue(provenance.preamble, PREAMBLE.classification(1, 'Name')),
    2: preambleValue(provenance.preamble, PREAMBLE.classification(2, 'Name')),
  };
  const columns: LayoutColumns = layoutColumns(provenance.header, names)!;
  const escoSide = provenance.escoSide;
  const otherSide: Side = escoSide === 1 ? 2 : 1;
  const otherLanguages = languageTags(preambleValue(provenance.preamble, PREAMBLE.classification(otherSide, 'Language')));
  const escoLanguages = languageTags(preambleValue(provenance.preamble, PREAMBLE.classification(escoSide, 'Language')));
  const escoHasUri = columns.sides[escoSide].some((c) => c.role === 'uri' || c.role === 'url');
  const width = provenance.header.length;
  const crosswalk = provenance.layout === 'esco-crosswalk';
  const relationWord = (m: CorrespondenceMapping): string => {
    if (m.kind !== 'match') return crosswalk ? '' : 'no relation';
    const relation = relationFromEscoSide(m.relation!);
    if (crosswalk && relation === 'exactMatch' && /\/esco\/isco\//.test(m.object!.uri)) return 'exactISCO';
    return provenance.relationStyle === 'curie' ? `skos:${relation}` : relation;
  };

  const preamble = preambleRows(provenance, table);
  const rows: string[][] = [...preamble.rows, [], [], [...provenance.header]];
  const itemRow = (item: CorrespondenceItem): string[] => {
    const row = Array.from({ length: width }, () => '');
    const ids = item.identifiers ?? {};
    writeSide(row, columns.sides[otherSide], {
      uri: ids.uri ?? item.uri ?? '',
      id: ids.id ?? (item.uri && columns.sides[otherSide].some((c) => c.role === 'uri') ? item.notation : item.key),
      url: ids.url ?? '',
      label: (c) => labelFor(c, otherLanguages, item.label, item.language, item.translations),
      description: item.description,
    });
    return row;
  };
  const escoCells = (row: string[], uri: string, label: string, labelLanguage: string, description: string) => {
    const kept = provenance.targetCells?.[uri] ?? {};
    writeSide(row, columns.sides[escoSide], {
      uri: kept.uri ?? uri,
      url: kept.url ?? uri,
      id: kept.id ?? (escoHasUri ? '' : uri),
      label: (c) => labelFor(c, escoLanguages, label, labelLanguage),
      description: kept.description ?? description,
    });
  };

  const written = selectMappings(table, options, false).filter((m) => m.kind !== 'must-not-map');
  // Rows follow the statements' order (a published table's own order, kept on import); an item
  // without a statement comes where it first appears among the items.
  const stated = new Set(written.map((m) => m.subjectKey));
  const itemIndex = new Map(table.source.items.map((item, i) => [item.key, i]));
  let next = 0;
  const itemsUpTo = (index: number) => {
    for (; next <= index && next < table.source.items.length; next++) {
      const item = table.source.items[next]!;
      if (!stated.has(item.key)) rows.push(itemRow(item));
    }
  };
  const items = new Map(table.source.items.map((item) => [item.key, item]));
  for (const m of written) {
    const item = items.get(m.subjectKey);
    if (!item) continue;
    itemsUpTo(itemIndex.get(m.subjectKey)!);
    const row = itemRow(item);
    if (m.object) escoCells(row, m.object.uri, m.object.label, m.object.labelLanguage ?? target.language, m.object.description ?? '');
    row[columns.relation] = relationWord(m);
    if (columns.note >= 0) row[columns.note] = m.comment;
    rows.push(row);
  }
  itemsUpTo(table.source.items.length);
  for (const u of provenance.unmatchedTargets) {
    const row = Array.from({ length: width }, () => '');
    escoCells(row, u.uri, u.label, escoLanguages[0] ?? target.language, '');
    row[columns.relation] = crosswalk ? '' : 'no relation';
    if (columns.note >= 0) row[columns.note] = u.comment;
    rows.push(row);
  }

  const limits = [
    ...preamble.limits,
    ...countLimit(
      table.mappings,
      (m) => m.kind === 'must-not-map',
      (n) => `${plural(n, 'must-not-map statement')} cannot be written in ESCO's layout.`,
    ),
    ...(crosswalk
      ? countLimit(
          written,
          (m) => m.kind === 'no-match',
          (n) => `${plural(n, 'no-match statement')} written as items without a match (the ESCO–O*NET layout has no word for "no match").`,
        )
      : []),
    ...countLimit(
      table.mappings,
      (m) => m.kind === 'match' && m.status === 'rejected',
      (n) => `${plural(n, 'rejected mapping')} left out: the layout has no status.`,
    ),
    ...countLimit(
      written,
      (m) => m.status !== 'accepted',
      (n) => `${plural(n, 'mapping')} not yet accepted are included without their status (the layout has none).`,
    ),
    'Reviewers, confidence and scores are not carried (the layout has no columns for them).',
    ...(columns.note < 0
      ? countLimit(
          written,
          (m) => m.comment !== '',
          (n) => `${plural(n, 'comment')} not carried (the layout has no note column).`,
        )
      : []),
    ...(table.source.groups.length ? [`Groups (courses, modules): ${plural(table.source.groups.length, 'group')} are not carried.`] : []),
  ];
  return {
    rows,
    limits,
    headerRow: preamble.rows.length + 3,
    preamblePadded: provenance.preamblePadded ?? true,
    notAccepted: notAcceptedIncluded(written, "written without their status (ESCO's layout has no status column)"),
  };
}
