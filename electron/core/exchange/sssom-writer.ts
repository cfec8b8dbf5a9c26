import YAML from 'yaml';
import type { CorrespondenceItem, CorrespondenceMapping, CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import { NS } from '../../../shared/skos.js';
import {
  CROSSWALK_NS,
  CROSSWALK_TOOL,
  JUSTIFICATION_TO_SEMAPV,
  countLimit,
  notAcceptedIncluded,
  notAcceptedLimit,
  isoDate,
  itemUri,
  itemsByKey,
  plural,
  recordUri,
  selectMappings,
  vocabularyById,
  vocabularyVersionLabel,
  withTrailingSlash,
  type WriteOptions,
  type WriterResult,
} from './common.js';
import { CurieMap } from './curies.js';

/** Columns in the order Crosswalk writes them; the first four are SSSOM's required slots. */
export const SSSOM_COLUMNS = [
  'subject_id',
  'subject_label',
  'subject_type',
  'subject_source',
  'predicate_id',
  'predicate_modifier',
  'object_id',
  'object_label',
  'object_source',
  'object_source_version',
  'mapping_justification',
  'author_id',
  'author_label',
  'reviewer_id',
  'reviewer_label',
  'mapping_date',
  'confidence',
  'similarity_score',
  'comment',
  'record_id',
  'curation_status',
] as const;
export type SssomColumn = (typeof SSSOM_COLUMNS)[number];

/**
 * curation_status of a row that only lists an item none of the written mappings is about (SSSOM has
 * rows only for mappings): object sssom:NoTermFound, which Crosswalk reads as an item, not as "no match".
 */
export const UNMAPPED_STATUS = 'unmapped';
const UNMAPPED_COMMENT = 'listed as an item of the table: no mapping of it is exported (not a "no match" statement)';

/** Non-standard slot, declared in extension_definitions as SSSOM 1.0 asks. */
const STATUS_EXTENSION = { slot_name: 'curation_status', property: `${CROSSWALK_NS}curationStatus`, type_hint: 'xsd:string' };
/** SSSOM names the subject source only by URI; the title lets a re-import name the scheme. */
const SOURCE_TITLE_EXTENSION = {
  slot_name: 'subject_source_title',
  property: `${CROSSWALK_NS}subjectSourceTitle`,
  type_hint: 'xsd:string',
};

export interface SssomWriteOptions extends WriteOptions {
  /** ORCID iDs by person name, for author_id / reviewer_id. */
  orcids?: Record<string, string>;
}

/**
 * The justification SSSOM tools filter on: a mapping nobody has accepted yet never claims
 * semapv:ManualMappingCuration (its curation_status says proposed or unsure).
 */
function justificationFor(m: Pick<CorrespondenceMapping, 'justification' | 'status'>): string {
  const notYetAccepted = m.status === 'proposed' || m.status === 'unsure';
  return notYetAccepted && m.justification === 'manual-curation'
    ? JUSTIFICATION_TO_SEMAPV.imported
    : JUSTIFICATION_TO_SEMAPV[m.justification];
}

/** Rejected matches and must-not-map statements are negated (predicate_modifier Not): SSSOM never states them as true. */
const isNegated = (m: Pick<CorrespondenceMapping, 'kind' | 'status'>): boolean =>
  m.kind === 'must-not-map' || (m.kind === 'match' && m.status === 'rejected');

/** A TSV cell: quoted (RFC 4180 style, as pandas writes it) only when it must be. */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** SSSOM/TSV (SSSOM 1.0): a commented YAML metadata block, then one row per mapping. */
export function writeSssom(table: CorrespondenceTable, options: SssomWriteOptions): WriterResult {
  const curies = new CurieMap();
  const sourceNs = withTrailingSlash(table.source.uri);
  curies.add('local', sourceNs);
  curies.add('cwm', `${withTrailingSlash(table.metadata.uriBase)}mapping/`);
  curies.add('base', withTrailingSlash(table.metadata.uriBase));
  const items = itemsByKey(table);
  const vocabularies = vocabularyById(table);
  const mappings = selectMappings(table, options, true);
  const orcidCurie = (name: string): string => {
    const orcid = options.orcids?.[name];
    return orcid ? `orcid:${orcid}` : '';
  };

  // Learning outcomes have no identifiers of their own: SSSOM literal mappings (subject_label), with
  // the URI minted for the SKOS export as subject_id so two outcomes with the same text stay two subjects.
  const subject = (item: CorrespondenceItem) => ({
    subject_id: curies.compact(itemUri(table, item)),
    subject_label: item.label,
    subject_type: item.uri === null && table.source.kind === 'learning-outcomes' ? 'rdfs literal' : 'skos concept',
    subject_source: curies.compact(table.source.uri),
  });
  const rows: Record<SssomColumn, string | number | null>[] = [];
  const written = new Set<string>();
  for (const m of mappings) {
    const item = items.get(m.subjectKey);
    if (!item) continue;
    written.add(item.key);
    const vocabulary = vocabularies.get(m.vocabularyId);
    const predicate = m.kind === 'match' ? `skos:${m.relation}` : m.kind === 'must-not-map' ? 'skos:mappingRelation' : 'skos:exactMatch';
    rows.push({
      ...subject(item),
      predicate_id: predicate,
      predicate_modifier: isNegated(m) ? 'Not' : '',
      object_id: m.object ? curies.compact(m.object.uri) : 'sssom:NoTermFound',
      object_label: m.object?.label ?? '',
      object_source: vocabulary ? curies.compact(vocabulary.uri) : '',
      object_source_version: vocabulary ? vocabularyVersionLabel(vocabulary) : '',
      mapping_justification: curies.compact(justificationFor(m)),
      author_id: orcidCurie(m.author),
      author_label: m.author,
      reviewer_id: m.reviewer ? orcidCurie(m.reviewer) : '',
      reviewer_label: m.reviewer,
      mapping_date: m.created ? isoDate(m.created) : '',
      confidence: m.confidence,
      similarity_score: m.score,
      comment: m.comment,
      record_id: curies.compact(recordUri(table, item, m)),
      curation_status: m.status,
    });
  }
  const unmapped = table.source.items.filter((item) => !written.has(item.key));
  for (const item of unmapped) {
    rows.push({
      ...subject(item),
      predicate_id: 'skos:exactMatch',
      predicate_modifier: '',
      object_id: 'sssom:NoTermFound',
      object_label: '',
      object_source: '',
      object_source_version: '',
      mapping_justification: curies.compact(JUSTIFICATION_TO_SEMAPV.imported),
      author_id: '',
      author_label: '',
      reviewer_id: '',
      reviewer_label: '',
      mapping_date: '',
      confidence: null,
      similarity_score: null,
      comment: UNMAPPED_COMMENT,
      record_id: '',
      curation_status: UNMAPPED_STATUS,
    });
  }

  const single = table.targets.length === 1 ? table.targets[0] : undefined;
  const creators = [...new Set([table.metadata.creator].filter(Boolean))];
  const metadata: Record<string, unknown> = {
    mapping_set_id: table.metadata.id,
    mapping_set_title: table.metadata.title,
    ...(table.metadata.description ? { mapping_set_description: table.metadata.description } : {}),
    mapping_set_version: table.metadata.version || '1',
    license: table.metadata.license,
    ...(creators.length ? { creator_label: creators } : {}),
    ...(creators.some((c) => options.orcids?.[c]) ? { creator_id: creators.map(orcidCurie).filter(Boolean) } : {}),
    subject_source: curies.compact(table.source.uri),
    subject_source_title: table.source.title,
    ...(table.source.version ? { subject_source_version: table.source.version } : {}),
    ...(single ? { object_source: curies.compact(single.uri), object_source_version: vocabularyVersionLabel(single) } : {}),
    mapping_tool: CROSSWALK_TOOL,
    publication_date: table.metadata.publicationDate,
    extension_definitions: [STATUS_EXTENSION, SOURCE_TITLE_EXTENSION],
  };
  const allCuries = [
    ...rows.flatMap((r) => [
      r.subject_id,
      r.predicate_id,
      r.object_id,
      r.object_source,
      r.subject_source,
      r.mapping_justification,
      r.record_id,
      r.author_id,
      r.reviewer_id,
    ]),
    String(metadata.subject_source),
    String(metadata.object_source ?? ''),
    ...((metadata.creator_id as string[] | undefined) ?? []),
    'xsd:x',
  ].filter((c): c is string => typeof c === 'string' && c !== '');
  const curieMap = curies.usedBy(allCuries);
  curieMap.xsd = NS.xsd;
  const yaml = YAML.stringify({ curie_map: curieMap, ...metadata }, { lineWidth: 0 });
  const header = yaml
    .trimEnd()
    .split('\n')
    .map((line) => `#${line}`)
    .join('\n');
  const body = [SSSOM_COLUMNS.join('\t'), ...rows.map((r) => SSSOM_COLUMNS.map((c) => cell(r[c])).join('\t'))].join('\n');

  const groups = table.source.groups.length;
  const limits = [
    ...(groups > 0 ? [`Groups (courses, modules): ${plural(groups, 'group')} are not part of SSSOM; items are written without them.`] : []),
    ...(table.source.kind === 'learning-outcomes' && table.source.items.some((i) => i.uri === null)
      ? [
          'Learning outcomes without URIs are written as literal mappings (subject_label, with a minted subject_id); their descriptions are not carried.',
        ]
      : ['Item descriptions and notations are not carried (only ids and labels).']),
    ...(unmapped.length
      ? [
          `${plural(unmapped.length, 'item')} without an exported mapping ${unmapped.length === 1 ? 'is' : 'are'} listed as ${unmapped.length === 1 ? 'a row' : 'rows'} with object_id sssom:NoTermFound and curation_status "${UNMAPPED_STATUS}" (SSSOM has rows only for mappings); tools that ignore curation_status read ${unmapped.length === 1 ? 'it' : 'them'} as "no match".`,
        ]
      : []),
    ...countLimit(
      table.source.items,
      (i) => Object.keys(i.translations ?? {}).length > 0,
      (n) => `Labels in other languages of ${plural(n, 'item')} are not carried.`,
    ),
    ...notAcceptedLimit(table, options),
    'Mapping history (every change) is not carried; the mapping date is the creation date.',
  ];
  const notAccepted = notAcceptedIncluded(
    mappings,
    'Each row carries its status in the curation_status column; proposed and unsure rows never claim semapv:ManualMappingCuration, and rejected rows are negated (predicate_modifier Not).',
  );
  return { content: `${header}\n${body}\n`, limits, ...(notAccepted ? { notAccepted } : {}) };
}
