/** A source scheme: a course catalogue's learning outcomes, or a local classification to map. */
export interface SourceScheme {
  id: number;
  /** Concept scheme URI when the source has one (SKOS sources); null for plain learning outcomes. */
  uri: string | null;
  title: string;
  description: string;
  kind: 'learning-outcomes' | 'classification';
  language: string;
  /** Where it came from: format, file name, SHA-256, import date. */
  origin: { format: string; file?: string; sha256?: string; importedAt: string } | null;
  /** The scheme's own version as published, '' when unknown. */
  version: string;
  /** What its concepts are, e.g. "Occupation", "Learning outcome"; '' when unknown. */
  conceptType: string;
  /** The web page that describes the scheme, '' when none. */
  landingPage: string;
  created: string;
  modified: string;
}

/**
 * The EU's constitutive elements of a micro-credential (Council Recommendation 2022/C 243/02),
 * kept for a group of learning outcomes (a course, micro-credential or module).
 */
export interface CourseMetadata {
  awardingBody?: string;
  country?: string;
  ects?: number;
  /** Notional workload in hours, when given instead of or beside ECTS. */
  workloadHours?: number;
  eqfLevel?: number;
  /** QF-EHEA cycle: short, first, second, third. */
  qfEheaCycle?: 'short' | 'first' | 'second' | 'third';
  /** ISCED-F 2013 code, e.g. "0613". */
  iscedF?: string;
  assessment?: string;
  participation?: string;
  qualityAssurance?: string;
  prerequisites?: string;
  supervisionAndIdentityVerification?: string;
  integrationStackability?: string;
  language?: string;
  url?: string;
  /** The sentence that introduced the outcome list ("students will be able to:"), taken off each outcome. */
  outcomesLeadIn?: string;
}

/** A course / micro-credential / module, or a broader concept of a classification. */
export interface SourceGroup {
  id: number;
  schemeId: number;
  /** Stable external id (course code, notation). */
  key: string;
  title: string;
  description: string;
  parentId: number | null;
  metadata: CourseMetadata;
}

export interface SourceItem {
  id: number;
  schemeId: number;
  /** Stable external id from the source; re-imports update items by it. */
  key: string;
  groupId: number | null;
  text: string;
  description: string;
  notation: string;
  language: string;
  /** The item's own URI, when the source has one. */
  uri: string | null;
  position: number;
  /** 'removed': gone from the latest re-import, kept (with its mappings) and flagged. */
  state: 'active' | 'removed';
  created: string;
  modified: string;
}

/** Input formats a source can be imported from. */
export const IMPORT_FORMATS = ['csv', 'tsv', 'xlsx', 'elm', 'ooapi', 'skos', 'manifest'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Fields a table column can be mapped to (item fields, then course fields). */
export const IMPORT_FIELDS = [
  'id',
  'text',
  'description',
  'notation',
  'language',
  'course',
  'courseTitle',
  'courseDescription',
  'ects',
  'workloadHours',
  'eqfLevel',
  'qfEheaCycle',
  'iscedF',
  'awardingBody',
  'country',
  'assessment',
  'participation',
  'qualityAssurance',
  'prerequisites',
  'supervisionAndIdentityVerification',
  'integrationStackability',
  'courseLanguage',
  'url',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnMapping = Partial<Record<ImportField, string>>;

export interface ImportProblem {
  /** 1-based row (tables: the line / sheet row; other formats: the item's position). 0 = the file. */
  row: number;
  field: ImportField | '';
  /** Errors block the commit until the row is fixed or excluded; warnings do not. */
  severity: 'error' | 'warning';
  message: string;
}

export interface PreviewRow {
  row: number;
  values: Partial<Record<ImportField, string>>;
  /** Items the row becomes (several when a multi-outcome cell is split). */
  items: number;
  problems: ImportProblem[];
}

export interface ManifestSourceInfo {
  type: string;
  path: string;
  name: string;
  auth: string;
  /** Why it is not imported (unsupported type, fetch failure), or null. */
  skipped: string | null;
  items: number;
}

export interface ImportPreview {
  format: ImportFormat;
  fileName: string;
  /** Detected (or given) text encoding: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252. */
  encoding: string | null;
  delimiter: string | null;
  /** Table headers; empty for non-tabular formats. */
  columns: string[];
  /** The mapping used (given, or guessed from the headers). */
  mapping: ColumnMapping;
  rows: PreviewRow[];
  /** Problems of the file as a whole (row 0). */
  problems: ImportProblem[];
  schemeTitle: string;
  /** The scheme a commit would update, when one exists. */
  existingSchemeId: number | null;
  counts: { rows: number; items: number; groups: number; errors: number; warnings: number };
  /** QualityLink manifests: the declared sources. */
  sources?: ManifestSourceInfo[];
  /** Tables read with outcome splitting: what the cells become, so the user sees the split before importing. */
  split?: SplitPreview;
}

/** The outcomes split from the cells of the rows to import (without errors or exclusions). */
export interface SplitPreview {
  /** Cells with text, and the outcomes they make. */
  cells: number;
  outcomes: number;
  /** The first outcomes, one per entry, in file order. */
  items: { row: number; course: string; text: string }[];
  /** Lead-ins ("…students will be able to:") taken off the outcomes and kept on their course. */
  leadIns: { course: string; leadIn: string }[];
}

export interface SchemeImportResult {
  schemeId: number;
  title: string;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  groups: number;
  /** Links such as ELM relatedESCOSkill brought in as imported mappings. */
  mappingsImported: number;
  /** Links kept with the item because they could not be stored as mappings. */
  linksKept: number;
}

export interface ImportResult {
  schemes: SchemeImportResult[];
  added: number;
  changed: number;
  removed: number;
  warnings: ImportProblem[];
}

export interface SourceSchemeRow extends SourceScheme {
  items: number;
  removedItems: number;
  groups: number;
}

/** One row of the items table (flat, for virtualized tables and other agents' pickers). */
export interface SourceItemRow {
  id: number;
  schemeId: number;
  key: string;
  text: string;
  description: string;
  notation: string;
  language: string;
  uri: string | null;
  groupId: number | null;
  groupKey: string | null;
  groupTitle: string | null;
  state: 'active' | 'removed';
  position: number;
  /** Mappings (of any status) stored for the item. */
  mappings: number;
}

/** An item with its group and the extra data an import kept (e.g. links, other languages). */
export interface SourceItemDetail extends SourceItem {
  group: SourceGroup | null;
  extra: SourceItemExtra;
}

export interface SourceItemExtra {
  /** Links that came with the item (ELM relatedESCOSkill) not (yet) stored as mappings. */
  links?: { uri: string; label: string; property: string }[];
  /** The same outcome in other languages. */
  translations?: Record<string, string>;
  /** Identifier cells of a published table as written ('uri', 'id', 'url'), for writing them back. */
  identifiers?: Partial<Record<'uri' | 'id' | 'url', string>>;
  [key: string]: unknown;
}

export interface SourceGroupRow extends SourceGroup {
  items: number;
}

export interface PickerOptions {
  eqfLevels: { level: number; label: string }[];
  /** Null when no ISCED-F vocabulary is in the library: the form then takes a code checked by pattern. */
  iscedF: { code: string; label: string }[] | null;
  /** Library id of the ISCED-F vocabulary the codes come from. */
  iscedFVocabulary: string | null;
}
