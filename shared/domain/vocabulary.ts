/** Language-tagged texts: { en: "...", de: "..." }. */
export type LangMap<T> = Record<string, T>;

/** What kind of concept a target is; drives filters and checks. */
export type ConceptType =
  | 'skill' // ESCO skill/competence
  | 'knowledge' // ESCO knowledge
  | 'skill-group' // ESCO skill group / knowledge group in the skills hierarchy
  | 'occupation'
  | 'isco-group'
  | 'isced-field' // ISCED-F broad, narrow or detailed field
  | 'concept'; // any other SKOS concept

export type ReuseLevel = 'transversal' | 'cross-sector' | 'sector-specific' | 'occupation-specific';

/**
 * One concept of a vocabulary version as plain JSON: what the browser, the suggestion engine and
 * the checks need without a SPARQL round trip. The full RDF stays in the Oxigraph store.
 */
export interface ConceptRecord {
  uri: string;
  /** Library id of the vocabulary version, e.g. "esco-v1.1.1". */
  vocabularyId: string;
  schemes: string[];
  type: ConceptType;
  prefLabel: LangMap<string>;
  altLabels: LangMap<string[]>;
  hiddenLabels: LangMap<string[]>;
  description: LangMap<string>;
  notation?: string;
  reuseLevel?: ReuseLevel;
  /** Collection ids such as "digital", "green", "transversal", "language", "digcomp", "research". */
  collections: string[];
  broader: string[];
  /** e.g. "released", "deprecated". */
  status?: string;
  /** Successors stated by the vocabulary (dcterms:isReplacedBy); RDF imports only, ESCO's CSV has none. */
  replacedBy?: string[];
  /** Predecessors stated by the vocabulary (dcterms:replaces). */
  replaces?: string[];
}

/** A vocabulary version in the library. */
export interface VocabularyInfo {
  /** Stable library id, e.g. "esco-v1.1.1" or "isced-f-2013-snb". */
  id: string;
  title: string;
  publisher: string;
  version: string;
  languages: string[];
  /** Named graph holding its triples. */
  graph: string;
  sourceFiles: { name: string; sha256: string; bytes: number }[];
  importedAt: string;
  schemes: { uri: string; title: string; concepts: number }[];
  counts: { triples: number; concepts: number; [key: string]: number };
}

/** A concept scheme of a vocabulary version, with the number of concepts in it. */
export interface SchemeInfo {
  uri: string;
  title: string;
  concepts: number;
}

/** A row of the browser tree or the type-ahead list. */
export interface ConceptSummary {
  uri: string;
  vocabularyId: string;
  /** Preferred label in the asked language (or the best available one). */
  label: string;
  type: ConceptType;
  notation?: string;
  status?: string;
  /** Number of narrower concepts (in the scheme when one was given). */
  childCount: number;
  /** Type-ahead only: the label that matched when it is not the preferred one. */
  matched?: string;
}

/** A concept linked from a concept page, with its label. */
export interface ConceptLink {
  uri: string;
  label: string;
  type?: ConceptType;
}

/** Everything a concept page shows. */
export interface ConceptDetails {
  record: ConceptRecord;
  /** Languages in which the vocabulary has labels. */
  languages: string[];
  scopeNote: LangMap<string>;
  definition: LangMap<string>;
  broader: ConceptLink[];
  narrower: ConceptLink[];
  /** Skill: occupations needing it; occupation: its skills. */
  essential: ConceptLink[];
  optional: ConceptLink[];
  /** Skill-to-skill relations (ESCO skillSkillRelations) and skos:related. */
  related: ConceptLink[];
  /** Scheme URIs with their titles. */
  schemes: ConceptLink[];
  /** skos:exactMatch / closeMatch etc. found in the vocabulary itself. */
  matches: { relation: string; uri: string }[];
}

/** SPARQL results: SELECT as W3C SPARQL JSON, ASK as boolean, CONSTRUCT/DESCRIBE as N-Triples. */
export type SparqlResult =
  { kind: 'bindings'; json: SparqlJson } | { kind: 'boolean'; value: boolean } | { kind: 'graph'; ntriples: string; triples: number };

export interface SparqlJson {
  head: { vars: string[] };
  results: { bindings: Record<string, SparqlTerm>[] };
}

export interface SparqlTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

/** The result of an import job. */
export interface ImportReport {
  vocabularies: VocabularyInfo[];
  /** Labels changed on import: trimmed, odd spaces replaced, duplicates dropped. */
  cleaning: { trimmed: number; spacesNormalized: number; duplicatesRemoved: number; emptyRemoved: number };
  warnings: string[];
}
