import type { CheckRuleId, Problem } from '../../../shared/domain/review.js';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';
import type { ConceptLookup } from './concept-lookup.js';
import { outcomeType } from './outcome-type.js';
import { severityOf } from './rules.js';

/** A non-rejected statement as the checks read it. */
export interface CheckRow {
  id: number;
  item: number;
  kind: 'match' | 'no-match' | 'must-not-map';
  uri: string | null;
  vocabulary: string | null;
  relation: string | null;
  status: string;
}

/** An active source item as the checks read it. */
export interface ItemRow {
  id: number;
  key: string;
  text: string;
  uri: string | null;
  extra: string;
  outcomes: number;
}

export type Add = (rule: CheckRuleId, itemId: number | null, involved: CheckRow[], message: string, targets?: string[]) => void;

/** An `add` that appends enabled rules' problems to `out`. */
export function problemAdder(out: Problem[], items: Map<number, ItemRow>, enabled: Set<CheckRuleId>): Add {
  return (rule, itemId, involved, message, targets) => {
    if (!enabled.has(rule)) return;
    const item = itemId === null ? undefined : items.get(itemId);
    out.push({
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
}

/** What the checks found for one item; `notLoaded` counts its targets in vocabularies not in the library. */
export interface ItemFindings {
  problems: Problem[];
  notLoaded: Map<string, number>;
}

/**
 * Every rule that looks at one item only: its targets (missing, deprecated, not loaded), its own
 * statements, and whether a learning outcome is done. Cross-item rules live in run-checks.ts.
 */
export function checkOneItem(
  itemId: number,
  list: CheckRow[],
  lookup: ConceptLookup,
  items: Map<number, ItemRow>,
  enabled: Set<CheckRuleId>,
  anyLoaded: boolean,
  newerVersions: ReadonlyMap<string, string> = new Map(),
): ItemFindings {
  const problems: Problem[] = [];
  const add = problemAdder(problems, items, enabled);
  const notLoaded = checkTargets(list, lookup, add, anyLoaded);
  checkNewerVersion(list, lookup, add, newerVersions);
  const item = items.get(itemId);
  if (list.length) checkStatements(itemId, list, lookup, item, add);
  if (item?.outcomes) {
    const done = list.some((r) => (r.kind === 'match' || r.kind === 'no-match') && r.status === 'accepted');
    if (!done) add('outcome-without-accepted', item.id, [], `Learning outcome "${short(item.text)}" has no accepted mapping.`);
  }
  return { problems, notLoaded };
}

function checkStatements(itemId: number, list: CheckRow[], lookup: ConceptLookup, item: ItemRow | undefined, add: Add): void {
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
      add(
        'exact-multiple-same-scheme',
        itemId,
        group,
        `exactMatch to ${uris.length} concepts of the same scheme${scheme ? ` (${scheme})` : ''}.`,
      );
    }
  }
  const byTarget = new Map<string, CheckRow[]>();
  for (const row of list) if (row.uri) pushTo(byTarget, row.uri, row);
  for (const [uri, group] of byTarget) {
    const relations = new Set(group.map((r) => r.relation));
    const others = ['broadMatch', 'narrowMatch', 'relatedMatch'].filter((r) => relations.has(r));
    if (relations.has('exactMatch') && others.length) {
      add(
        'exact-with-other-relation',
        itemId,
        group.filter((r) => r.kind === 'match'),
        `exactMatch and ${others.join(', ')} to the same target ${uri}.`,
      );
    }
    // Pairs the two rules above and below name already are not reported twice.
    const exactPair = relations.has('exactMatch') && others.length > 0;
    const broadNarrow = relations.has('broadMatch') && relations.has('narrowMatch');
    const matchRelations = [...new Set(group.filter((r) => r.kind === 'match').map((r) => r.relation))];
    if (matchRelations.length > 1 && !exactPair && !broadNarrow) {
      add(
        'several-relations-one-target',
        itemId,
        group.filter((r) => r.kind === 'match'),
        `${matchRelations.join(' and ')} to the same target ${uri}: keep one.`,
      );
    }
    if (broadNarrow) {
      const pair = group.filter((r) => r.relation === 'broadMatch' || r.relation === 'narrowMatch');
      add('inverse-broad-contradiction', itemId, pair, `broadMatch and narrowMatch to ${uri}: each says the other is broader.`);
    }
    const mustNot = group.filter((r) => r.kind === 'must-not-map');
    const mapped = group.filter((r) => r.kind === 'match');
    if (mustNot.length && mapped.length) {
      add(
        'match-and-must-not-map',
        itemId,
        [...mapped, ...mustNot],
        `${mapped.map((r) => r.relation).join(', ')} to ${uri}, which is marked "must not map".`,
      );
    }
  }
  for (const none of list.filter((r) => r.kind === 'no-match')) {
    const into = matches.filter((r) => r.vocabulary === none.vocabulary);
    if (into.length)
      add(
        'no-match-with-accepted',
        itemId,
        [none, ...into],
        `Marked "no match" in ${none.vocabulary} but has ${into.length} mapping(s) into it.`,
      );
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

/** Missing / deprecated targets of one item; returns the count of targets per vocabulary that is not loaded. */
function checkTargets(rows: CheckRow[], lookup: ConceptLookup, add: Add, anyLoaded: boolean): Map<string, number> {
  const notLoaded = new Map<string, number>();
  for (const row of rows) {
    if (row.kind !== 'match' || !row.uri) continue;
    const vocabulary = row.vocabulary ?? '';
    if (vocabulary ? !lookup.has(vocabulary) : !anyLoaded) {
      notLoaded.set(vocabulary, (notLoaded.get(vocabulary) ?? 0) + 1);
      continue;
    }
    const concept = lookup.concept(row.uri, vocabulary || undefined);
    if (!concept) add('target-missing', row.item, [row], `${row.uri} is not a concept of ${vocabulary || 'any loaded vocabulary'}.`);
    else if (/deprecated|obsolete/i.test(concept.status ?? ''))
      add('target-deprecated', row.item, [row], `${row.uri} is deprecated in ${concept.vocabularyId}.`);
  }
  return notLoaded;
}

/** Targets of an older version the project is moving away from that are gone or deprecated in the newer one. */
function checkNewerVersion(rows: CheckRow[], lookup: ConceptLookup, add: Add, newerVersions: ReadonlyMap<string, string>): void {
  for (const row of rows) {
    const to = row.vocabulary ? newerVersions.get(row.vocabulary) : undefined;
    if (row.kind !== 'match' || !row.uri || !to || !lookup.has(to)) continue;
    const concept = lookup.concept(row.uri, to);
    if (!concept)
      add('target-outdated', row.item, [row], `${row.uri} is not in ${to}, the version this project is moving to (Versions view).`);
    else if (/deprecated|obsolete/i.test(concept.status ?? ''))
      add('target-outdated', row.item, [row], `${row.uri} is deprecated in ${to}, the version this project is moving to (Versions view).`);
  }
}

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
