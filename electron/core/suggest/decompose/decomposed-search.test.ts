import { describe, expect, it } from 'vitest';
import { runSearch } from '../cross-language.js';
import { EXPLAIN, SuggestEngine } from '../engine.js';
import { buildIndexData } from '../index-data.js';
import { SuggestIndex } from '../suggest-index.js';
import { sampleConcepts } from '../test-concepts.js';
import { fragmentToOutcome, searchDecomposed } from './decomposed-search.js';

const engine = new SuggestEngine([
  new SuggestIndex(buildIndexData(sampleConcepts(), { vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp' })),
]);
const run = (q: Parameters<typeof engine.search>[0]) => engine.search(q);
const uri = (id: string) => `http://example.org/${id}`;

describe('searchDecomposed', () => {
  it('finds the skills of each part of an outcome, with spans that point at the supporting words', () => {
    const text = 'Students will be able to bake bread and supervise employees in order to work in teams';
    const found = searchDecomposed(run, { text, top: 10 }, { language: 'en' });
    const uris = found.map((c) => c.uri);
    for (const id of ['bake', 'manage-staff', 'teams']) expect(uris).toContain(uri(id));
    const withSpans = found.filter((c) => c.spans);
    expect(withSpans.length).toBeGreaterThan(0);
    for (const c of withSpans) for (const s of c.spans!) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    const evidence = new Map(withSpans.map((c) => [c.uri, c.spans!.map((s) => text.slice(s.start, s.end)).join(' ')]));
    // The purpose clause alone matches "work in teams" better than the long whole text does.
    expect(evidence.get(uri('teams'))).toBe('work in teams');
    // The matched words are ranges of the outcome, inside the candidate's spans, as for the whole text's candidates.
    for (const c of withSpans)
      for (const r of c.why.queryRanges) expect(c.spans!.some((s) => s.start <= r.start && r.end <= s.end)).toBe(true);
    const teams = found.find((c) => c.uri === uri('teams'))!;
    expect(teams.why.queryRanges.map((r) => text.slice(r.start, r.end))).toContain('teams');
    // Explanations are built once the merge has kept a candidate: every kept one has its own, none a pending one.
    for (const c of found) expect(EXPLAIN in c || c.why.labels.length === 0).toBe(false);
  });

  it('maps a range of a fragment (pieces joined by spaces) back to the outcome, split where it crosses pieces', () => {
    const text = 'design, implement and evaluate a relational database';
    const pieces = [
      { start: 0, end: 6 },
      { start: 31, end: 52 },
    ];
    // Fragment text: "design a relational database"; "design a" crosses from the verb into the object.
    expect(fragmentToOutcome([{ start: 0, end: 8 }], pieces).map((r) => text.slice(r.start, r.end))).toEqual(['design', 'a']);
    expect(fragmentToOutcome([{ start: 20, end: 28 }], pieces).map((r) => text.slice(r.start, r.end))).toEqual(['database']);
  });

  it('is the plain search for a simple outcome', () => {
    const query = { text: 'bake bread', top: 5 };
    expect(searchDecomposed(run, query, { language: 'en' })).toEqual(engine.search(query));
  });

  it('is the plain search when the only statement differs from the outcome in punctuation alone', () => {
    for (const text of ['Bake bread.', 'bake bread .', 'bake bread !']) {
      const query = { text, top: 5 };
      const found = searchDecomposed(run, query, { language: 'en' });
      expect(found, text).toEqual(engine.search(query));
      expect(found.some((c) => c.spans)).toBe(false);
    }
  });

  it('is an option of the service path: off, no spans; on, spans on the candidates a fragment scored', () => {
    const text = 'bake bread and work in teams in order to supervise employees';
    const off = runSearch({ engine }, { text, top: 10 });
    expect(off.some((c) => c.spans)).toBe(false);
    const on = runSearch({ engine }, { text, top: 10 }, { language: 'en' });
    expect(on.some((c) => c.spans)).toBe(true);
    expect(on.map((c) => c.uri)).toContain(uri('manage-staff'));
  });
});
