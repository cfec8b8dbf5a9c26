import { fold } from './fold.js';

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

/**
 * A text's trigram counts as sorted integer ids (of one TrigramIds) and counts, with the sum of squared counts. Plain
 * arrays of small integers: allocated far faster than typed arrays, and a label's vector is made once and kept.
 */
export interface TrigramVector {
  ids: number[];
  counts: number[];
  squares: number;
}

/** Printable ASCII: NFKD and mark removal leave it as it is (no need to run them). */
const PLAIN = /^[ -~]*$/;
const WORD = /[\p{L}\p{N}]+/gu;

/** Integer ids of trigrams, so that cosines of texts re-read many times are a merge of two short sorted arrays. */
export class TrigramIds {
  /**
   * Open addressing by the trigram's three UTF-16 code units (the first in `high`, the other two in `low`; no string per
   * trigram, no number boxed as a map key would be): `ids` holds id + 1, 0 when the slot is empty.
   */
  private high = new Int32Array(1 << 12);
  private low = new Int32Array(1 << 12);
  private ids = new Int32Array(1 << 12);
  private size = 0;
  /** One text's distinct trigram ids and counts, in the order first seen (reused: a text is a few dozen trigrams). */
  private seen = new Int32Array(64);
  private seenCounts = new Int32Array(64);
  private distinct = 0;

  /** charTrigrams of the text, as ids and counts. */
  vector(text: string): TrigramVector {
    this.distinct = 0;
    if (PLAIN.test(text)) this.countPlain(text.toLowerCase());
    else for (const word of fold(text).match(WORD) ?? []) this.countWord(word);
    const distinct = this.distinct;
    const ids = new Array<number>(distinct).fill(0);
    const counts = new Array<number>(distinct).fill(0);
    let squares = 0;
    // Sorted by id by insertion: a label or title has a few dozen trigrams.
    for (let i = 0; i < distinct; i++) {
      const id = this.seen[i]!;
      const count = this.seenCounts[i]!;
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

  /** The trigrams of a word padded with a space on both sides, read three code units at a time. */
  private countWord(word: string): void {
    let a = 32;
    let b = word.charCodeAt(0);
    for (let i = 1; i <= word.length; i++) {
      const c = i < word.length ? word.charCodeAt(i) : 32;
      this.count(a, b, c);
      a = b;
      b = c;
    }
  }

  /**
   * countWord for each word of lower-case printable ASCII (runs of a–z and 0–9, what WORD finds there), read in place:
   * most labels are such, and the regular expression and word strings cost more than the counting.
   */
  private countPlain(text: string): void {
    let a = 0;
    let b = 0;
    let inWord = false;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (inWord) {
          this.count(a, b, c);
          a = b;
        } else {
          inWord = true;
          a = 32;
        }
        b = c;
      } else if (inWord) {
        this.count(a, b, 32);
        inWord = false;
      }
    }
  }

  /** One more of the trigram: a text has a few dozen distinct ones, so a scan of those seen beats a map. */
  private count(a: number, b: number, c: number): void {
    const id = this.idOf(a, (b << 16) | c);
    let slot = 0;
    while (slot < this.distinct && this.seen[slot] !== id) slot++;
    if (slot === this.distinct) {
      if (this.distinct === this.seen.length) this.growSeen();
      this.seen[this.distinct] = id;
      this.seenCounts[this.distinct++] = 1;
    } else this.seenCounts[slot]!++;
  }

  private idOf(high: number, low: number): number {
    const mask = this.ids.length - 1;
    for (let slot = home(high, low, mask); ; slot = (slot + 1) & mask) {
      const id = this.ids[slot]!;
      if (id !== 0) {
        if (this.low[slot] === low && this.high[slot] === high) return id - 1;
        continue;
      }
      const added = this.size++;
      this.high[slot] = high;
      this.low[slot] = low;
      this.ids[slot] = added + 1;
      if (this.size * 2 > this.ids.length) this.grow();
      return added;
    }
  }

  private grow(): void {
    const { high, low, ids } = this;
    this.high = new Int32Array(ids.length * 2);
    this.low = new Int32Array(ids.length * 2);
    this.ids = new Int32Array(ids.length * 2);
    const mask = this.ids.length - 1;
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] === 0) continue;
      let slot = home(high[i]!, low[i]!, mask);
      while (this.ids[slot] !== 0) slot = (slot + 1) & mask;
      this.high[slot] = high[i]!;
      this.low[slot] = low[i]!;
      this.ids[slot] = ids[i]!;
    }
  }

  private growSeen(): void {
    const seen = new Int32Array(this.seen.length * 2);
    const counts = new Int32Array(this.seen.length * 2);
    seen.set(this.seen);
    counts.set(this.seenCounts);
    this.seen = seen;
    this.seenCounts = counts;
  }
}

/** A trigram's first slot in a table of mask + 1 slots. */
function home(high: number, low: number, mask: number): number {
  return (Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
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
