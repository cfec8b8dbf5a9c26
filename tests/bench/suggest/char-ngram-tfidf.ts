import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';

/** Character n-gram lengths (scikit-learn's `analyzer='char_wb', ngram_range=(3, 5)`). */
const MIN_N = 3;
const MAX_N = 5;

/** Character n-grams of each word padded with a space on both sides, as scikit-learn's char_wb does. */
function ngrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = ` ${word} `;
    for (let n = MIN_N; n <= MAX_N; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        const gram = padded.slice(i, i + n);
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * The second reference point of the issue: TF-IDF over character n-grams (3 to 5, within words),
 * sublinear tf, smoothed idf, cosine similarity; each label is a document and a concept scores as
 * its best label. It sees through compounds and inflection without knowing the language.
 */
export class CharNgramTfidf {
  private readonly postings = new Map<string, { doc: number; weight: number }[]>();
  private readonly idf = new Map<string, number>();
  private readonly labelConcept: number[] = [];

  constructor(
    private readonly concepts: ConceptRecord[],
    language = 'en',
  ) {
    const docs: Map<string, number>[] = [];
    concepts.forEach((c, concept) => {
      for (const label of new Set([c.prefLabel[language] ?? '', ...(c.altLabels[language] ?? [])])) {
        const grams = ngrams(label);
        if (!grams.size) continue;
        docs.push(grams);
        this.labelConcept.push(concept);
      }
    });
    const df = new Map<string, number>();
    for (const doc of docs) for (const gram of doc.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
    for (const [gram, n] of df) this.idf.set(gram, Math.log((1 + docs.length) / (1 + n)) + 1);
    docs.forEach((doc, d) => {
      const vector = this.vector(doc);
      for (const [gram, weight] of vector) {
        let list = this.postings.get(gram);
        if (!list) this.postings.set(gram, (list = []));
        list.push({ doc: d, weight });
      }
    });
  }

  /** L2-normalised sublinear tf × idf (n-grams no label has are left out: they match nothing). */
  private vector(counts: Map<string, number>): Map<string, number> {
    const out = new Map<string, number>();
    let norm = 0;
    for (const [gram, tf] of counts) {
      const idf = this.idf.get(gram);
      if (idf === undefined) continue;
      const weight = (1 + Math.log(tf)) * idf;
      out.set(gram, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [gram, weight] of out) out.set(gram, weight / norm);
    return out;
  }

  rank(text: string, top: number): string[] {
    const scores = new Map<number, number>();
    for (const [gram, weight] of this.vector(ngrams(text))) {
      for (const { doc, weight: w } of this.postings.get(gram) ?? []) scores.set(doc, (scores.get(doc) ?? 0) + weight * w);
    }
    const best = new Map<number, number>();
    for (const [doc, score] of scores) {
      const concept = this.labelConcept[doc]!;
      best.set(concept, Math.max(best.get(concept) ?? 0, score));
    }
    return [...best]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([concept]) => this.concepts[concept]!.uri);
  }
}
