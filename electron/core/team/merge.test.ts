import { describe, expect, it } from 'vitest';
import type { TeamRecord, TeamReview } from '../../../shared/domain/team.js';
import { countChanges, diffRecords, mergeRecords, recordMap, sameRecord } from './merge.js';

function record(key: string, patch: Partial<TeamRecord> = {}): TeamRecord {
  return {
    key,
    itemKey: `LO-${key}`,
    kind: 'match',
    targetUri: `http://data.europa.eu/esco/skill/${key}`,
    targetLabel: `skill ${key}`,
    targetLabelLanguage: '',
    targetVocabulary: 'esco-v1.1.1',
    relation: 'closeMatch',
    status: 'proposed',
    justification: 'manual-curation',
    score: null,
    confidence: null,
    comment: '',
    author: 'ana',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    reviews: [],
    adjudication: null,
    ...patch,
  };
}

const review = (reviewer: string, decision: TeamReview['decision'] = 'accept'): TeamReview => ({
  reviewer,
  orcid: '',
  decision,
  comment: '',
  at: '2026-02-01T00:00:00.000Z',
});
const map = (...records: TeamRecord[]) => recordMap(records);

describe('mergeRecords', () => {
  const a = record('a');
  const b = record('b');

  it('takes a change made on one side only, from either side', () => {
    const mineChanged = record('a', { status: 'accepted' });
    const theirsChanged = record('b', { comment: 'see note' });
    const result = mergeRecords(map(a, b), map(mineChanged, b), map(a, theirsChanged));
    expect(result.conflicts).toEqual([]);
    expect(result.merged.get('a')).toEqual(mineChanged);
    expect(result.merged.get('b')).toEqual(theirsChanged);
    expect(result.taken).toBe(1);
  });

  it('adds what either side added, once when both added the same', () => {
    const c = record('c');
    const d = record('d');
    const result = mergeRecords(map(), map(c, a), map(d, a));
    expect([...result.merged.keys()].sort()).toEqual(['a', 'c', 'd']);
    expect(result.conflicts).toEqual([]);
  });

  it('deletes through tombstones: deleted on one side and unchanged on the other is deleted', () => {
    const result = mergeRecords(map(a, b), map(b), map(a, b));
    expect([...result.merged.keys()]).toEqual(['b']);
    const theirs = mergeRecords(map(a, b), map(a, b), map(a));
    expect([...theirs.merged.keys()]).toEqual(['a']);
    expect(theirs.taken).toBe(1);
  });

  it('the same mapping changed differently on both sides is a conflict that keeps mine', () => {
    const mine = record('a', { status: 'accepted' });
    const theirs = record('a', { status: 'rejected' });
    const result = mergeRecords(map(a), map(mine), map(theirs));
    expect(result.conflicts).toEqual([{ key: 'a', itemKey: 'LO-a', base: a, mine, theirs }]);
    expect(result.merged.get('a')).toEqual(mine);
    expect(result.taken).toBe(0);
  });

  it('deleted on one side and changed on the other is a conflict, never a silent loss', () => {
    const changed = record('a', { comment: 'keep me' });
    const mineDeleted = mergeRecords(map(a), map(), map(changed));
    expect(mineDeleted.conflicts).toMatchObject([{ key: 'a', mine: null, theirs: changed }]);
    expect(mineDeleted.merged.has('a')).toBe(false);
    const theirsDeleted = mergeRecords(map(a), map(changed), map());
    expect(theirsDeleted.conflicts).toMatchObject([{ key: 'a', mine: changed, theirs: null }]);
    expect(theirsDeleted.merged.get('a')).toEqual(changed);
  });

  it('added on both sides with different fields is a conflict', () => {
    const result = mergeRecords(map(), map(record('a', { status: 'accepted' })), map(record('a', { status: 'unsure' })));
    expect(result.conflicts.map((c) => [c.key, c.base])).toEqual([['a', null]]);
  });

  it('the same change on both sides is no conflict', () => {
    const same = record('a', { status: 'accepted', modified: '2026-03-01' });
    const result = mergeRecords(map(a), map(same), map({ ...same }));
    expect(result.conflicts).toEqual([]);
    expect(result.taken).toBe(0);
  });

  it('two reviewers deciding on two machines (blind double review) merge without conflict', () => {
    const mine = record('a', { reviews: [review('rita')] });
    const theirs = record('a', { reviews: [review('sam', 'reject')] });
    const result = mergeRecords(map(a), map(mine), map(theirs));
    expect(result.conflicts).toEqual([]);
    expect(result.merged.get('a')!.reviews.map((r) => r.reviewer)).toEqual(['rita', 'sam']);
  });

  it('a statement change on one side and a review on the other combine', () => {
    const mine = record('a', { comment: 'clarified' });
    const theirs = record('a', { reviews: [review('sam')] });
    const result = mergeRecords(map(a), map(mine), map(theirs));
    expect(result.conflicts).toEqual([]);
    expect(result.merged.get('a')).toEqual({ ...mine, reviews: [review('sam')] });
  });

  it("the same reviewer's decision changed differently on both sides is a conflict", () => {
    const base = record('a', { reviews: [review('rita', 'unsure')] });
    const result = mergeRecords(
      map(base),
      map(record('a', { reviews: [review('rita', 'accept')] })),
      map(record('a', { reviews: [review('rita', 'reject')] })),
    );
    expect(result.conflicts).toHaveLength(1);
  });

  it('loses nothing: every key of any side is merged or conflicted', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `k${i}`);
    const base = new Map(keys.slice(0, 200).map((k) => [k, record(k)]));
    const mine = new Map(base);
    const theirs = new Map(base);
    for (let i = 0; i < 300; i++) {
      const k = keys[i]!;
      if (i % 7 === 0) mine.set(k, record(k, { status: 'accepted' }));
      if (i % 5 === 0) theirs.set(k, record(k, { status: 'rejected' }));
      if (i % 11 === 0) mine.delete(k);
      if (i >= 200 && i % 2 === 0) mine.set(k, record(k));
      if (i >= 200 && i % 3 === 0) theirs.set(k, record(k, { comment: 'theirs' }));
    }
    const result = mergeRecords(base, mine, theirs);
    const conflicted = new Set(result.conflicts.map((c) => c.key));
    for (const k of keys) {
      const inAny = base.has(k) || mine.has(k) || theirs.has(k);
      if (!inAny) continue;
      const deletedOnPurpose =
        (!mine.has(k) && sameRecord(base.get(k), theirs.get(k))) || (!theirs.has(k) && sameRecord(base.get(k), mine.get(k)));
      expect(result.merged.has(k) || conflicted.has(k) || deletedOnPurpose, k).toBe(true);
    }
    // Merging again with the merged state as theirs and mine changes nothing more.
    expect(countChanges(result.merged, mergeRecords(base, result.merged, result.merged).merged)).toBe(0);
  });
});

describe('evidence in the record state', () => {
  const spans = [{ start: 0, end: 7 }];
  it('compares by its ranges: none and an empty list are the same, other ranges differ', () => {
    expect(sameRecord(record('a'), record('a', { evidence: [] }))).toBe(true);
    expect(sameRecord(record('a', { evidence: spans }), record('a', { evidence: [{ start: 0, end: 7 }] }))).toBe(true);
    expect(sameRecord(record('a'), record('a', { evidence: spans }))).toBe(false);
    expect(sameRecord(record('a', { evidence: spans }), record('a', { evidence: [{ start: 0, end: 8 }] }))).toBe(false);
  });

  it('is taken from the side that added it', () => {
    const base = map(record('a'));
    const { merged, conflicts } = mergeRecords(base, base, map(record('a', { evidence: spans })));
    expect(conflicts).toEqual([]);
    expect(merged.get('a')?.evidence).toEqual(spans);
  });
});

describe('diffRecords', () => {
  it('lists created, updated and deleted records', () => {
    const a = record('a');
    const d = diffRecords(map(a, record('b')), map(record('a', { status: 'accepted' }), record('c')));
    expect(d.created.map((r) => r.key)).toEqual(['c']);
    expect(d.updated.map((u) => [u.before.status, u.after.status])).toEqual([['proposed', 'accepted']]);
    expect(d.deleted.map((r) => r.key)).toEqual(['b']);
    expect(sameRecord(record('a', { reviews: [review('x'), review('y')] }), record('a', { reviews: [review('y'), review('x')] }))).toBe(
      true,
    );
  });
});
