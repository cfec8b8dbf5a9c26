import type { Database } from 'better-sqlite3';
import type { ItemProposals, SuggestFilters, SuggestionCandidate, SuggestionRun } from '../../../shared/domain/suggestion.js';
import type { ConceptType } from '../../../shared/domain/vocabulary.js';
import { activeItemTexts } from '../sources/store/item-lookups.js';
import type { BatchItem } from './batch-runner.js';
import { writeTransaction } from '../db/write-transaction.js';

interface RunRow {
  id: number;
  scheme_id: number;
  filters: string;
  top: number;
  state: SuggestionRun['state'];
  items: number;
  started: string;
  finished: string | null;
}

const toRun = (r: RunRow): SuggestionRun => ({
  id: r.id,
  schemeId: r.scheme_id,
  filters: JSON.parse(r.filters) as SuggestFilters,
  top: r.top,
  state: r.state,
  items: r.items,
  startedAt: r.started,
  finishedAt: r.finished,
});

/** Active items of a scheme (or the given ones of it) with what matching needs. */
export function itemsToSuggest(db: Database, schemeId: number, itemIds?: number[]): BatchItem[] {
  const rows: BatchItem[] = activeItemTexts(db, schemeId);
  if (!itemIds?.length) return rows;
  const wanted = new Set(itemIds);
  return rows.filter((r) => wanted.has(r.id));
}

export function startRun(db: Database, schemeId: number, filters: SuggestFilters, top: number, items: number): number {
  const result = db
    .prepare(`INSERT INTO suggestion_runs (scheme_id, filters, top, state, items, started) VALUES (?, ?, ?, 'running', ?, ?)`)
    .run(schemeId, JSON.stringify(filters), top, items, new Date().toISOString());
  return Number(result.lastInsertRowid);
}

export function finishRun(db: Database, runId: number, state: SuggestionRun['state']): void {
  db.prepare(`UPDATE suggestion_runs SET state = ?, finished = ? WHERE id = ?`).run(state, new Date().toISOString(), runId);
}

/** Stores a run's proposals in one transaction, replacing earlier proposals of the same items. */
export function storeProposals(db: Database, runId: number, items: { sourceItemId: number; candidates: SuggestionCandidate[] }[]): void {
  const clear = db.prepare(`DELETE FROM suggestion_proposals WHERE source_item_id = ?`);
  const insert = db.prepare(
    `INSERT INTO suggestion_proposals (run_id, source_item_id, rank, target_uri, target_label, target_vocabulary, target_type, score, from_decisions, relation, why, spans)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  writeTransaction(db, () => {
    for (const item of items) {
      clear.run(item.sourceItemId);
      item.candidates.forEach((c, rank) =>
        insert.run(
          runId,
          item.sourceItemId,
          rank + 1,
          c.uri,
          c.label,
          c.vocabularyId,
          c.type,
          c.score,
          c.fromDecisions ? 1 : 0,
          c.relation ?? null,
          JSON.stringify(c.why),
          c.spans?.length ? JSON.stringify(c.spans.map((r) => ({ start: r.start, end: r.end }))) : null,
        ),
      );
    }
    finishRun(db, runId, 'succeeded');
  });
}

interface ProposalRow {
  run_id: number;
  source_item_id: number;
  target_uri: string;
  target_label: string;
  target_vocabulary: string;
  target_type: string;
  score: number;
  from_decisions: number;
  relation: SuggestionCandidate['relation'] | null;
  why: string;
  spans: string | null;
}

export function readProposals(
  db: Database,
  filter: { schemeId?: number; itemIds?: number[] },
): { runs: SuggestionRun[]; items: ItemProposals[] } {
  const runs = (
    filter.schemeId === undefined
      ? db.prepare(`SELECT * FROM suggestion_runs ORDER BY id DESC`).all()
      : db.prepare(`SELECT * FROM suggestion_runs WHERE scheme_id = ? ORDER BY id DESC`).all(filter.schemeId)
  ) as RunRow[];
  const rows = (
    filter.schemeId === undefined
      ? db.prepare(`SELECT p.* FROM suggestion_proposals p ORDER BY p.source_item_id, p.rank`).all()
      : db
          .prepare(
            `SELECT p.* FROM suggestion_proposals p JOIN source_items i ON i.id = p.source_item_id WHERE i.scheme_id = ? ORDER BY p.source_item_id, p.rank`,
          )
          .all(filter.schemeId)
  ) as ProposalRow[];
  const wanted = filter.itemIds?.length ? new Set(filter.itemIds) : null;
  const byItem = new Map<number, ItemProposals>();
  for (const r of rows) {
    if (wanted && !wanted.has(r.source_item_id)) continue;
    let item = byItem.get(r.source_item_id);
    if (!item) byItem.set(r.source_item_id, (item = { sourceItemId: r.source_item_id, runId: r.run_id, candidates: [] }));
    item.candidates.push({
      uri: r.target_uri,
      label: r.target_label,
      vocabularyId: r.target_vocabulary,
      type: r.target_type as ConceptType,
      score: r.score,
      why: JSON.parse(r.why) as SuggestionCandidate['why'],
      fromDecisions: r.from_decisions === 1,
      // The relation of the earlier decisions that boosted it, for "accept top" to keep.
      ...(r.relation ? { relation: r.relation } : {}),
      // The skill statement's spans (Suggest all per statement), for "accept top" to keep as evidence.
      ...(r.spans ? { spans: JSON.parse(r.spans) as NonNullable<SuggestionCandidate['spans']> } : {}),
    });
  }
  return { runs: runs.map(toRun), items: [...byItem.values()] };
}

export function clearProposals(db: Database, schemeId?: number): number {
  return writeTransaction(db, () => {
    if (schemeId === undefined) {
      const removed = db.prepare(`DELETE FROM suggestion_proposals`).run().changes;
      db.prepare(`DELETE FROM suggestion_runs`).run();
      return removed;
    }
    const removed = db
      .prepare(`DELETE FROM suggestion_proposals WHERE source_item_id IN (SELECT id FROM source_items WHERE scheme_id = ?)`)
      .run(schemeId).changes;
    db.prepare(`DELETE FROM suggestion_runs WHERE scheme_id = ?`).run(schemeId);
    return removed;
  });
}
