/** Character trigrams of each word padded with a space on both sides, lower case without diacritics. */
export function charTrigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  for (const word of folded.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const gram = padded.slice(i, i + 3);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

/** Cosine similarity of two trigram count vectors, 0..1. */
export function trigramCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [gram, n] of a) {
    na += n * n;
    dot += n * (b.get(gram) ?? 0);
  }
  for (const n of b.values()) nb += n * n;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** A text's trigram counts as sorted integer ids (of one TrigramIds) and counts, with the sum of squared counts. */
export interface TrigramVector {
  ids: Int32Array;
  counts: Int32Array;
  squares: number;
}

/** Integer ids of trigrams, so that cosines of texts re-read many times are a merge of two short sorted arrays. */
export class TrigramIds {
  private readonly ids = new Map<string, number>();

  vector(text: string): TrigramVector {
    const grams = charTrigrams(text);
    const order = new Int32Array(grams.size);
    const countOf = new Map<number, number>();
    let n = 0;
    let squares = 0;
    for (const [gram, count] of grams) {
      let id = this.ids.get(gram);
      if (id === undefined) this.ids.set(gram, (id = this.ids.size));
      order[n++] = id;
      countOf.set(id, count);
      squares += count * count;
    }
    const ids = order.sort();
    const counts = new Int32Array(n);
    for (let i = 0; i < n; i++) counts[i] = countOf.get(ids[i]!)!;
    return { ids, counts, squares };
  }
}

/** trigramCosine of two vectors of one TrigramIds (the same number: counts are integers, so sums are exact in any order). */
export function vectorCosine(a: TrigramVector, b: TrigramVector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.counts[i++]! * b.counts[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return a.squares && b.squares ? dot / Math.sqrt(a.squares * b.squares) : 0;
}
