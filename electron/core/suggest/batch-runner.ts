import type { SuggestFilters, SuggestionCandidate } from '../../../shared/domain/suggestion.js';
import { DecisionMemory, type DecisionExample } from './decisions.js';
import { runSearch, searchFor, type LanguageSearch } from './cross-language.js';
import { ProjectCalibration, type DecidedScore } from './project-calibration.js';
import type { SuggestIndexes } from './suggest-service.js';
import type { BatchDenseInput } from './dense/batch-dense.js';
import type { DenseRescorer } from './dense/fusion.js';

export interface BatchItem {
  id: number;
  text: string;
  description: string;
  language: string;
}

export interface BatchInput {
  libraryDir: string;
  items: BatchItem[];
  filters: SuggestFilters;
  top: number;
  examples: DecisionExample[];
  /** [itemId, rejected target URIs]. */
  rejected: [number, string[]][];
  /** The project's decided suggestions with their scores: refine the displayed probabilities. */
  decided?: DecidedScore[];
  /** The optional neural level, when Settings name a usable model. */
  dense?: BatchDenseInput;
  /** Also per skill statement of each outcome (candidates carry their supporting spans), as the workbench's switch. */
  decompose?: boolean;
}

export interface BatchOutput {
  items: { sourceItemId: number; candidates: SuggestionCandidate[] }[];
}

/** How a suggest-batch worker ends: its items went ahead in parts (`BatchOutput['items']` each); this many in all. */
export interface BatchWorkerEnd {
  itemCount: number;
}

export interface BatchHooks {
  onProgress?: (done: number, total: number) => void;
  /** The optional neural level: each item's dense re-scorer (dense/batch-dense.ts). */
  denseOf?: (itemId: number) => DenseRescorer | undefined;
  /** Each run of items as it is done (those since the last call), in the items' order: a worker sends them ahead. */
  onItems?: (items: BatchOutput['items']) => void;
}

/** Items are reported done, and handed to `onItems`, the first at once and then in runs of this many. */
const RUN = 25;

/** Suggests for many items, grouping them by language so each language's indexes load once. */
export function suggestForItems(indexes: SuggestIndexes, input: BatchInput, hooks: BatchHooks = {}): BatchOutput {
  const memory = new DecisionMemory(input.examples);
  const rejected = new Map(input.rejected.map(([id, uris]) => [id, new Set(uris)]));
  const projectCalibration = new ProjectCalibration(input.decided ?? []);
  const searches = new Map<string, LanguageSearch>();
  const out: BatchOutput['items'] = [];
  let handed = 0;
  input.items.forEach((item, i) => {
    let search = searches.get(item.language);
    if (!search) {
      search = searchFor(indexes, item.language, input.filters.vocabularyIds);
      searches.set(item.language, search);
    }
    const candidates = runSearch(
      search,
      {
        text: item.text,
        description: item.description,
        top: input.top,
        filters: input.filters,
        memory,
        rejected: rejected.get(item.id),
        sourceItemId: item.id,
        projectCalibration,
        dense: hooks.denseOf?.(item.id),
      },
      input.decompose ? { language: item.language.toLowerCase() } : undefined,
    );
    out.push({ sourceItemId: item.id, candidates });
    if (i % RUN === 0 || i === input.items.length - 1) {
      hooks.onItems?.(out.slice(handed));
      handed = out.length;
      hooks.onProgress?.(i + 1, input.items.length);
    }
  });
  return { items: out };
}
