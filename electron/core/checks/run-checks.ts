import type Database from 'better-sqlite3';
import type { CheckRuleId, Problem } from '../../../shared/domain/review.js';
import { projectRevision } from '../db/project-revision.js';
import { itemsToCheck } from '../sources/store/item-lookups.js';
import { migrationTargets } from '../vocabularies/migration/migration-queue.js';
import { safeLookup, type ConceptLookup } from './concept-lookup.js';
import { checkOneItem, problemAdder, pushTo, type Add, type CheckRow, type ItemFindings, type ItemRow } from './item-checks.js';
import { projectRules, RULES } from './rules.js';

export interface CheckResult {
  problems: Problem[];
  vocabulariesLoaded: boolean;
}

/**
 * What the last run knew, per project database. Per-item findings are kept so an edit re-checks
 * only the items whose statements changed (found through mapping_history), not the whole project.
 */
interface CheckState {
  /** Library, rule switches, the revision of the source tables and the version being moved to: any change means a full run. */
  baseKey: string;
  /** Per older version, the newer one the project is moving to (see migrationTargets). */
  newerVersions: Map<string, string>;
  historyId: number;
  /** The project revision of the last change to the mappings when this state was made. */
  mappings: number;
  items: Map<number, ItemRow>;
  rowsByItem: Map<number, CheckRow[]>;
  itemOfMapping: Map<number, number>;
  findings: Map<number, ItemFindings>;
  result: CheckResult;
}

const states = new WeakMap<Database.Database, CheckState>();

const ROW_COLUMNS = 'id, source_item_id AS item, kind, target_uri AS uri, target_vocabulary AS vocabulary, relation, status';

/**
 * Runs every enabled rule over the project's non-rejected statements. Incremental: a library, rule
 * or source-item change re-checks everything; a mapping edit re-checks only the items it touched
 * (plus the cross-item broad/narrow rule, which is cheap and done in memory).
 */
export function runChecks(db: Database.Database, library: ConceptLookup | null | undefined): CheckResult {
  const lookup = safeLookup(library);
  const enabled = enabledRules(db);
  const revision = projectRevision(db);
  const newerVersions = migrationTargets(db);
  const baseKey = JSON.stringify([revision.sources, lookup.signature, [...enabled], [...newerVersions]]);
  const mappings = revision.mappings;
  const state = states.get(db);
  if (state && state.baseKey === baseKey && state.mappings === mappings) return state.result;
  const historyId = (db.prepare('SELECT max(id) AS h FROM mapping_history').get() as { h: number | null }).h ?? 0;
  if (state && state.baseKey === baseKey) {
    // Mappings changed through the store (which writes history): re-check just those items.
    // A change without history (a raw write) falls through to a full run.
    if (state.historyId < historyId) {
      update(db, state, lookup, enabled, historyId);
      state.mappings = mappings;
      return state.result;
    }
  }
  const fresh = fullState(db, lookup, enabled, baseKey, historyId, mappings, newerVersions);
  states.set(db, fresh);
  return fresh.result;
}

/** Runs every rule from scratch, without the cache (tests compare the incremental result with it). */
export function runChecksFully(db: Database.Database, library: ConceptLookup | null | undefined): CheckResult {
  return fullState(db, safeLookup(library), enabledRules(db), '', 0, 0, migrationTargets(db)).result;
}

function enabledRules(db: Database.Database): Set<CheckRuleId> {
  return new Set(
    projectRules(db)
      .filter((r) => r.enabled)
      .map((r) => r.id),
  );
}

function fullState(
  db: Database.Database,
  lookup: ReturnType<typeof safeLookup>,
  enabled: Set<CheckRuleId>,
  baseKey: string,
  historyId: number,
  mappings: CheckState['mappings'],
  newerVersions: Map<string, string>,
): CheckState {
  const rows = db.prepare(`SELECT ${ROW_COLUMNS} FROM mappings WHERE status != 'rejected' ORDER BY source_item_id, id`).all() as CheckRow[];
  const items = new Map(itemsToCheck(db).map((r) => [r.id, r]));
  const rowsByItem = new Map<number, CheckRow[]>();
  const itemOfMapping = new Map<number, number>();
  for (const row of rows) {
    pushTo(rowsByItem, row.item, row);
    itemOfMapping.set(row.id, row.item);
  }
  const state: CheckState = {
    baseKey,
    newerVersions,
    historyId,
    mappings,
    items,
    rowsByItem,
    itemOfMapping,
    findings: new Map(),
    result: { problems: [], vocabulariesLoaded: true },
  };
  const anyLoaded = lookup.list().length > 0;
  for (const itemId of new Set([...rowsByItem.keys(), ...items.keys()])) recheckItem(state, itemId, lookup, enabled, anyLoaded);
  state.result = assemble(state, enabled);
  return state;
}

/** Re-reads the statements of every item touched by history entries after the last run and re-checks those items. */
function update(
  db: Database.Database,
  state: CheckState,
  lookup: ReturnType<typeof safeLookup>,
  enabled: Set<CheckRuleId>,
  historyId: number,
): void {
  const changed = (
    db.prepare('SELECT DISTINCT mapping_id AS id FROM mapping_history WHERE id > ?').all(state.historyId) as { id: number }[]
  ).map((r) => r.id);
  const fresh = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM mappings WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(changed)) as CheckRow[];
  const dirty = new Set<number>();
  for (const id of changed) {
    const before = state.itemOfMapping.get(id);
    if (before !== undefined) dirty.add(before);
  }
  for (const row of fresh) dirty.add(row.item);
  const byItem = db.prepare(`SELECT ${ROW_COLUMNS} FROM mappings WHERE source_item_id = ? AND status != 'rejected' ORDER BY id`);
  const anyLoaded = lookup.list().length > 0;
  for (const itemId of dirty) {
    for (const row of state.rowsByItem.get(itemId) ?? []) state.itemOfMapping.delete(row.id);
    const rows = byItem.all(itemId) as CheckRow[];
    if (rows.length) state.rowsByItem.set(itemId, rows);
    else state.rowsByItem.delete(itemId);
    for (const row of rows) state.itemOfMapping.set(row.id, itemId);
    recheckItem(state, itemId, lookup, enabled, anyLoaded);
  }
  state.historyId = historyId;
  state.result = assemble(state, enabled);
}

function recheckItem(state: CheckState, itemId: number, lookup: ConceptLookup, enabled: Set<CheckRuleId>, anyLoaded: boolean): void {
  const rows = state.rowsByItem.get(itemId) ?? [];
  const findings = checkOneItem(itemId, rows, lookup, state.items, enabled, anyLoaded, state.newerVersions);
  if (findings.problems.length || findings.notLoaded.size) state.findings.set(itemId, findings);
  else state.findings.delete(itemId);
}

/** All problems in panel order: per-item findings, vocabularies not loaded, then the cross-item rule. */
function assemble(state: CheckState, enabled: Set<CheckRuleId>): CheckResult {
  const problems: Problem[] = [];
  const notLoadedRows = new Map<string, number>();
  const notLoadedItems = new Map<string, number>();
  for (const itemId of [...state.findings.keys()].sort((a, b) => a - b)) {
    const findings = state.findings.get(itemId)!;
    problems.push(...findings.problems);
    for (const [vocabulary, n] of findings.notLoaded) {
      notLoadedRows.set(vocabulary, (notLoadedRows.get(vocabulary) ?? 0) + n);
      notLoadedItems.set(vocabulary, (notLoadedItems.get(vocabulary) ?? 0) + 1);
    }
  }
  const add = problemAdder(problems, state.items, enabled);
  for (const [vocabulary, n] of notLoadedRows) {
    add(
      'vocabulary-not-loaded',
      null,
      [],
      `Vocabulary ${vocabulary || '(unknown)'} is not loaded in the library: ${n} mapping(s) of ${notLoadedItems.get(vocabulary)} item(s) could not be checked for missing or deprecated targets.`,
      [],
    );
  }
  checkInverseAcrossItems(state, add);
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  problems.sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] || order.get(a.rule)! - order.get(b.rule)! || (a.sourceItemId ?? 0) - (b.sourceItemId ?? 0),
  );
  return { problems, vocabulariesLoaded: notLoadedRows.size === 0 };
}

/**
 * A broadMatch B while B broadMatch A, where A and B are source items with URIs (a local
 * classification mapped onto itself or onto another loaded source). Rechecked on every run, in
 * memory: an edit of either side changes the pair, and only items with URIs take part.
 */
function checkInverseAcrossItems(state: CheckState, add: Add): void {
  const itemByUri = new Map<string, ItemRow>();
  for (const item of state.items.values()) if (item.uri) itemByUri.set(item.uri, item);
  if (itemByUri.size === 0) return;
  const broad = new Map<string, CheckRow>();
  // Only items with URIs can be on either side of such a pair.
  for (const item of itemByUri.values()) {
    for (const row of state.rowsByItem.get(item.id) ?? [])
      if (row.kind === 'match' && row.relation === 'broadMatch' && row.uri) broad.set(`${row.item} ${row.uri}`, row);
  }
  for (const row of broad.values()) {
    const from = state.items.get(row.item);
    const to = itemByUri.get(row.uri!);
    if (!from?.uri || !to) continue;
    const back = broad.get(`${to.id} ${from.uri}`);
    if (back)
      add(
        'inverse-broad-contradiction',
        row.item,
        [row, back],
        `${from.uri} broadMatch ${row.uri}, and ${row.uri} broadMatch ${from.uri}.`,
        [row.uri!],
      );
  }
}
