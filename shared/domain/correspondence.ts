import type { CourseMetadata } from './source.js';
import type { Mapping } from './mapping.js';

/**
 * A correspondence table as plain JSON: what every exchange format (SKOS, SSSOM, JSKOS, ESCO
 * crosswalk CSV/XLSX, ELM) is written from and read into. Independent of the project database, so
 * readers and writers are pure functions over it.
 */
export interface CorrespondenceTable {
  metadata: CorrespondenceMetadata;
  source: CorrespondenceSource;
  /** The target vocabularies mappings point into (ESCO v1.1.1, ISCED-F ...). */
  targets: TargetVocabulary[];
  mappings: CorrespondenceMapping[];
  /** What a published table said about itself, kept from import so an export can say it again. */
  provenance?: TableProvenance;
}

/** The layouts a table can come in, as far as writing it back is concerned. */
export const TABLE_LAYOUTS = ['esco-mapping-tool', 'esco-crosswalk', 'mapping-table', 'sssom', 'skos', 'jskos'] as const;
export type TableLayout = (typeof TABLE_LAYOUTS)[number];

/**
 * A published table's own description. ESCO's layouts (the mapping tool's national tables, the
 * ESCO–O*NET crosswalk) open with a key/value preamble; the header row and the way relations are
 * written ("skos:broadMatch" or "broadMatch") are kept so that an export in the same layout gives
 * the file back.
 */
export interface TableProvenance {
  layout: TableLayout;
  /** The preamble's key/value lines, in order, as written. */
  preamble: [string, string][];
  /** The header row of the mapping rows, as written. */
  header: string[];
  /** Which classification (1 or 2 in the preamble and header) is ESCO. */
  escoSide: 1 | 2;
  /** "skos:broadMatch" (curie) or "broadMatch" (name). */
  relationStyle: 'curie' | 'name';
  /** Whether the preamble's lines (and the blank lines after it) were as wide as the header, in a CSV. */
  preamblePadded?: boolean;
  /**
   * Rows that say an ESCO concept has no counterpart in the other classification ("no relation"
   * with that side empty): statements about a target, not about a source item, kept with the table.
   */
  unmatchedTargets: { uri: string; label: string; comment: string }[];
  /**
   * The ESCO side's cells as written, per concept URI, where the library cannot give them back: a
   * bare UUID or an ESCO code in an identifier column, the description the table quoted.
   */
  targetCells?: Record<string, Partial<Record<'uri' | 'id' | 'url' | 'description', string>>>;
}

export interface CorrespondenceMetadata {
  /** URI of the mapping set (SSSOM mapping_set_id, JSKOS concordance uri). */
  id: string;
  title: string;
  description: string;
  creator: string;
  license: string;
  version: string;
  /** YYYY-MM-DD. */
  publicationDate: string;
  /** Base under which URIs were minted for items without URIs of their own. */
  uriBase: string;
  tool: string;
}

/** The local side: a course catalogue's learning outcomes or a local classification. */
export interface CorrespondenceSource {
  /** Concept scheme URI (own or minted). */
  uri: string;
  /** True when `uri` was minted by Crosswalk rather than given by the source. */
  uriMinted: boolean;
  title: string;
  description: string;
  kind: 'learning-outcomes' | 'classification';
  language: string;
  version: string;
  /** e.g. "Occupation", "Learning outcome". */
  conceptType: string;
  landingPage: string;
  groups: CorrespondenceGroup[];
  items: CorrespondenceItem[];
}

export interface CorrespondenceGroup {
  key: string;
  title: string;
  description: string;
  parentKey: string | null;
  /** A course's or micro-credential's constitutive elements, for formats that carry them (ELM). */
  course?: CourseMetadata;
}

export interface CorrespondenceItem {
  /** Stable id inside the source (course LO code, notation). */
  key: string;
  /** The item's own URI, or null (learning outcomes usually have none). */
  uri: string | null;
  label: string;
  description: string;
  notation: string;
  groupKey: string | null;
  language: string;
  /** The item's preferred label in other languages (language tag → label). */
  translations?: Record<string, string>;
  /** Identifier cells of a published table as written ('uri', 'id', 'url'), for writing them back. */
  identifiers?: Partial<Record<'uri' | 'id' | 'url', string>>;
}

export interface TargetVocabulary {
  /** Library id, e.g. "esco-v1.1.1". */
  id: string;
  title: string;
  /** e.g. "v1.1.1". */
  version: string;
  /** URI identifying the vocabulary (SSSOM object_source). */
  uri: string;
  conceptType: string;
  language: string;
  landingPage: string;
  /** True when the file named the version the table was made against (kept over the library's). */
  versionDeclared?: boolean;
}

/** A mapping as exchange files carry it: the project's mapping fields, with the source item by key. */
export interface CorrespondenceMapping extends Pick<
  Mapping,
  'kind' | 'relation' | 'status' | 'justification' | 'score' | 'confidence' | 'comment' | 'author' | 'created' | 'modified'
> {
  /** Key of the source item. */
  subjectKey: string;
  /** Null for no-match. Description only when a file or the library gives one. */
  object: {
    uri: string;
    label: string;
    description?: string;
    /** The label's language when not the vocabulary's. */ labelLanguage?: string;
  } | null;
  /** TargetVocabulary id the object (or the no-match statement) belongs to. */
  vocabularyId: string;
  /** Who last accepted or rejected it, when known. */
  reviewer: string;
}

/** Every export format Crosswalk writes (CLI names). */
export const EXPORT_FORMATS = [
  'skos-ttl',
  'skos-rdfxml',
  'skos-jsonld',
  'skos-nt',
  'sssom',
  'jskos',
  'esco-csv',
  'xlsx',
  'elm-ttl',
  'elm-jsonld',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Every import format Crosswalk reads; 'auto' guesses from the file name and content.
 * 'mapping-table': any CSV/TSV/XLSX table read through a column mapping (MappingTableColumns).
 */
export const IMPORT_FORMATS = ['auto', 'esco-csv', 'xlsx', 'sssom', 'skos', 'jskos', 'mapping-table'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What a column of a mapping table can hold; source and target are required. */
export const MAPPING_TABLE_FIELDS = [
  'source',
  'sourceLabel',
  'sourceDescription',
  'target',
  'targetLabel',
  'relation',
  'status',
  'comment',
  'author',
  'date',
  'confidence',
] as const;
export type MappingTableField = (typeof MAPPING_TABLE_FIELDS)[number];

/**
 * The header name each field is read from (case and surrounding spaces do not matter). A value
 * starting with "=" is a constant for every row instead of a column: "=exactMatch" when the table
 * has no relation column (a relation, constant or column, is required), "=accepted" for a status.
 * Source and target always name columns.
 */
export type MappingTableColumns = Record<'source' | 'target', string> &
  Partial<Record<Exclude<MappingTableField, 'source' | 'target'>, string>>;

export const EXPORT_FORMAT_INFO: Record<ExportFormat, { label: string; extension: string; mediaType: string }> = {
  'skos-ttl': { label: 'SKOS (Turtle)', extension: '.ttl', mediaType: 'text/turtle' },
  'skos-rdfxml': { label: 'SKOS (RDF/XML)', extension: '.rdf', mediaType: 'application/rdf+xml' },
  'skos-jsonld': { label: 'SKOS (JSON-LD)', extension: '.jsonld', mediaType: 'application/ld+json' },
  'skos-nt': { label: 'SKOS (N-Triples)', extension: '.nt', mediaType: 'application/n-triples' },
  sssom: { label: 'SSSOM/TSV', extension: '.sssom.tsv', mediaType: 'text/tab-separated-values' },
  jskos: { label: 'JSKOS concordance (Cocoda)', extension: '.jskos.json', mediaType: 'application/json' },
  'esco-csv': { label: 'ESCO crosswalk CSV', extension: '.csv', mediaType: 'text/csv' },
  xlsx: {
    label: 'ESCO crosswalk XLSX',
    extension: '.xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  'elm-ttl': { label: 'ELM learning outcomes (Turtle)', extension: '.ttl', mediaType: 'text/turtle' },
  'elm-jsonld': { label: 'ELM learning outcomes (JSON-LD)', extension: '.jsonld', mediaType: 'application/ld+json' },
};

/** A mapping an import could not take as it is, or a remark on the file. */
export interface ExchangeProblem {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line?: number;
  field?: string;
}
