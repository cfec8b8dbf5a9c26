import snowball from 'snowball-stemmers';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';

/** Snowball algorithm of each language the benches use. */
const SNOWBALL: Record<string, string> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  nl: 'dutch',
  cs: 'czech',
  da: 'danish',
  sv: 'swedish',
  no: 'norwegian',
};

function tokenizer(language: string): (text: string) => string[] {
  const stemmer = snowball.newStemmer(SNOWBALL[language] ?? 'english');
  return (text) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => stemmer.stem(w));
}

/**
 * The reference point of the issue: plain Okapi BM25 (k1 1.5, b 0.75) over preferred and
 * alternative labels, lower-cased and Snowball-stemmed; no stop words, no boosts. Each label is a
 * document and a concept scores as its best label.
 */
export class PlainBm25 {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly avg: number;
  private readonly tokenize: (text: string) => string[];

  constructor(
    private readonly concepts: ConceptRecord[],
    language = 'en',
    private readonly k1 = 1.5,
    private readonly b = 0.75,
  ) {
    this.tokenize = tokenizer(language);
    concepts.forEach((c, concept) => {
      for (const label of new Set([c.prefLabel[language] ?? '', ...(c.altLabels[language] ?? [])])) this.addLabel(label, concept);
    });
    this.avg = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  private readonly labelConcept: number[] = [];

  private addLabel(label: string, concept: number): void {
    const terms = this.tokenize(label);
    if (!terms.length) return;
    const doc = this.labelConcept.length;
    this.labelConcept.push(concept);
    this.lengths.push(terms.length);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = []));
      list.push({ doc, tf: n });
    }
  }

  rank(text: string, top: number): string[] {
    const scores = new Map<number, number>();
    const n = this.labelConcept.length;
    for (const term of this.tokenize(text)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / this.avg);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / (tf + norm));
      }
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
