import type { CourseMetadata } from './source.js';
import type { MappingRelation } from '../skos.js';
import type { MappingJustification, MappingKind, MappingStatus } from './mapping.js';

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
}

export interface CorrespondenceMapping {
  /** Key of the source item. */
  subjectKey: string;
  kind: MappingKind;
  /** Null for no-match. Description only when a file or the library gives one. */
  object: { uri: string; label: string; description?: string } | null;
  /** TargetVocabulary id the object (or the no-match statement) belongs to. */
  vocabularyId: string;
  /** Null for no-match and must-not-map. */
  relation: MappingRelation | null;
  status: MappingStatus;
  justification: MappingJustification;
  score: number | null;
  confidence: number | null;
  comment: string;
  author: string;
  /** Who last accepted or rejected it, when known. */
  reviewer: string;
  /** ISO date or date-time. */
  created: string;
  modified: string;
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

/** Every import format Crosswalk reads; 'auto' guesses from the file name and content. */
export const IMPORT_FORMATS = ['auto', 'esco-csv', 'xlsx', 'sssom', 'skos', 'jskos'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMAT_INFO: Record<ExportFormat, { label: string; extension: string; mediaType: string }> = {
  'skos-ttl': { label: 'SKOS (Turtle)', extension: '.ttl', mediaType: 'text/turtle' },
  'skos-rdfxml': { label: 'SKOS (RDF/XML)', extension: '.rdf', mediaType: 'application/rdf+xml' },
  'skos-jsonld': { label: 'SKOS (JSON-LD)', extension: '.jsonld', mediaType: 'application/ld+json' },
  'skos-nt': { label: 'SKOS (N-Triples)', extension: '.nt', mediaType: 'application/n-triples' },
  sssom: { label: 'SSSOM/TSV', extension: '.sssom.tsv', mediaType: 'text/tab-separated-values' },
  jskos: { label: 'JSKOS concordance (Cocoda)', extension: '.jskos.json', mediaType: 'application/json' },
  'esco-csv': { label: 'ESCO crosswalk CSV', extension: '.csv', mediaType: 'text/csv' },
  xlsx: { label: 'ESCO crosswalk XLSX', extension: '.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
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
