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
