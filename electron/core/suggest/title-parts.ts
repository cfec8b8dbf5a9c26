/** Longer texts, or longer parts, are sentences and clauses, not titles. */
const MAX_TITLE_WORDS = 10;
const MAX_PART_WORDS = 4;
/** "Engineers, All Other": the residual category of a classification, not a qualifier to match. */
const RESIDUAL = /^all other$/i;
/** A preposition starting a title's complement ("Assessors of Real Estate", "Teachers in Special Education"). */
const COMPLEMENT = /^(?:of|for|in)$/i;

/** True for texts short enough to be titles rather than sentences. */
export function isTitle(text: string): boolean {
  return text.trim().split(/\s+/).length <= MAX_TITLE_WORDS && !/\.\s*$/.test(text);
}

/** A title's exclusion clause: "Architects, Except Landscape and Naval" → ["Architects", "Landscape and Naval"]. */
export function splitExcept(text: string): [kept: string, excluded: string] {
  const match = /,?\s*\b(?:except|excluding|other than)\b/i.exec(text);
  return match ? [text.slice(0, match.index), text.slice(match.index + match[0].length)] : [text, ''];
}

/** A plural noun ends a title's head ("Planners", "Specialties"); "Gas", "Class" and "Status" do not count. */
function isPlural(word: string): boolean {
  return word.length >= 4 && /[^su]s$/i.test(word);
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
const lastWord = (text: string) => wordsOf(text).at(-1) ?? '';

/**
 * The single titles inside a title written the way occupation classifications write them (SOC,
 * O*NET, ISCO):
 * - coordinated modifiers share the head: "Meeting, Convention, and Event Planners" → "Meeting
 *   Planners", "Convention Planners", "Event Planners";
 * - coordinated heads share the modifiers: "Textile Cutting Machine Setters, Operators, and
 *   Tenders" → "Textile Cutting Machine Setters", "… Operators", "… Tenders" (both at once give
 *   every combination);
 * - an "of" complement is shared: "Appraisers and Assessors of Real Estate" → "Appraisers of Real
 *   Estate", "Assessors of Real Estate";
 * - an inverted qualifier moves to the front: "Makeup Artists, Theatrical and Performance" →
 *   "Theatrical and Performance Makeup Artists", "Makeup Artists";
 * - exclusions and "All Other" are dropped: "Architects, Except Landscape and Naval" → "Architects".
 * Returns [] for texts that are not such titles (a single plain title, a sentence ending in a full
 * stop, or clause-long parts such as "able to work in teams").
 */
export function titleParts(text: string): string[] {
  const words = wordsOf(text);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS || /\.\s*$/.test(text)) return [];
  const kept = splitExcept(text)[0].trim();
  const segments = kept.split(/\s*,\s*/).filter(Boolean);
  let qualifier = '';
  // "Teachers, Postsecondary": a first segment ending in its head noun, then a segment that is no title of its own.
  if (segments.length >= 2 && isPlural(lastWord(segments[0]!)) && !isPlural(lastWord(segments[1]!.replace(/^(?:and|or)\s+/i, '')))) {
    qualifier = segments.splice(1).join(' ');
    if (RESIDUAL.test(qualifier)) qualifier = '';
  }
  const conjuncts = segments
    .join(', ')
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/i)
    // "Farmers, Ranchers, and Other Agricultural Managers": "Other" marks the rest of a list.
    .map((c) => c.trim().replace(/^other\s+(?=\S)/i, ''))
    .filter(Boolean);
  if ([...conjuncts, qualifier].some((c) => wordsOf(c).length > MAX_PART_WORDS)) return [];
  const titles = expandCoordination(conjuncts);
  const parts = qualifier ? [...titles.map((t) => `${qualifier} ${t}`), ...titles.filter((t) => wordsOf(t).length > 1)] : titles;
  const distinct = [...new Set(parts)];
  return distinct.length === 1 && distinct[0] === text.trim() ? [] : distinct;
}

/** The words before a title's complement: "Assessors" of "Assessors of Real Estate". */
function headZone(words: string[]): string[] {
  const complementAt = words.findIndex((w, i) => i > 0 && COMPLEMENT.test(w));
  return complementAt > 0 ? words.slice(0, complementAt) : words;
}

/** True for a part that names people by a plural head noun ("Event Planners", "Assessors of Real Estate"), not a fragment ("Foundry Mold"). */
export function hasPluralHead(part: string): boolean {
  return headZone(wordsOf(part)).some(isPlural);
}

/** Single titles of coordinated conjuncts around the first multi-word conjunct with a plural head (the pivot). */
function expandCoordination(conjuncts: string[]): string[] {
  const pivotAt = conjuncts.findIndex((c) => wordsOf(c).length > 1 && headZone(wordsOf(c)).some(isPlural));
  if (pivotAt < 0) return conjuncts;
  const pivot = wordsOf(conjuncts[pivotAt]!);
  const zone = headZone(pivot);
  const headAt = zone.findLastIndex(isPlural);
  const prefix = pivot.slice(0, headAt);
  const tail = pivot.slice(headAt + 1);
  const hasComplement = zone.length < pivot.length;
  const firstWords = [prefix[0] ?? ''];
  const heads = [pivot[headAt]!];
  const separate: string[] = [];
  conjuncts.forEach((c, i) => {
    if (i === pivotAt) return;
    const single = wordsOf(c).length === 1;
    if (i < pivotAt && !isPlural(lastWord(c))) firstWords.push(prefix.length ? c : `${c} `);
    else if (i < pivotAt && single) separate.push([c, ...tail].join(' '));
    // "Managers of Farms and Ranches" → "Managers of Ranches".
    else if (i > pivotAt && hasComplement) separate.push([...pivot.slice(0, zone.length + 1), c].join(' '));
    else if (i > pivotAt && single && isPlural(c)) heads.push(c);
    else separate.push(c);
  });
  const rest = prefix.slice(1);
  const combined = firstWords.flatMap((first) =>
    heads.map((head) => [first, ...rest, head, ...tail].join(' ').replace(/\s+/g, ' ').trim()),
  );
  return [...combined, ...separate];
}

/** A job title's trailing gender marker: "(h/f/x)", "(m/w/d)", "(M/F)", "[m/v]". */
const GENDER_MARKER = /\s*[([]\s*\p{L}{1,2}(?:\s*\/\s*\p{L}{1,2})+\s*[)\]]\s*$/u;

/** The title without its gender marker ("Boucher (h/f/x)" → "Boucher"): the marker names no skill or occupation. */
export function withoutGenderMarker(text: string): string {
  const stripped = text.replace(GENDER_MARKER, '');
  return stripped.trim() ? stripped : text;
}
