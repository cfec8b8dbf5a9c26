/** Character n-gram length: trigrams of the word padded with one space on each side. */
const N = 3;
/** Terms shorter than this are left out: their trigrams say too little. */
const MIN_LENGTH = 4;

function trigramsOf(term: string): string[] {
  const padded = ` ${term} `;
  const out = new Set<string>();
  for (let i = 0; i + N <= padded.length; i++) out.add(padded.slice(i, i + N));
  return [...out];
}

/**
 * A trigram index over the words (index terms) of a vocabulary's labels: finds the label words
 * closest in spelling to a word no label has ("Lackiertechniker" → "lackierer", "důstojníci" →
 * "důstojník"), by the Dice coefficient of their trigram sets.
 */
export class TermNgrams {
  private readonly postings = new Map<string, number[]>();
  private readonly sizes: Int32Array;
  private readonly counts: Int32Array;
  private readonly touched: number[] = [];

  constructor(
    private readonly terms: readonly string[],
    include: (id: number) => boolean,
  ) {
    this.sizes = new Int32Array(terms.length);
    this.counts = new Int32Array(terms.length);
    terms.forEach((term, id) => {
      if (term.length < MIN_LENGTH || !include(id) || !/^\p{L}+$/u.test(term)) return;
      const grams = trigramsOf(term);
      this.sizes[id] = grams.length;
      for (const gram of grams) {
        const list = this.postings.get(gram);
        if (list) list.push(id);
        else this.postings.set(gram, [id]);
      }
    });
  }

  /** Terms with a trigram Dice coefficient of at least `min` to `term`, best first (at most `limit`). */
  similar(term: string, min: number, limit: number): { id: number; similarity: number }[] {
    if (term.length < MIN_LENGTH) return [];
    const grams = trigramsOf(term);
    for (const gram of grams) {
      for (const id of this.postings.get(gram) ?? []) {
        if (this.counts[id]!++ === 0) this.touched.push(id);
      }
    }
    const out: { id: number; similarity: number }[] = [];
    for (const id of this.touched) {
      const similarity = (2 * this.counts[id]!) / (grams.length + this.sizes[id]!);
      if (similarity >= min && this.terms[id] !== term) out.push({ id, similarity });
      this.counts[id] = 0;
    }
    this.touched.length = 0;
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }
}
