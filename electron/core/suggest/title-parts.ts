/** Longer texts, or longer parts, are sentences and clauses, not titles. */
const MAX_TITLE_WORDS = 10;
const MAX_PART_WORDS = 4;

/** True for texts short enough to be titles rather than sentences. */
export function isTitle(text: string): boolean {
  return text.trim().split(/\s+/).length <= MAX_TITLE_WORDS && !/\.\s*$/.test(text);
}

/** A title's exclusion clause: "Architects, Except Landscape and Naval" → ["Architects", "Landscape and Naval"]. */
export function splitExcept(text: string): [kept: string, excluded: string] {
  const match = /,?\s*\b(?:except|excluding|other than)\b/i.exec(text);
  return match ? [text.slice(0, match.index), text.slice(match.index + match[0].length)] : [text, ''];
}

/**
 * The single titles inside a coordinated title: "Meeting, Convention, and Event Planners" →
 * "Meeting Planners", "Convention Planners", "Event Planners"; "Architects, Except Landscape and
 * Naval" → "Architects". A one-word conjunct that is not itself a plural noun is a modifier of the
 * shared head (the last word). Returns [] for texts that are not coordinated titles (too long, a
 * sentence ending in a full stop, or with clause-long parts such as "able to work in teams").
 */
export function titleParts(text: string): string[] {
  const words = text.trim().split(/\s+/);
  if (words.length < 3 || words.length > MAX_TITLE_WORDS || /\.\s*$/.test(text) || !/,|\s(and|or|&)\s/i.test(text)) return [];
  const kept = splitExcept(text)[0];
  const conjuncts = kept
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/i)
    .map((c) => c.trim())
    .filter(Boolean);
  if (conjuncts.some((c) => c.split(/\s+/).length > MAX_PART_WORDS)) return [];
  if (conjuncts.length < 2) return kept !== text && kept.trim() ? [kept.trim()] : [];
  const last = conjuncts[conjuncts.length - 1]!.split(/\s+/);
  const head = last[last.length - 1]!;
  return conjuncts.map((c) => (/\s/.test(c) || /[^s]s$/i.test(c) ? c : `${c} ${head}`));
}
