import type { ConceptRecord, LangMap } from '../../../shared/domain/vocabulary.js';
import {
  CONCEPT_CHANGE_KINDS,
  type ConceptChange,
  type ConceptChangeKind,
  type ConceptState,
  type VocabularyDiff,
} from '../../../shared/domain/vocabulary-diff.js';
import { pickLabel } from './concept-index.js';

const rank = new Map(CONCEPT_CHANGE_KINDS.map((kind, i) => [kind, i]));

/**
 * Compares the concept records of two versions of a vocabulary: pure, no I/O. A concept is
 * matched by URI; labels and descriptions are compared per language, broader concepts as sets.
 */
export function diffVocabularies(
  from: { id: string; concepts: readonly ConceptRecord[] },
  to: { id: string; concepts: readonly ConceptRecord[] },
): VocabularyDiff {
  const before = new Map(from.concepts.map((c) => [c.uri, c]));
  const after = new Map(to.concepts.map((c) => [c.uri, c]));
  const successors = replacementsIn(to.concepts);
  // How many old concepts each successor replaces: more than one is a merge.
  const replacedCount = new Map<string, number>();
  for (const old of before.values()) {
    for (const next of successors.get(old.uri) ?? []) replacedCount.set(next, (replacedCount.get(next) ?? 0) + 1);
  }
  const changes: ConceptChange[] = [];
  let unchanged = 0;

  for (const old of before.values()) {
    const next = after.get(old.uri);
    const replacedBy = successors.get(old.uri) ?? [];
    // Replacement the older version already stated is not a change.
    const newlyReplaced = replacedBy.length > 0 && !sameSet(old.replacedBy ?? [], replacedBy);
    const replacement = newlyReplaced
      ? replacedBy.length > 1
        ? ('split' as const)
        : (replacedCount.get(replacedBy[0]!) ?? 0) > 1
          ? ('merged' as const)
          : ('one-to-one' as const)
      : undefined;
    if (!next) {
      // Gone: replaced when the newer version names successors, else removed.
      changes.push(
        replacement ? entry(old, ['replaced'], state(old), { replacedBy }, replacement) : entry(old, ['removed'], state(old), undefined),
      );
      continue;
    }
    const was: ConceptState = {};
    const now: ConceptState = {};
    const kinds: ConceptChangeKind[] = [];
    const note = <K extends keyof ConceptState>(kind: ConceptChangeKind, key: K, a: ConceptState[K], b: ConceptState[K]) => {
      if (!kinds.includes(kind)) kinds.push(kind);
      if (a !== undefined) was[key] = a;
      if (b !== undefined) now[key] = b;
    };
    if (replacement) note('replaced', 'replacedBy', old.replacedBy, replacedBy);
    if (next.status === 'deprecated' && old.status !== 'deprecated') note('deprecated', 'status', old.status, next.status);
    if (!sameTexts(old.prefLabel, next.prefLabel)) note('relabelled', 'prefLabel', old.prefLabel, next.prefLabel);
    if (!sameSet(old.broader, next.broader)) note('moved', 'broader', old.broader, next.broader);
    if (old.type !== next.type) note('type-changed', 'type', old.type, next.type);
    if (old.reuseLevel !== next.reuseLevel) note('reuse-level-changed', 'reuseLevel', old.reuseLevel, next.reuseLevel);
    if (!sameTexts(old.description, next.description)) note('description-changed', 'description', old.description, next.description);
    if (kinds.length) changes.push(entry(next, kinds, was, now, replacement));
    else unchanged += 1;
  }
  for (const next of after.values()) {
    if (!before.has(next.uri)) changes.push(entry(next, ['added'], undefined, state(next)));
  }

  changes.sort((a, b) => rank.get(a.change)! - rank.get(b.change)! || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const counts = Object.fromEntries(CONCEPT_CHANGE_KINDS.map((k) => [k, 0])) as VocabularyDiff['counts'];
  for (const c of changes) for (const k of c.changes) counts[k] += 1;
  counts.changed = changes.length;
  counts.before = before.size;
  counts.after = after.size;
  counts.unchanged = unchanged;
  return { from: from.id, to: to.id, counts, changes };
}

/** Successors of each concept from the newer version: its isReplacedBy, and replaces stated by the successors. */
function replacementsIn(concepts: readonly ConceptRecord[]): Map<string, string[]> {
  const map = new Map<string, Set<string>>();
  const add = (old: string, next: string) => {
    const set = map.get(old) ?? new Set<string>();
    set.add(next);
    map.set(old, set);
  };
  for (const c of concepts) {
    for (const next of c.replacedBy ?? []) add(c.uri, next);
    for (const old of c.replaces ?? []) add(old, c.uri);
  }
  return new Map([...map].map(([old, set]) => [old, [...set].sort()]));
}

function entry(
  record: ConceptRecord,
  kinds: ConceptChangeKind[],
  before: ConceptState | undefined,
  after: ConceptState | undefined,
  replacement?: ConceptChange['replacement'],
): ConceptChange {
  const sorted = [...kinds].sort((a, b) => rank.get(a)! - rank.get(b)!);
  return {
    uri: record.uri,
    change: sorted[0]!,
    changes: sorted,
    type: record.type,
    label: pickLabel(record.prefLabel, 'en') ?? record.notation ?? record.uri,
    ...(replacement ? { replacement } : {}),
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
  };
}

/** The compared fields of an added or removed concept. */
function state(c: ConceptRecord): ConceptState {
  return {
    prefLabel: c.prefLabel,
    type: c.type,
    ...(c.status ? { status: c.status } : {}),
    broader: c.broader,
    ...(c.reuseLevel ? { reuseLevel: c.reuseLevel } : {}),
    ...(c.replacedBy?.length ? { replacedBy: c.replacedBy } : {}),
  };
}

function sameTexts(a: LangMap<string>, b: LangMap<string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}
