/**
 * Languages that write compounds as one word, with the linking elements ("Fugen") that may join
 * two parts: German "Arbeit·s·vertrag", Dutch "boek·en·kast", Swedish "arbet·s·plats".
 */
const LINKERS: Record<string, readonly string[]> = {
  de: ['s', 'es', 'n', 'en', 'e', 'er'],
  nl: ['s', 'e', 'en'],
  sv: ['s', 'a', 'o', 'u', 'e'],
  da: ['s', 'e'],
  no: ['s', 'e'],
  nb: ['s', 'e'],
  nn: ['s', 'e'],
};

/** Parts shorter than this are never split off ("bau" of "Gartenbau" is the shortest kept). */
const MIN_PART = 3;
/** Words shorter than this are not compounds worth splitting. */
const MIN_WORD = 7;

/** True for the languages whose compounds are split. */
export function compoundsLanguage(language: string): boolean {
  return language.toLowerCase().split('-')[0]! in LINKERS;
}

/**
 * Splits a compound word into known words: "gartenbauarbeiter" → ["garten", "bau", "arbeiter"]
 * when each part is a known word (`isKnown`, typically a word of the vocabulary's own labels),
 * allowing a linking element between parts. Of the possible splits the one with the fewest parts
 * wins, then the one whose shortest part is longest. Null when the word is no such compound.
 */
export function decompound(word: string, language: string, isKnown: (part: string) => boolean): string[] | null {
  const linkers = LINKERS[language.toLowerCase().split('-')[0]!];
  const lower = word.toLowerCase();
  if (!linkers || lower.length < MIN_WORD || !/^\p{L}+$/u.test(lower)) return null;
  const n = lower.length;
  // best[i]: the best split of lower[i..] into known parts (a part may be followed by a linker).
  const best: ({ parts: string[]; shortest: number } | null)[] = new Array(n + 1).fill(null);
  best[n] = { parts: [], shortest: Infinity };
  const known = new Map<string, boolean>();
  const knownPart = (part: string) => {
    let k = known.get(part);
    if (k === undefined) known.set(part, (k = isKnown(part)));
    return k;
  };
  for (let i = n - MIN_PART; i >= 0; i--) {
    let chosen: { parts: string[]; shortest: number } | null = null;
    for (let j = i + MIN_PART; j <= n; j++) {
      // The whole word is not a split of itself.
      if (i === 0 && j === n) continue;
      let part: string | null = null;
      // The part ends the word, or is followed by a split rest (directly or after a linker).
      for (let l = -1; l < linkers.length; l++) {
        const next = l < 0 ? j : j + linkers[l]!.length;
        const rest = best[next];
        if (!rest || (l >= 0 && (next >= n || !lower.startsWith(linkers[l]!, j)))) continue;
        part ??= lower.slice(i, j);
        if (!knownPart(part)) break;
        const parts = rest.parts.length + 1;
        const shortest = Math.min(part.length, rest.shortest);
        if (!chosen || parts < chosen.parts.length || (parts === chosen.parts.length && shortest > chosen.shortest)) {
          chosen = { parts: [part, ...rest.parts], shortest };
        }
      }
    }
    best[i] = chosen;
  }
  const split = best[0];
  return split && split.parts.length >= 2 ? split.parts : null;
}
