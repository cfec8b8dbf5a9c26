/** Lower case without diacritics. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Character trigrams of each word padded with a space on both sides, lower case without diacritics. */
export function charTrigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const folded = fold(text);
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

/** Printable ASCII: NFKD and mark removal leave it as it is (no need to run them). */
const PLAIN = /^[ -~]*$/;
const WORD = /[\p{L}\p{N}]+/gu;

/** Integer ids of trigrams, so that cosines of texts re-read many times are a merge of two short sorted arrays. */
export class TrigramIds {
  /** By the trigram's three UTF-16 code units as one integer (at most 48 bits): no string per trigram. */
  private readonly ids = new Map<number, number>();

  /** charTrigrams of the text, as ids and counts. */
  vector(text: string): TrigramVector {
    const folded = PLAIN.test(text) ? text.toLowerCase() : fold(text);
    // Each distinct trigram's place in the lists below, in the order first seen.
    const slotOf = new Map<number, number>();
    const seen: number[] = [];
    const seenCounts: number[] = [];
    for (const word of folded.match(WORD) ?? []) {
      // The word padded with a space on both sides, read three code units at a time.
      let a = 32;
      let b = word.charCodeAt(0);
      for (let i = 1; i <= word.length; i++) {
        const c = i < word.length ? word.charCodeAt(i) : 32;
        const key = (a * 65536 + b) * 65536 + c;
        let id = this.ids.get(key);
        if (id === undefined) this.ids.set(key, (id = this.ids.size));
        const slot = slotOf.get(id);
        if (slot === undefined) {
          slotOf.set(id, seen.length);
          seen.push(id);
          seenCounts.push(1);
        } else seenCounts[slot]!++;
        a = b;
        b = c;
      }
    }
    // One buffer for both (allocating a typed array costs more than filling it).
    const both = new Int32Array(seen.length * 2);
    const ids = both.subarray(0, seen.length);
    const counts = both.subarray(seen.length);
    let squares = 0;
    // Sorted by id by insertion: a label or title has a few dozen trigrams.
    for (let i = 0; i < seen.length; i++) {
      const id = seen[i]!;
      const count = seenCounts[i]!;
      let j = i - 1;
      for (; j >= 0 && ids[j]! > id; j--) {
        ids[j + 1] = ids[j]!;
        counts[j + 1] = counts[j]!;
      }
      ids[j + 1] = id;
      counts[j + 1] = count;
      squares += count * count;
    }
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
