import { z } from 'zod';
import type { JobInfo } from '../domain/job.js';
import type { ItemProposals, SuggestIndexStatus, SuggestionRun, SuggestResult } from '../domain/suggestion.js';
import { method } from './method.js';

const Language = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as "en" or "de"');

export const SuggestFiltersSchema = z.object({
  vocabularyIds: z.array(z.string().min(1)).optional(),
  schemes: z.array(z.string().min(1)).optional(),
  types: z.array(z.enum(['skill', 'knowledge', 'skill-group', 'occupation', 'isco-group', 'isced-field', 'concept'])).optional(),
  reuseLevels: z.array(z.enum(['transversal', 'cross-sector', 'sector-specific', 'occupation-specific'])).optional(),
  collections: z.array(z.string().min(1)).optional(),
});

const Top = z.number().int().min(1).max(200).optional();

/** The optional neural level (a sentence-embedding model from Settings): off, loading, in use, or why not. */
export interface DenseStatus {
  state: 'off' | 'loading' | 'ready' | 'error';
  /** The folder the setting names, resolved ('' when off). */
  folder: string;
  /** One line for the Settings status: what is loaded, or the error. */
  message: string;
  /** Concept vectors per vocabulary and language: computed once in the background, then cached in the data folder. */
  vectors: { vocabularyId: string; language: string; state: 'ready' | 'computing' | 'failed'; message?: string }[];
}

export const suggestContract = {
  /**
   * Ranked candidates for a free text. With `sourceItemId`, that item's rejected targets rank lower
   * (and the item itself is not used as its own evidence).
   */
  forText: method(
    z.object({
      text: z.string().max(20_000),
      /** More text that supports the match (as a source item's description does). */
      description: z.string().max(20_000).optional(),
      /** Default: the project language, else "en". */
      language: Language.optional(),
      filters: SuggestFiltersSchema.optional(),
      top: Top,
      sourceItemId: z.number().int().optional(),
      /** Also suggest for each skill statement of the text (as `forItem`); candidates then carry the `spans` that support them. */
      decompose: z.boolean().optional(),
    }),
  ).reads<SuggestResult>(),
  /** Ranked candidates for a source item of the open project (its text + description, its language). */
  forItem: method(
    z.object({
      sourceItemId: z.number().int(),
      filters: SuggestFiltersSchema.optional(),
      top: Top,
      /** Also suggest for each skill statement of the outcome; candidates then carry the `spans` that support them. */
      decompose: z.boolean().optional(),
    }),
  ).reads<SuggestResult>(),
  /** Suggests for all (or the given) active items of a source scheme in a background job; stored in the project. */
  batchStart: method(
    z.object({
      schemeId: z.number().int(),
      itemIds: z.array(z.number().int()).optional(),
      filters: SuggestFiltersSchema.optional(),
      /** Candidates kept per item (default 10). */
      top: Top,
      /** Also suggest per skill statement of each outcome; stored candidates then keep the `spans` that support them. */
      decompose: z.boolean().optional(),
    }),
  ).startsJob<JobInfo>(['suggest']),
  /** Stored proposals of the latest batch run per item (optionally for one scheme or some items). */
  batchResults: method(z.object({ schemeId: z.number().int().optional(), itemIds: z.array(z.number().int()).optional() })).reads<{
    runs: SuggestionRun[];
    items: ItemProposals[];
  }>(),
  /** Removes stored proposals (all, or one scheme's). Decided mappings are untouched. */
  batchClear: method(z.object({ schemeId: z.number().int().optional() })).writes<{ removed: number }>(['suggest']),
  /** State of the suggestion index of every library vocabulary (or one). */
  indexStatus: method(z.object({ vocabularyId: z.string().optional() })).reads<SuggestIndexStatus[]>(),
  /** Builds (or rebuilds with `force`) the index of a vocabulary version in a background job. */
  buildIndex: method(z.object({ vocabularyId: z.string().min(1), force: z.boolean().optional() })).startsJob<JobInfo>(['suggest']),
  /** State of the optional sentence-embedding model (issue 14's neural level). */
  denseStatus: method(z.object({})).reads<DenseStatus>(),
};
