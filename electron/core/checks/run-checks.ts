import type Database from 'better-sqlite3';
import type { CheckRuleId, Problem } from '../../../shared/domain/review.js';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';
import { safeLookup, type ConceptLookup } from './concept-lookup.js';
import { outcomeType } from './outcome-type.js';
import { projectRules, RULES, severityOf } from './rules.js';

interface CheckRow {
  id: number;
  item: number;
  kind: 'match' | 'no-match' | 'must-not-map';
  uri: string | null;
  vocabulary: string | null;
  relation: string | null;
  status: string;
}

interface ItemRow {
  id: number;
  key: string;
  text: string;
  uri: string | null;
  extra: string;
  outcomes: number;
}

export interface CheckResult {
  problems: Problem[];
  vocabulariesLoaded: boolean;
}

const cache = new WeakMap<Database.Database, { key: string; result: CheckResult }>();

/**
 * Runs every enabled rule over the project's non-rejected statements. Results are cached until a
 * mapping, a source item, a rule switch or the library changes, so the problems panel and the
 * item table can ask often.
 */
export function runChecks(db: Database.Database, library: ConceptLookup | null | undefined): CheckResult {
  const lookup = safeLookup(library);
  const enabled = new Set(projectRules(db).filter((r) => r.enabled).map((r) => r.id));
  const key = stateKey(db, lookup.signature, enabled);
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.result;
  const result = check(db, lookup, enabled);
  cache.set(db, { key, result });
  return result;
}

function stateKey(db: Database.Database, library: string, enabled: Set<CheckRuleId>): string {
  const h = db.prepare('SELECT max(id) AS h FROM mapping_history').get() as { h: number | null };
  const m = db.prepare('SELECT count(*) AS n, max(id) AS x FROM mappings').get() as { n: number; x: number | null };
  const i = db.prepare('SELECT count(*) AS n, max(modified) AS t FROM source_items').get() as { n: number; t: string | null };
  return JSON.stringify([h.h, m.n, m.x, i.n, i.t, library, [...enabled]]);
}

function check(db: Database.Database, lookup: ReturnType<typeof safeLookup>, enabled: Set<CheckRuleId>): CheckResult {
  const rows = db
    .prepare("SELECT id, source_item_id AS item, kind, target_uri AS uri, target_vocabulary AS vocabulary, relation, status FROM mappings WHERE status != 'rejected' ORDER BY source_item_id, id")
    .all() as CheckRow[];
  const items = new Map(
    (
      db
        .prepare(
          `SELECT i.id, i.key, i.text, i.uri, i.extra, s.kind = 'learning-outcomes' AS outcomes FROM source_items i JOIN source_schemes s ON s.id = i.scheme_id WHERE i.state = 'active'`,
        )
        .all() as ItemRow[]
    ).map((r) => [r.id, r]),
  );
  const byItem = new Map<number, CheckRow[]>();
  for (const row of rows) pushTo(byItem, row.item, row);
  const problems: Problem[] = [];
  const add = (rule: CheckRuleId, itemId: number | null, involved: CheckRow[], message: string, targets?: string[]) => {
    if (!enabled.has(rule)) return;
    const item = itemId === null ? undefined : items.get(itemId);
    problems.push({
      rule,
      severity: severityOf(rule),
      sourceItemId: itemId,
      source: item?.key ?? null,
      sourceText: item?.text ?? '',
      targets: targets ?? [...new Set(involved.map((r) => r.uri).filter((u): u is string => u !== null))],
      mappingIds: involved.map((r) => r.id),
      message,
    });
  };

  const vocabularyCheck = checkTargets(rows, lookup, add);
  for (const [itemId, list] of byItem) checkItem(itemId, list, lookup, items.get(itemId), add);
  checkInverseAcrossItems(rows, items, add);
  for (const item of items.values()) {
    if (!item.outcomes) continue;
    const list = byItem.get(item.id) ?? [];
    const done = list.some((r) => (r.kind === 'match' && r.status === 'accepted') || (r.kind === 'no-match' && r.status === 'accepted'));
    if (!done) add('outcome-without-accepted', item.id, [], `Learning outcome "${short(item.text)}" has no accepted mapping.`);
  }
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  problems.sort((a, b) => rank[a.severity] - rank[b.severity] || order.get(a.rule)! - order.get(b.rule)! || (a.sourceItemId ?? 0) - (b.sourceItemId ?? 0));
  return { problems, vocabulariesLoaded: vocabularyCheck };
}

type Add = (rule: CheckRuleId, itemId: number | null, involved: CheckRow[], message: string, targets?: string[]) => void;

function checkItem(itemId: number, list: CheckRow[], lookup: ConceptLookup, item: ItemRow | undefined, add: Add): void {
  const matches = list.filter((r) => r.kind === 'match');
  const exact = matches.filter((r) => r.relation === 'exactMatch');
  if (exact.length > 1) {
    const byScheme = new Map<string, CheckRow[]>();
    for (const row of exact) {
      const concept = lookup.concept(row.uri!, row.vocabulary ?? undefined);
      const schemes = concept?.schemes.length ? concept.schemes : [row.vocabulary ?? ''];
      for (const scheme of schemes) pushTo(byScheme, scheme, row);
    }
    const reported = new Set<string>();
    for (const [scheme, group] of byScheme) {
      const uris = [...new Set(group.map((r) => r.uri!))];
      const signature = uris.sort().join(' ');
      if (uris.length < 2 || reported.has(signature)) continue;
      reported.add(signature);
      add('exact-multiple-same-scheme', itemId, group, `exactMatch to ${uris.length} concepts of the same scheme${scheme ? ` (${scheme})` : ''}.`);
    }
  }
  const byTarget = new Map<string, CheckRow[]>();
  for (const row of list) if (row.uri) pushTo(byTarget, row.uri, row);
  for (const [uri, group] of byTarget) {
    const relations = new Set(group.map((r) => r.relation));
    const others = ['broadMatch', 'narrowMatch', 'relatedMatch'].filter((r) => relations.has(r));
    if (relations.has('exactMatch') && others.length) {
      add('exact-with-other-relation', itemId, group.filter((r) => r.kind === 'match'), `exactMatch and ${others.join(', ')} to the same target ${uri}.`);
    }
    if (relations.has('broadMatch') && relations.has('narrowMatch')) {
      const pair = group.filter((r) => r.relation === 'broadMatch' || r.relation === 'narrowMatch');
      add('inverse-broad-contradiction', itemId, pair, `broadMatch and narrowMatch to ${uri}: each says the other is broader.`);
    }
    const mustNot = group.filter((r) => r.kind === 'must-not-map');
    const mapped = group.filter((r) => r.kind === 'match');
    if (mustNot.length && mapped.length) {
      add('match-and-must-not-map', itemId, [...mapped, ...mustNot], `${mapped.map((r) => r.relation).join(', ')} to ${uri}, which is marked "must not map".`);
    }
  }
  for (const none of list.filter((r) => r.kind === 'no-match')) {
    const into = matches.filter((r) => r.vocabulary === none.vocabulary);
    if (into.length) add('no-match-with-accepted', itemId, [none, ...into], `Marked "no match" in ${none.vocabulary} but has ${into.length} mapping(s) into it.`);
  }
  if (matches.length && matches.every((r) => r.status === 'unsure')) {
    add('only-unsure', itemId, matches, `All ${matches.length} mapping(s) are unsure.`);
  }
  checkOutcomeType(itemId, matches, lookup, item, add);
}

function checkOutcomeType(itemId: number, matches: CheckRow[], lookup: ConceptLookup, item: ItemRow | undefined, add: Add): void {
  if (!item || !item.outcomes || matches.length === 0) return;
  let extra: Record<string, unknown> = {};
  try {
    extra = JSON.parse(item.extra) as Record<string, unknown>;
  } catch {
    extra = {};
  }
  const type = outcomeType(item.text, extra);
  if (type === 'unknown') return;
  const typed = matches
    .map((r) => ({ row: r, concept: lookup.concept(r.uri!, r.vocabulary ?? undefined) }))
    .filter((t): t is { row: CheckRow; concept: ConceptRecord } => t.concept?.type === 'skill' || t.concept?.type === 'knowledge');
  if (typed.length === 0) return;
  const opposite = type === 'knowledge' ? 'skill' : 'knowledge';
  if (typed.every((t) => t.concept.type === opposite)) {
    add(
      'knowledge-skill-type',
      itemId,
      typed.map((t) => t.row),
      type === 'knowledge'
        ? 'A knowledge-type outcome is mapped only to skill/competence concepts.'
        : 'A skill-type outcome is mapped only to knowledge concepts.',
    );
  }
}

/** Missing / deprecated targets; returns false when some target's vocabulary is not loaded. */
function checkTargets(rows: CheckRow[], lookup: ConceptLookup, add: Add): boolean {
  const notLoaded = new Map<string, CheckRow[]>();
  const anyLoaded = lookup.list().length > 0;
  for (const row of rows) {
    if (row.kind !== 'match' || !row.uri) continue;
    const vocabulary = row.vocabulary ?? '';
    if (vocabulary ? !lookup.has(vocabulary) : !anyLoaded) {
      pushTo(notLoaded, vocabulary, row);
      continue;
    }
    const concept = lookup.concept(row.uri, vocabulary || undefined);
    if (!concept) add('target-missing', row.item, [row], `${row.uri} is not a concept of ${vocabulary || 'any loaded vocabulary'}.`);
    else if (/deprecated|obsolete/i.test(concept.status ?? '')) add('target-deprecated', row.item, [row], `${row.uri} is deprecated in ${concept.vocabularyId}.`);
  }
  for (const [vocabulary, list] of notLoaded) {
    const itemCount = new Set(list.map((r) => r.item)).size;
    add(
      'vocabulary-not-loaded',
      null,
      [],
      `Vocabulary ${vocabulary || '(unknown)'} is not loaded in the library: ${list.length} mapping(s) of ${itemCount} item(s) could not be checked for missing or deprecated targets.`,
      [],
    );
  }
  return notLoaded.size === 0;
}

/**
 * A broadMatch B while B broadMatch A, where A and B are source items with URIs (a local
 * classification mapped onto itself or onto another loaded source). Done in memory: only items
 * with URIs can take part, usually few.
 */
function checkInverseAcrossItems(rows: CheckRow[], items: Map<number, ItemRow>, add: Add): void {
  const itemByUri = new Map<string, ItemRow>();
  for (const item of items.values()) if (item.uri) itemByUri.set(item.uri, item);
  if (itemByUri.size === 0) return;
  const broad = new Map<string, CheckRow>();
  for (const row of rows) if (row.kind === 'match' && row.relation === 'broadMatch' && row.uri) broad.set(`${row.item} ${row.uri}`, row);
  for (const row of broad.values()) {
    const from = items.get(row.item);
    const to = itemByUri.get(row.uri!);
    if (!from?.uri || !to) continue;
    const back = broad.get(`${to.id} ${from.uri}`);
    if (back) add('inverse-broad-contradiction', row.item, [row, back], `${from.uri} broadMatch ${row.uri}, and ${row.uri} broadMatch ${from.uri}.`, [row.uri!]);
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
