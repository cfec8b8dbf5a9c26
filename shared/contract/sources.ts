import { z } from 'zod';
import { FileRefSchema } from '../domain/files.js';
import type { ProjectInfo } from '../domain/project.js';
import type {
  ImportPreview,
  ImportResult,
  PickerOptions,
  SourceGroupRow,
  SourceItemDetail,
  SourceItemRow,
  SourceSchemeRow,
} from '../domain/source.js';
import { IMPORT_FIELDS, IMPORT_FORMATS } from '../domain/source.js';
import { method } from './method.js';

const Language = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as "en" or "de"');
const Id = z.number().int();

export const ImportFormatSchema = z.enum(IMPORT_FORMATS);
export const ImportFieldSchema = z.enum(IMPORT_FIELDS);

/** Which column (header text) holds which field. */
export const ColumnMappingSchema = z.partialRecord(ImportFieldSchema, z.string().min(1));

export const CourseMetadataSchema = z.object({
  awardingBody: z.string().max(1000).optional(),
  country: z.string().max(200).optional(),
  ects: z.number().positive().max(1000).optional(),
  workloadHours: z.number().positive().max(100_000).optional(),
  eqfLevel: z.number().int().min(1).max(8).optional(),
  qfEheaCycle: z.enum(['short', 'first', 'second', 'third']).optional(),
  iscedF: z
    .string()
    .regex(/^\d{2,4}$/, 'an ISCED-F 2013 code of 2 to 4 digits, e.g. "0613"')
    .optional(),
  assessment: z.string().max(5000).optional(),
  participation: z.string().max(5000).optional(),
  qualityAssurance: z.string().max(5000).optional(),
  prerequisites: z.string().max(5000).optional(),
  supervisionAndIdentityVerification: z.string().max(5000).optional(),
  integrationStackability: z.string().max(5000).optional(),
  language: Language.optional(),
  url: z.string().max(2000).optional(),
  outcomesLeadIn: z.string().max(2000).optional(),
});

/** Where an import reads from: a chosen file or a URL (ELM, OOAPI, QualityLink manifest / domain). */
const ImportInput = z.union([z.object({ file: FileRefSchema }), z.object({ url: z.string().min(1) })]);

export const ImportOptionsSchema = z.object({
  /** Detected from the file name / content when absent. */
  format: ImportFormatSchema.optional(),
  mapping: ColumnMappingSchema.optional(),
  /** Split cells holding several outcomes (bullets, line breaks, semicolons) into items. */
  split: z.boolean().optional(),
  /** Text encoding override (utf-8, utf-16le, windows-1252, ...); detected when absent. */
  encoding: z.string().optional(),
  delimiter: z.string().min(1).max(1).optional(),
  sheet: z.string().optional(),
  /** Preferred language for multilingual sources, and the default for items without one. */
  language: Language.optional(),
  /** Re-import into this scheme (otherwise a scheme with the same URI or title is updated). */
  schemeId: Id.optional(),
  schemeTitle: z.string().trim().min(1).max(300).optional(),
  /** Credentials for sources that declare header/token auth (QualityLink httpheader). */
  auth: z.object({ header: z.string().min(1).optional(), token: z.string().min(1) }).optional(),
});

export const ImportRequestSchema = z.intersection(ImportInput, ImportOptionsSchema);

const RowFix = z.object({ row: z.number().int().min(1), field: ImportFieldSchema, value: z.string().max(20_000) });
export const RowEditsSchema = z.object({
  fixes: z.array(RowFix).max(100_000).optional(),
  exclude: z.array(z.number().int().min(1)).max(100_000).optional(),
});

/** A commit of a previewed import: the preview's token, with the fixes and exclusions made since. */
const StagedCommit = z
  .object({
    token: z.string().min(1).max(100),
    schemeId: Id.optional(),
    schemeTitle: z.string().trim().min(1).max(300).optional(),
  })
  .extend(RowEditsSchema.shape);

/** A preview, with the token under which the core keeps what it read for the commit. */
export type StagedImportPreview = ImportPreview & { token: string };

const ItemEdit = z.object({
  key: z.string().trim().min(1).max(500).optional(),
  text: z.string().trim().min(1, 'An item needs a text').max(20_000).optional(),
  description: z.string().max(20_000).optional(),
  notation: z.string().max(200).optional(),
  language: Language.optional(),
  groupId: Id.nullable().optional(),
  state: z.enum(['active', 'removed']).optional(),
});

export const sourcesContract = {
  listSchemes: method(z.object({})).reads<SourceSchemeRow[]>(),
  createScheme: method(
    z.object({
      title: z.string().trim().min(1).max(300),
      kind: z.enum(['learning-outcomes', 'classification']).optional(),
      language: Language.optional(),
      description: z.string().max(20_000).optional(),
    }),
  ).writes<SourceSchemeRow>(['sources']),
  updateScheme: method(
    z.object({
      id: Id,
      title: z.string().trim().min(1).max(300).optional(),
      description: z.string().max(20_000).optional(),
      language: Language.optional(),
    }),
  ).writes<SourceSchemeRow>(['sources']),
  /** Deletes a scheme with its items and their mappings. */
  deleteScheme: method(z.object({ id: Id })).writes<{ deletedItems: number; deletedMappings: number }>(['sources', 'mappings']),
  /** All items matching the filters (no paging; up to tens of thousands), ordered by scheme and position (import order). */
  listItems: method(
    z.object({
      schemeId: Id.optional(),
      groupId: Id.optional(),
      /** Case-insensitive substring of key, text, notation or description. */
      search: z.string().max(500).optional(),
      state: z.enum(['active', 'removed', 'all']).optional(),
      language: Language.optional(),
    }),
  ).reads<SourceItemRow[]>(),
  getItem: method(z.object({ id: Id })).reads<SourceItemDetail>(),
  updateItem: method(ItemEdit.extend({ id: Id })).writes<SourceItemRow>(['sources', 'mappings']),
  addItem: method(
    ItemEdit.extend({ schemeId: Id, text: z.string().trim().min(1, 'An item needs a text').max(20_000) }),
  ).writes<SourceItemRow>(['sources']),
  /** Deletes an item; an item with mappings is flagged 'removed' instead unless `force`. */
  deleteItem: method(z.object({ id: Id, force: z.boolean().optional() })).writes<{ action: 'deleted' | 'flagged'; mappings: number }>([
    'sources',
    'mappings',
  ]),
  listGroups: method(z.object({ schemeId: Id.optional() })).reads<SourceGroupRow[]>(),
  addGroup: method(
    z.object({
      schemeId: Id,
      key: z.string().trim().min(1).max(500),
      title: z.string().max(1000).optional(),
      metadata: CourseMetadataSchema.optional(),
    }),
  ).writes<SourceGroupRow>(['sources']),
  /** Edits a course / group; `metadata` replaces the constitutive elements as a whole. */
  updateGroup: method(
    z.object({
      id: Id,
      key: z.string().trim().min(1).max(500).optional(),
      title: z.string().max(1000).optional(),
      description: z.string().max(20_000).optional(),
      metadata: CourseMetadataSchema.optional(),
    }),
  ).writes<SourceGroupRow>(['sources']),
  /**
   * Parses an input without writing: rows with their problems, detected encoding / delimiter /
   * columns. With fixes, rows are checked again with the fixed values; excluded rows are not counted.
   */
  importPreview: method(z.intersection(ImportRequestSchema, RowEditsSchema)).reads<StagedImportPreview>(),
  /**
   * Imports in one transaction, with the user's fixes and exclusions; fails naming file, row and
   * field. With the preview's `token` it writes exactly what was previewed (nothing is read again;
   * `schemeTitle` may still rename it); with an input instead it reads it afresh.
   */
  importCommit: method(z.union([StagedCommit, z.intersection(ImportRequestSchema, RowEditsSchema)])).writes<ImportResult>([
    'sources',
    'mappings',
  ]),
  /** A concept scheme of a library vocabulary as a source (e.g. one ISCED-F edition to map to another). */
  importFromLibrary: method(
    z.object({
      vocabularyId: z.string().min(1),
      schemeUri: z.string().min(1),
      language: Language.optional(),
      schemeTitle: z.string().trim().min(1).max(300).optional(),
    }),
  ).writes<ImportResult>(['sources', 'mappings']),
  /** Choices for the EQF and ISCED-F pickers: ISCED-F fields from the vocabulary library when it has them. */
  pickerOptions: method(z.object({ language: Language.optional() })).reads<PickerOptions>(),
  /** Creates (or reopens) the demo project with the demo micro-credential. */
  openDemo: method(z.object({})).writes<ProjectInfo>(['projects', 'sources']),
};
