import { candidateEvidence } from '../../../shared/candidate-evidence.js';
import type { BulkActionRequest, BulkOutcome } from '../../../shared/contract/mappings.js';
import type { Mapping, NewMapping } from '../../../shared/domain/mapping.js';
import type { SuggestFilters, SuggestionCandidate, TextRange } from '../../../shared/domain/suggestion.js';
import { findItem } from '../sources/store/item-rows.js';
import type { MappingStore } from './mapping-store.js';

/** Ranked candidates per item inside the filters (the suggest domain's stored proposals); items without any are absent. */
export type ProposalSource = (itemIds: number[], filters?: SuggestFilters) => Promise<Map<number, SuggestionCandidate[]>>;

export interface BulkRequest {
  itemIds?: number[];
  mappingIds?: number[];
  action: BulkActionRequest;
  dryRun?: boolean;
}

/**
 * A bulk action as one undo step. The dry run computes exactly what the real run would do, so the
 * confirmation can say "Accept 412 suggestions for 412 of 500 items?".
 * - accept-top: per item without an accepted mapping, its best candidate if score ≥ threshold and
 *   the item has no statement on that target yet: any earlier decision on it (another relation,
 *   a rejection, "unsure", "must not map") skips the item, so no second relation is ever added.
 *   A candidate boosted by earlier decisions keeps the relation they used; the others take the
 *   bulk bar's relation. Each keeps the evidence a single accept of that candidate keeps (the words
 *   of the outcome it stood on), so bulk-accepted mappings count towards the outcome's coverage too.
 * - set-status: the given mappings, or every mapping of the given items; "no match" and "must not
 *   map" decisions are not mappings to review and keep their status.
 * - delete: the given statements, or every statement of the given items.
 */
export async function runBulk(store: MappingStore, request: BulkRequest, author: string, proposals: ProposalSource): Promise<BulkOutcome> {
  const itemIds = [...new Set(request.itemIds ?? [])];
  const dryRun = request.dryRun ?? false;
  const { action } = request;
  if (action.type === 'accept-top') {
    const mapped = new Set(
      (
        store.db
          .prepare(
            "SELECT DISTINCT source_item_id AS id FROM mappings WHERE kind = 'match' AND status = 'accepted' AND source_item_id IN (SELECT value FROM json_each(?))",
          )
          .all(JSON.stringify(itemIds)) as { id: number }[]
      ).map((r) => r.id),
    );
    const open = itemIds.filter((id) => !mapped.has(id));
    const candidates = open.length ? await proposals(open, action.filters) : new Map<number, SuggestionCandidate[]>();
    const withoutProposals = open.filter((id) => !candidates.get(id)?.length).length;
    const plan: NewMapping[] = [];
    const decided = decidedTargets(store, open);
    let decisionRelations = 0;
    for (const itemId of open) {
      const top = [...(candidates.get(itemId) ?? [])].sort((a, b) => b.score - a.score)[0];
      if (!top || top.score < action.threshold) continue;
      if (decided.has(`${itemId} ${top.uri}`)) continue;
      const learned = top.fromDecisions ? top.relation : undefined;
      if (learned) decisionRelations++;
      const relation = learned ?? action.relation ?? 'closeMatch';
      const evidence = evidenceFor(store, itemId, top);
      plan.push({
        sourceItemId: itemId,
        kind: 'match',
        target: { uri: top.uri, label: top.label, vocabularyId: top.vocabularyId },
        relation,
        status: 'accepted',
        justification: 'accepted-suggestion',
        score: top.score,
        ...(evidence.length ? { evidence } : {}),
      });
    }
    const base = {
      dryRun,
      items: itemIds.length,
      affected: plan.length,
      skipped: itemIds.length - plan.length,
      withoutProposals,
      decisionRelations,
    };
    if (dryRun || plan.length === 0) return { ...base, result: null };
    return { ...base, result: store.create(plan, { author, label: `Accept ${plan.length} suggestion(s)` }) };
  }

  const targets = selected(store, itemIds, request.mappingIds ?? []);
  const selectedItems = new Set([...itemIds, ...targets.map((m) => m.sourceItemId)]);
  const counts = (changing: Mapping[]) => ({
    dryRun,
    items: selectedItems.size,
    affected: changing.length,
    skipped: selectedItems.size - new Set(changing.map((m) => m.sourceItemId)).size,
  });
  if (action.type === 'set-status') {
    const changing = targets.filter((m) => m.kind === 'match' && m.status !== action.status);
    const base = counts(changing);
    if (dryRun || changing.length === 0) return { ...base, result: null };
    return {
      ...base,
      result: store.update(
        changing.map((m) => m.id),
        { status: action.status },
        { author, label: `Set ${changing.length} mapping(s) to ${action.status}` },
      ),
    };
  }
  const base = counts(targets);
  if (dryRun || targets.length === 0) return { ...base, result: null };
  return {
    ...base,
    result: store.delete(
      targets.map((m) => m.id),
      { author, label: `Delete ${targets.length} mapping(s)` },
    ),
  };
}

/**
 * The candidate's evidence, when it still fits the item's text: stored proposals outlive edits of the
 * text, and ranges past its end would refuse the whole bulk step (the mapping is then kept without).
 */
function evidenceFor(store: MappingStore, itemId: number, candidate: SuggestionCandidate): TextRange[] {
  const evidence = candidateEvidence(candidate);
  const length = findItem(store.db, itemId)?.text.length ?? 0;
  return evidence.every((r) => r.start >= 0 && r.start < r.end && r.end <= length) ? evidence : [];
}

/** "item target" for every statement the items have on a target, whatever its relation, kind or status. */
function decidedTargets(store: MappingStore, itemIds: number[]): Set<string> {
  if (itemIds.length === 0) return new Set();
  const rows = store.db
    .prepare(
      'SELECT DISTINCT source_item_id AS item, target_uri AS uri FROM mappings WHERE target_uri IS NOT NULL AND source_item_id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify(itemIds)) as { item: number; uri: string }[];
  return new Set(rows.map((r) => `${r.item} ${r.uri}`));
}

function selected(store: MappingStore, itemIds: number[], mappingIds: number[]): Mapping[] {
  const byId = new Map<number, Mapping>();
  if (itemIds.length) for (const row of store.list({ sourceItemIds: itemIds }).rows) byId.set(row.id, row);
  for (const id of mappingIds) if (!byId.has(id)) byId.set(id, store.get(id));
  return [...byId.values()];
}
