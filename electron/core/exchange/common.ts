import { createHash } from 'node:crypto';
import type {
  CorrespondenceItem,
  CorrespondenceMapping,
  CorrespondenceTable,
  ExchangeProblem,
  MappingTableColumns,
  TargetVocabulary,
} from '../../../shared/domain/correspondence.js';
import type { NotAcceptedIncluded } from '../../../shared/contract/export.js';
import type { MappingJustification, MappingStatus } from '../../../shared/domain/mapping.js';
import { NS } from '../../../shared/skos.js';
import { asciiSlug } from '../slug.js';

/** What every writer returns: the file's content and what the format could not carry. */
export interface WriterResult {
  content: string | Uint8Array;
  /** One sentence per kind of information the format dropped, with counts. */
  limits: string[];
  /** The proposed, unsure and rejected mappings written (status 'all') and how they are marked; absent when none. */
  notAccepted?: NotAcceptedIncluded;
}

/** Which mappings a writer includes. */
export interface WriteOptions {
  /**
   * 'accepted' (every export's default): accepted only; 'all': also proposed and unsure (and
   * rejected where the format can say so), marked as not accepted as far as the format can.
   */
  status: 'accepted' | 'all';
}

export const CROSSWALK_TOOL = 'Crosswalk';
export const CROSSWALK_NS = 'https://w3id.org/crosswalk/vocab#';

/** A stable slug for minted URIs: lower case, ASCII letters, digits and dashes. */
export function slug(text: string): string {
  return asciiSlug(text) || 'scheme';
}

export function withTrailingSlash(base: string): string {
  return /[/#]$/.test(base) ? base : `${base}/`;
}

/** The scheme URI to mint when a source has none: stable as long as base and title stay. */
export function mintSchemeUri(uriBase: string, title: string): string {
  return `${withTrailingSlash(uriBase)}${slug(title)}`;
}

/** The item's own URI, or one minted under the scheme URI from its stable key. */
export function itemUri(table: CorrespondenceTable, item: CorrespondenceItem): string {
  return item.uri ?? `${withTrailingSlash(table.source.uri)}${encodeURIComponent(item.key)}`;
}

/** A stable id of one mapping statement, independent of database ids (SSSOM record_id, JSKOS uri). */
function recordHash(subject: string, mapping: Pick<CorrespondenceMapping, 'kind' | 'relation' | 'object' | 'vocabularyId'>): string {
  const object = mapping.object?.uri ?? `no-match:${mapping.vocabularyId}`;
  return createHash('sha256')
    .update([subject, mapping.kind, mapping.relation ?? '', object].join('\u0000'))
    .digest('hex')
    .slice(0, 20);
}

export function recordUri(table: CorrespondenceTable, item: CorrespondenceItem, mapping: CorrespondenceMapping): string {
  // Learning outcomes without URIs are known by their text in every exchange format.
  const subject = item.uri ?? (table.source.kind === 'learning-outcomes' ? `literal:${item.label}` : itemUri(table, item));
  return `${withTrailingSlash(table.metadata.uriBase)}mapping/${recordHash(subject, mapping)}`;
}

/** semapv justification terms for Crosswalk's justifications, and back. */
export const JUSTIFICATION_TO_SEMAPV: Record<MappingJustification, string> = {
  'manual-curation': `${NS.semapv}ManualMappingCuration`,
  'accepted-suggestion': `${NS.semapv}LexicalMatching`,
  imported: `${NS.semapv}UnspecifiedMatching`,
};

export function justificationFromSemapv(uri: string): MappingJustification {
  const local = uri.replace(/^semapv:/, '').replace(NS.semapv, '');
  if (local === 'ManualMappingCuration' || local === 'MappingReview') return 'manual-curation';
  if (local === 'LexicalMatching' || local === 'SemanticSimilarityThresholdMatching' || local === 'LexicalSimilarityThresholdMatching') {
    return 'accepted-suggestion';
  }
  return 'imported';
}

const STATUS_VALUES: readonly MappingStatus[] = ['proposed', 'accepted', 'rejected', 'unsure'];

export function parseStatus(value: string | undefined): MappingStatus | undefined {
  const v = (value ?? '').trim().toLowerCase();
  return (STATUS_VALUES as readonly string[]).includes(v) ? (v as MappingStatus) : undefined;
}

/**
 * The mappings a writer includes. Rejected mappings are only kept by formats that can say
 * "rejected" (`carriesStatus`); everything else publishes what is believed true.
 */
export function selectMappings(table: CorrespondenceTable, options: WriteOptions, carriesStatus: boolean): CorrespondenceMapping[] {
  return table.mappings.filter((m) => {
    if (options.status === 'accepted') return m.status === 'accepted';
    return carriesStatus || m.status !== 'rejected';
  });
}

/** Mappings by the key of their source item. */
export function groupBySubject<M extends Pick<CorrespondenceMapping, 'subjectKey'>>(mappings: readonly M[]): Map<string, M[]> {
  const groups = new Map<string, M[]>();
  for (const m of mappings) {
    const list = groups.get(m.subjectKey);
    if (list) list.push(m);
    else groups.set(m.subjectKey, [m]);
  }
  return groups;
}

export function itemsByKey(table: CorrespondenceTable): Map<string, CorrespondenceItem> {
  return new Map(table.source.items.map((item) => [item.key, item]));
}

export function vocabularyById(table: CorrespondenceTable): Map<string, TargetVocabulary> {
  return new Map(table.targets.map((v) => [v.id, v]));
}

/** Vocabulary descriptions for library ids, used when no library record is at hand. */
export function describeVocabulary(id: string): TargetVocabulary {
  const esco = /^esco-v?(.+)$/i.exec(id);
  if (esco) {
    return {
      id,
      title: 'ESCO',
      version: `v${esco[1]}`,
      uri: 'http://data.europa.eu/esco/model',
      conceptType: 'Skill',
      language: 'en',
      landingPage: 'https://esco.ec.europa.eu/en',
    };
  }
  if (/^isced-f/i.test(id)) {
    return {
      id,
      title: 'ISCED-F 2013',
      version: '2013',
      uri: 'http://data.europa.eu/snb/isced-f/25831c2',
      conceptType: 'Field of education and training',
      language: 'en',
      landingPage: 'https://uis.unesco.org/en/topic/international-standard-classification-education-isced',
    };
  }
  return {
    id,
    title: id,
    version: '',
    uri: `${CROSSWALK_NS.replace('#', '/')}vocabulary/${encodeURIComponent(id)}`,
    conceptType: 'Concept',
    language: 'en',
    landingPage: '',
  };
}

/** "ESCO v1.1.1" as SSSOM's object_source_version and the crosswalk CSV show it. */
export function vocabularyVersionLabel(v: TargetVocabulary): string {
  return [v.title, v.version].filter(Boolean).join(' ');
}

/** The library id for a vocabulary named in a file: "ESCO" + "v1.1.0" → "esco-v1.1.0". */
export function vocabularyIdFor(title: string, version: string): string {
  const t = title.trim();
  const versionPart = version.trim().replace(/^ESCO\s+/i, '');
  if (/^esco\b/i.test(t) || /^ESCO\s/i.test(version.trim())) return `esco-${versionPart.startsWith('v') ? versionPart : `v${versionPart}`}`;
  if (/isced-?f/i.test(t)) return 'isced-f-2013';
  return slug([t, versionPart].filter(Boolean).join(' '));
}

/** Guesses the vocabulary a target URI belongs to from its namespace. */
export function vocabularyIdForUri(uri: string, fallback: string): string {
  if (uri.startsWith('http://data.europa.eu/esco/')) return fallback.startsWith('esco') ? fallback : 'esco-v1.1.1';
  if (uri.startsWith('http://data.europa.eu/snb/isced-f/')) return 'isced-f-2013';
  return fallback;
}

/** YYYY-MM-DD of an ISO date or date-time. */
export function isoDate(value: string): string {
  return value.slice(0, 10);
}

/** Counts a predicate over mappings and phrases a limit when any match. */
export function countLimit<T = CorrespondenceMapping>(
  entries: readonly T[],
  test: (entry: T) => boolean,
  phrase: (n: number) => string,
): string[] {
  const n = entries.filter(test).length;
  return n > 0 ? [phrase(n)] : [];
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The limit every status-carrying writer states when accepted-only (the default) dropped mappings. */
export function notAcceptedLimit(table: CorrespondenceTable, options: WriteOptions): string[] {
  return countLimit(
    table.mappings,
    (m) => options.status === 'accepted' && m.status !== 'accepted',
    (n) =>
      `${plural(n, 'mapping')} not accepted (proposed, unsure or rejected) were left out: only accepted mappings are exported unless you choose to include the others.`,
  );
}

/** Counts the not-accepted mappings among those written, with the format's marking; undefined when there are none. */
export function notAcceptedIncluded(
  written: readonly Pick<CorrespondenceMapping, 'status'>[],
  marking: string,
): NotAcceptedIncluded | undefined {
  const count = (status: MappingStatus) => written.filter((m) => m.status === status).length;
  const included = { proposed: count('proposed'), unsure: count('unsure'), rejected: count('rejected') };
  return included.proposed + included.unsure + included.rejected > 0 ? { ...included, marking } : undefined;
}

export interface ReadOptions {
  file: string;
  uriBase: string;
  /** Status of mappings whose file does not say (plain SKOS triples, ESCO crosswalk rows). */
  defaultStatus: MappingStatus;
  /** 'mapping-table': the column each field is read from; guessed from the header when absent. */
  columns?: Partial<MappingTableColumns>;
}

/** What every reader returns: the table found in the file and what was wrong with it. */
export interface ReaderResult {
  table: CorrespondenceTable;
  problems: ExchangeProblem[];
}

/** The item key for a subject URI: the local part when the URI was minted under the scheme URI. */
export function keyForSubjectUri(uri: string, schemeUri: string): string {
  const base = withTrailingSlash(schemeUri);
  if (schemeUri && uri.startsWith(base) && uri.length > base.length) return decodeURIComponent(uri.slice(base.length));
  return uri;
}

/** An empty table to fill while reading a file. */
export function emptyTable(title: string, uriBase: string): CorrespondenceTable {
  return {
    metadata: { id: '', title, description: '', creator: '', license: '', version: '', publicationDate: '', uriBase, tool: '' },
    source: {
      uri: '',
      uriMinted: false,
      title,
      description: '',
      kind: 'classification',
      language: 'en',
      version: '',
      conceptType: '',
      landingPage: '',
      groups: [],
      items: [],
    },
    targets: [],
    mappings: [],
  };
}
