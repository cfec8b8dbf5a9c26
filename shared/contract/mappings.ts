import { z } from 'zod';
import type { BulkAction, BulkResult, ItemSummary, MappingChange, MappingRow, MappingWriteResult, UndoState } from '../domain/mapping.js';
import type { OutcomeCoverage } from '../domain/outcome-coverage.js';
import { MAPPING_RELATIONS } from '../skos.js';
import type { SuggestFilters } from '../domain/suggestion.js';
import { method } from './method.js';
import { SuggestFiltersSchema } from './suggest.js';

/** A bulk action as the API takes it: accept-top may be limited to the workbench's vocabulary and scope. */
export type BulkActionRequest =
  Exclude<BulkAction, { type: 'accept-top' }> | (Extract<BulkAction, { type: 'accept-top' }> & { filters?: SuggestFilters });

/** What a bulk action did (or would do). */
export interface BulkOutcome extends BulkResult {
  /** accept-top: selected open items without a stored proposal in the filters (run "Suggest all" first). */
  withoutProposals?: number;
  /** accept-top: accepted suggestions that keep the relation of the earlier decisions that boosted them, not the bulk bar's. */
  decisionRelations?: number;
}

const Id = z.number().int().positive();
const Relation = z.enum(MAPPING_RELATIONS);
const Status = z.enum(['proposed', 'accepted', 'rejected', 'unsure']);
const Kind = z.enum(['match', 'no-match', 'must-not-map']);
const Uri = z.string().min(1).max(4000);
const Confidence = z.number().min(0).max(1).nullable();

export const TargetSchema = z.object({
  uri: Uri,
  label: z.string().max(2000).default(''),
  vocabularyId: z.string().max(200).default(''),
});

export const MappingFiltersSchema = z.object({
  schemeId: Id.optional(),
  groupId: Id.optional(),
  sourceItemIds: z.array(Id).max(50_000).optional(),
  statuses: z.array(Status).optional(),
  kinds: z.array(Kind).optional(),
  relations: z.array(Relation).optional(),
  targetUri: Uri.optional(),
  vocabularyId: z.string().optional(),
});

/**
 * Mapping statements of the open project. Every write is one transaction with history and one undo
 * step, and is announced as a `data-changed` event with domain 'mappings'. Authors come from
 * settings.userName.
 */
export const mappingsContract = {
  /** Every statement about one source item (matches and negative statements), newest first. */
  listForItem: method(z.object({ sourceItemId: Id })).reads<MappingRow[]>(),
  /** The item's parts (the skill statements of an outcome, with their spans) and which of them its accepted matches cover. */
  coverage: method(z.object({ sourceItemId: Id })).reads<OutcomeCoverage>(),
  /** Mappings with filters, by source item (import order) then age; fast up to 50,000 rows. */
  list: method(
    MappingFiltersSchema.extend({
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
    }),
  ).reads<{ rows: MappingRow[]; total: number }>(),
  /**
   * Records one or more statements (several targets per item). Same content id as an existing
   * statement: refused and counted in `duplicates` (or an error when `failOnDuplicate`).
   */
  create: method(
    z.object({
      mappings: z
        .array(
          z.object({
            sourceItemId: Id,
            kind: Kind.optional(),
            target: TargetSchema.nullable().optional(),
            targetVocabularyId: z.string().max(200).nullable().optional(),
            relation: Relation.nullable().optional(),
            status: Status.optional(),
            justification: z.enum(['manual-curation', 'accepted-suggestion', 'imported']).optional(),
            score: z.number().nullable().optional(),
            confidence: Confidence.optional(),
            comment: z.string().max(20_000).optional(),
            /** Ranges of the item's text that support the mapping (an accepted suggestion's `spans`). */
            evidence: z
              .array(z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }))
              .max(50)
              .optional(),
          }),
        )
        .min(1)
        .max(50_000),
      failOnDuplicate: z.boolean().optional(),
      /** Label of the undo step; default "Add mapping(s)". */
      label: z.string().max(200).optional(),
    }),
  ).writes<MappingWriteResult>(['mappings']),
  /** Changes status, relation, comment or confidence of one or more mappings (one undo step). */
  update: method(
    z.object({
      ids: z.array(Id).min(1).max(50_000),
      patch: z.object({
        status: Status.optional(),
        relation: Relation.optional(),
        comment: z.string().max(20_000).optional(),
        confidence: Confidence.optional(),
      }),
      label: z.string().max(200).optional(),
    }),
  ).writes<MappingWriteResult>(['mappings']),
  delete: method(z.object({ ids: z.array(Id).min(1).max(50_000), label: z.string().max(200).optional() })).writes<MappingWriteResult>([
    'mappings',
  ]),
  /**
   * Bulk action over selected items (or mappings): accept the top suggestion over a threshold,
   * set a status, delete. `dryRun` returns the counts for the confirmation without writing.
   */
  bulk: method(
    z.object({
      itemIds: z.array(Id).max(50_000).optional(),
      mappingIds: z.array(Id).max(50_000).optional(),
      action: z.discriminatedUnion('type', [
        z.object({
          type: z.literal('accept-top'),
          threshold: z.number().min(0).max(1),
          relation: Relation.optional(),
          /** Only stored proposals in this target vocabulary / scope (the workbench's); default: any. */
          filters: SuggestFiltersSchema.optional(),
        }),
        z.object({ type: z.literal('set-status'), status: Status }),
        z.object({ type: z.literal('delete') }),
      ]),
      dryRun: z.boolean().optional(),
    }),
  ).writes<BulkOutcome>(['mappings']),
  /** "This item has no match in this vocabulary" (accepted, manual curation). */
  markNoMatch: method(
    z.object({
      sourceItemIds: z.array(Id).min(1).max(50_000),
      vocabularyId: z.string().min(1).max(200),
      comment: z.string().max(20_000).optional(),
    }),
  ).writes<MappingWriteResult>(['mappings']),
  /** "This item must not be mapped to X". */
  mustNotMap: method(
    z.object({ sourceItemId: Id, target: TargetSchema, comment: z.string().max(20_000).optional() }),
  ).writes<MappingWriteResult>(['mappings']),
  /** Reverts the latest change batch of the project (survives a restart). */
  undo: method(z.object({})).writes<MappingWriteResult>(['mappings']),
  redo: method(z.object({})).writes<MappingWriteResult>(['mappings']),
  undoState: method(z.object({})).reads<UndoState>(),
  /** The change history, newest first, filtered. */
  history: method(
    z.object({
      author: z.string().optional(),
      /** ISO timestamps (inclusive from, exclusive to). */
      from: z.string().optional(),
      to: z.string().optional(),
      action: z.enum(['create', 'update', 'delete']).optional(),
      mappingId: Id.optional(),
      sourceItemId: Id.optional(),
      batch: z.string().optional(),
      /** Text in the source item or target label. */
      text: z.string().max(500).optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    }),
  ).reads<{ changes: MappingChange[]; total: number; authors: string[] }>(),
  /** Per source item: counts, status rollup and problem count (item table + its filters). */
  itemSummaries: method(
    z.object({
      schemeId: Id.optional(),
      groupId: Id.optional(),
      filter: z.enum(['all', 'unmapped', 'proposed', 'unsure', 'accepted', 'no-match', 'with-problems']).optional(),
      /** Skip running the checks (problems = 0) when the caller does not show them. */
      withoutProblems: z.boolean().optional(),
    }),
  ).reads<ItemSummary[]>(),
};
