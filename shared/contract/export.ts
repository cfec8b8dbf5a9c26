import { z } from 'zod';
import {
  EXPORT_FORMATS,
  IMPORT_FORMATS,
  type ExchangeProblem,
  type ExportFormat,
  type ImportFormat,
  type MappingTableColumns,
} from '../domain/correspondence.js';
import { FileRefSchema, OutputRefSchema, type WrittenFile } from '../domain/files.js';
import type { MappingStatus } from '../domain/mapping.js';
import type { Problem } from '../domain/review.js';
import { MAPPING_RELATIONS, type MappingRelation } from '../skos.js';
import { method } from './method.js';

/** Mappings not accepted that an export included (status 'all'), and how the format marks them. */
export interface NotAcceptedIncluded {
  proposed: number;
  unsure: number;
  rejected: number;
  /** How the format tells them from accepted mappings, one sentence. */
  marking: string;
}

export interface ExportResult {
  file: WrittenFile;
  format: ExportFormat;
  /** Mappings written. */
  mappings: number;
  /** What the chosen format could not carry, one sentence each. */
  limits: string[];
  /** Null when only accepted mappings were written. */
  notAccepted: NotAcceptedIncluded | null;
  /** Error-severity problems (Problems panel) open on the exported items when the export ran. */
  openErrors: Problem[];
}

/** What committing a staged import would do. */
export interface ImportPlan {
  scheme: { action: 'create' | 'merge'; id: number | null; title: string };
  newItems: number;
  existingItems: number;
  newMappings: number;
  /** Statements the project already has (same item, kind, target and relation): skipped. */
  duplicates: number;
}

export interface ImportPreviewRow {
  subjectKey: string;
  subjectLabel: string;
  kind: 'match' | 'no-match' | 'must-not-map';
  relation: MappingRelation | null;
  targetUri: string | null;
  targetLabel: string;
  status: MappingStatus;
  author: string;
}

export interface ImportPreview {
  /** Pass to importCommit / importCancel. */
  token: string;
  file: string;
  format: Exclude<ImportFormat, 'auto'>;
  source: { title: string; uri: string; kind: 'learning-outcomes' | 'classification'; items: number };
  targets: { id: string; title: string; version: string }[];
  mappings: number;
  byRelation: Record<string, number>;
  byStatus: Record<string, number>;
  plan: ImportPlan;
  /** The first rows, for a look before committing. */
  sample: ImportPreviewRow[];
  problems: ExchangeProblem[];
  /** Mapping tables: the header and the columns the file was read through (given or guessed), for the column-mapping step. */
  table?: { header: string[]; columns: Partial<MappingTableColumns> };
}

export interface ImportCommitResult {
  schemeId: number;
  createdScheme: boolean;
  itemsAdded: number;
  groupsAdded: number;
  mappingsAdded: number;
  duplicates: number;
  reviewsAdded: number;
}

const Relation = z.enum(MAPPING_RELATIONS);

/**
 * Field → header name (or "=constant"), as in MappingTableColumns. Field names are checked by the
 * reader against MAPPING_TABLE_FIELDS, where the file's header is known: an unknown field is refused
 * naming the file, the field and the columns there are (the same in the app, the server and the CLI).
 */
export const MappingTableColumnsSchema = z
  .record(z.string().min(1).max(200), z.string().min(1))
  .transform((columns) => columns as Partial<MappingTableColumns>);

/** Which items an export covers: one source scheme, optionally one course / group of it. */
const ExportScopeSchema = z.object({
  /** The source scheme; needed when the project has several. */
  schemeId: z.number().int().positive().optional(),
  /** One course / group by its key; all when absent. */
  groupKey: z.string().min(1).optional(),
});
export type ExportScope = z.infer<typeof ExportScopeSchema>;

export const ExportArgsSchema = ExportScopeSchema.extend({
  format: z.enum(EXPORT_FORMATS),
  output: OutputRefSchema,
  /** 'accepted' (the default): accepted only; 'all': also proposed and unsure (and rejected where the format can mark them), marked as not accepted. */
  status: z.enum(['accepted', 'all']).default('accepted'),
  /** ELM: relations that become elm:relatedESCOSkill (default exactMatch + closeMatch). */
  elmRelations: z.array(Relation).min(1).optional(),
  license: z.url().optional(),
});

export const exportContract = {
  /** Writes the project's correspondence table in one format and reports what the format could not carry. */
  export: method(ExportArgsSchema).reads<ExportResult>(),
  /** The error-severity problems open on the items an export would cover: shown before the user confirms the export. */
  openErrors: method(ExportScopeSchema).reads<Problem[]>(),
  /** Reads a mapping file (ESCO crosswalk CSV/XLSX, SSSOM/TSV, SKOS RDF, JSKOS, or any mapping table through a column mapping) and stages it: nothing is written yet. */
  importPreview: method(
    z.object({
      file: FileRefSchema,
      format: z.enum(IMPORT_FORMATS).default('auto'),
      /**
       * Status of mappings whose file does not carry one (plain SKOS, crosswalk CSV). When absent:
       * proposed, except a table published in ESCO's layouts, whose statements arrive accepted.
       */
      defaultStatus: z.enum(['proposed', 'accepted', 'rejected', 'unsure']).optional(),
      /** Merge into this source scheme instead of the one with the same URI or title. */
      schemeId: z.number().int().positive().optional(),
      /** 'mapping-table': the column each field is read from; guessed from the header when absent. */
      columns: MappingTableColumnsSchema.optional(),
    }),
  ).reads<ImportPreview>(),
  /** Writes a staged import in one transaction (all or nothing). */
  importCommit: method(z.object({ token: z.string().min(1) })).writes<ImportCommitResult>(['sources', 'mappings']),
  importCancel: method(z.object({ token: z.string().min(1) })).reads<null>(),
};
