import { describe, expect, it } from 'vitest';
import { DecisionVectors, type VectorText } from './decision-vectors.js';

const en = (text: string): VectorText => ({ text, language: 'en' });

/** A catalogue where a few words occur in nearly every outcome, as in real ones ("students", "and"). */
function catalogue(size: number): VectorText[] {
  const topics = ['analyse data', 'manage budgets', 'write reports', 'design software', 'care for patients', 'teach pupils'];
  const verbs = ['apply', 'evaluate', 'explain', 'critically discuss'];
  return Array.from({ length: size }, (_, i) =>
    en(`Students ${verbs[i % verbs.length]} and ${topics[i % topics.length]} and ${topics[(i * 5) % topics.length]} in project ${i % 40}`),
  );
}

describe('decided texts as vectors', () => {
  it('finds the same texts with the same similarities as an unpruned search, keeping those above the threshold', () => {
    const vectors = new DecisionVectors(catalogue(600));
    const queries = [
      'Students apply and analyse data in project 7',
      'students and project',
      'Students critically discuss how to care for patients',
      'write a report on budgets',
      // Words no decided text has, then a rare one: the common words' long lists are only looked up.
      'Students sell products in project 7',
    ];
    let dropped = 0;
    for (const query of queries)
      for (const threshold of [0.2, 0.35]) {
        // With threshold 0 nothing can be pruned: every text sharing a term is scored.
        const all = vectors.similar(query, 'en', 0);
        const pruned = vectors.similar(query, 'en', threshold);
        const expected = all.filter((s) => s.similarity >= threshold);
        dropped += all.length - expected.length;
        const byText = (list: typeof all) => [...list].sort((a, b) => a.text - b.text);
        expect(
          byText(pruned).map((s) => s.text),
          query,
        ).toEqual(byText(expected).map((s) => s.text));
        byText(pruned).forEach((s, i) => {
          expect(s.similarity).toBeCloseTo(byText(expected)[i]!.similarity, 12);
          expect(s.firstTerm).toBe(byText(expected)[i]!.firstTerm);
        });
      }
    // The thresholds left texts out, so the search had something to prune.
    expect(dropped).toBeGreaterThan(100);
  });

  it('scores an identical wording 1 even when it is made only of common words', () => {
    const texts = [...catalogue(200), en('students and project')];
    const vectors = new DecisionVectors(texts);
    const found = vectors.similar('Students and project', 'en', 0.35);
    const same = found.find((s) => s.text === vectors.textOf[texts.length - 1]);
    expect(same?.similarity).toBeCloseTo(1, 9);
    expect(vectors.similar('operate cranes', 'en', 0.35)).toEqual([]);
  });

  it('keeps one vector per distinct text and weighs words by the examples that use them', () => {
    const vectors = new DecisionVectors([en('bake bread'), en('design databases'), en('bake bread'), en('bake cakes')]);
    expect(vectors.examplesOf).toEqual([[0, 2], [1], [3]]);
    expect([...vectors.textOf]).toEqual([0, 1, 0, 2]);
    // "bread" is in two of four examples, "cakes" in one: the cake text is closer to a cake query than bread to bread's.
    const bread = vectors.similar('bread', 'en', 0)[0]!;
    const cakes = vectors.similar('cakes', 'en', 0)[0]!;
    expect(bread.text).toBe(0);
    expect(cakes.text).toBe(2);
    expect(cakes.similarity).toBeGreaterThan(bread.similarity);
  });

  it('gives the same answers when rebuilt from a previous set with one more decision', () => {
    const before = catalogue(300);
    const after = [...before, en('Students evaluate and sell products in project 3')];
    const fresh = new DecisionVectors(after);
    const reused = new DecisionVectors(after, new DecisionVectors(before));
    for (const query of ['Students sell products', 'Students apply and analyse data in project 7'])
      expect(reused.similar(query, 'en', 0.35)).toEqual(fresh.similar(query, 'en', 0.35));
    // The catalogue repeats itself every 120 outcomes: the new example is the 121st distinct text.
    expect(reused.textOf[300]).toBe(120);
    expect(reused.similar('Students sell products', 'en', 0.35).map((s) => s.text)).toContain(120);
  });
});
