import type { MappingRelation } from '../skos.js';
import type { TextRange } from './suggestion.js';

export type MappingStatus = 'proposed' | 'accepted' | 'rejected' | 'unsure';
export const MAPPING_STATUSES: readonly MappingStatus[] = ['proposed', 'accepted', 'rejected', 'unsure'];

/**
 * match: a SKOS mapping to a target concept.
 * no-match: "this item has no match in this vocabulary" (no target).
 * must-not-map: "this item must not be mapped to the target".
 */
export type MappingKind = 'match' | 'no-match' | 'must-not-map';

/** Why a mapping exists; exported as SSSOM/semapv justifications. */
export type MappingJustification = 'manual-curation' | 'accepted-suggestion' | 'imported';

export interface MappingTarget {
  uri: string;
  /** Label when the mapping was made (the vocabulary may change later). */
  label: string;
  /** The label's language when it is not the vocabulary's (a label that came with an imported table). */
  labelLanguage?: string;
  /** Library id of the vocabulary version, e.g. "esco-v1.1.1". */
  vocabularyId: string;
}

export interface Mapping {
  id: number;
  /** Hash of source item, target and relation: the same statement is never stored twice. */
  contentId: string;
  sourceItemId: number;
  kind: MappingKind;
  /** Null for no-match. */
  target: MappingTarget | null;
  /** Vocabulary a no-match statement is about. */
  targetVocabularyId: string | null;
  /** Null for no-match and must-not-map. */
  relation: MappingRelation | null;
  status: MappingStatus;
  justification: MappingJustification;
  /** Suggestion score when accepted from a suggestion. */
  score: number | null;
  /** Curator's confidence 0..1. */
  confidence: number | null;
  comment: string;
  author: string;
  created: string;
  modified: string;
  /** Ranges of the source item's text that support the mapping (the outcome fragment of the accepted suggestion); absent when unknown. */
  evidence?: TextRange[];
}

/** A mapping with its source item, as lists and tables show it. */
export interface MappingRow extends Mapping {
  schemeId: number;
  /** The source item's key (stable external id). */
  sourceKey: string;
  sourceText: string;
  groupId: number | null;
}

/** What the UI (or an importer) sends to record a statement. */
export interface NewMapping {
  sourceItemId: number;
  kind?: MappingKind;
  target?: MappingTarget | null;
  /** Required for no-match: the vocabulary the item has no match in. */
  targetVocabularyId?: string | null;
  relation?: MappingRelation | null;
  status?: MappingStatus;
  justification?: MappingJustification;
  score?: number | null;
  confidence?: number | null;
  comment?: string;
  /** Ranges of the item's text that support it (a suggestion's `spans`). */
  evidence?: TextRange[];
}

export interface MappingPatch {
  status?: MappingStatus;
  relation?: MappingRelation;
  comment?: string;
  confidence?: number | null;
}

/** One change in the history: who, when, the row before and after (null for create / delete). */
export interface MappingChange {
  id: number;
  mappingId: number;
  contentId: string;
  action: 'create' | 'update' | 'delete';
  before: Mapping | null;
  after: Mapping | null;
  author: string;
  at: string;
  /** Changes made by one user action share a batch. */
  batch: string;
  /** What the batch was: the user action's label, "Undo: …" or "Redo: …". */
  batchLabel: string;
  sourceKey: string | null;
  sourceText: string | null;
}

/** The next undo / redo step, for menu labels ("Undo Accept 3 mappings"). */
export interface UndoState {
  undo: { batch: string; label: string; changes: number } | null;
  redo: { batch: string; label: string; changes: number } | null;
}

/** Result of any write: what changed, and the undo state afterwards. */
export interface MappingWriteResult {
  batch: string | null;
  created: number;
  updated: number;
  deleted: number;
  /** Statements refused because the same content id already exists. */
  duplicates: number;
  /** Ids of the existing mappings those duplicates matched (to highlight them). */
  duplicateIds: number[];
  /** The rows written or changed (not for deletions; at most a few hundred are returned). */
  mappings: Mapping[];
  undo: UndoState;
}

/** How a source item stands, for the item table and its filters. */
export type ItemRollup = 'unmapped' | 'proposed' | 'unsure' | 'accepted' | 'no-match';

export interface ItemSummary {
  itemId: number;
  schemeId: number;
  key: string;
  text: string;
  groupId: number | null;
  state: 'active' | 'removed';
  /** Match statements (not negative ones), rejected included. */
  mappingCount: number;
  accepted: number;
  proposed: number;
  unsure: number;
  rejected: number;
  noMatch: boolean;
  mustNotMap: number;
  rollup: ItemRollup;
  /** Errors and warnings of enabled check rules about this item (info-level findings are not counted). */
  problems: number;
  /** The item's description and its mappings' comments, for the workbench's text filter. */
  notes: string;
  /** Highest score of the item's match mappings that are not rejected (suggestions keep theirs); null when none has one. */
  bestScore: number | null;
}

/** Bulk actions over selected items (or mappings). */
export type BulkAction =
  | {
      type: 'accept-top';
      /** Accept the top candidate only when its score is at least this (0..1). */
      threshold: number;
      /** Relation recorded for accepted candidates (default closeMatch). */
      relation?: MappingRelation;
    }
  | { type: 'set-status'; status: MappingStatus }
  | { type: 'delete' };

export interface BulkResult {
  /** True when nothing was written (dry run, for the confirmation dialog). */
  dryRun: boolean;
  /** Items the action applies to (selected items, and the items of selected mappings). */
  items: number;
  /** Mappings created, changed or deleted (or that would be). */
  affected: number;
  /** Items left as they are (no candidate over the threshold, already mapped, nothing to change). */
  skipped: number;
  result: MappingWriteResult | null;
}
