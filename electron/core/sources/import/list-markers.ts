/**
 * List markers at the start of an outcome ("1.", "2)", "(a)", "b)", "iv.", "•", "-") and the
 * run-together lists that course catalogues produce when line breaks are lost
 * ("… able to:1.Identify …;2.Describe …").
 */

export interface MarkedLine {
  /** The marker's kind ("1.", "a)", "i)", "()", "•" …), null for a line without one. */
  kind: string | null;
  /** The marker's ordinal (1 for "1.", "a)", "i." and "(a)"), 0 for bullets and unmarked lines. */
  ordinal: number;
  text: string;
}

const SYMBOL_BULLET = /^\s*([-*•‣◦▪●–—o])\s+(.*)$/;
// Numbers and ")" markers may touch the text ("1.Identify"); letter and roman "." markers need a space.
const ORDERED = /^\s*(?:(\d{1,2})([.)])\s*(?=\S)|\((\d{1,2}|[a-z]|[ivx]{1,4})\)\s*|([a-z]|[ivx]{1,4})\)\s*|([a-z]|[ivx]{1,4})\.\s+)(.*)$/;
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$/;

/** Reads the marker of one line; `romanLists` says whether "i)" style lists are roman (see below). */
export function readMarker(line: string, romanLists: boolean): MarkedLine {
  const symbol = SYMBOL_BULLET.exec(line);
  if (symbol) return { kind: symbol[1]!, ordinal: 0, text: symbol[2]!.trim() };
  const ordered = ORDERED.exec(line);
  if (!ordered) return { kind: null, ordinal: 0, text: line.trim() };
  const text = ordered[6]!.trim();
  if (ordered[1]) return { kind: `1${ordered[2]}`, ordinal: Number(ordered[1]), text };
  const inParens = ordered[3];
  if (inParens) return { kind: '()', ordinal: ordinalOf(inParens, romanLists), text };
  const closing = ordered[4] ?? ordered[5]!;
  const suffix = ordered[4] ? ')' : '.';
  const roman = romanLists && ROMAN.test(closing);
  return { kind: `${roman ? 'i' : 'a'}${suffix}`, ordinal: ordinalOf(closing, romanLists), text };
}

/** "i)" is a letter after "h)" and a roman one when a list counts "i), ii)": decided per text. */
export function usesRomanNumerals(text: string): boolean {
  return /(?:^|[\s(])ii[.)]/m.test(text) && !/(?:^|[\s(])h[.)]/m.test(text);
}

function ordinalOf(token: string, romanLists: boolean): number {
  if (/^\d+$/.test(token)) return Number(token);
  if (romanLists && ROMAN.test(token)) return romanValue(token);
  return token.length === 1 ? token.charCodeAt(0) - 96 : 0;
}

function romanValue(token: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const value = values[token[i]!]!;
    const next = values[token[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

// Inline markers: a number with "." or ")", or "(x)", or "x)", preceded by start, space or punctuation.
const INLINE_MARKER = /(^|[\s:;,.])(\(?)(\d{1,2}|[a-z]|[ivx]{1,4})([.)])(?=\s*[\p{L}(])/gu;

/**
 * Puts each marker of a run-together list on its own line. Only a chain counting 1, 2, 3 … (or
 * a, b, c …) of one marker style is broken, so "ISO 9001." or "version 2.0" never split a sentence.
 */
export function breakRunTogetherLists(text: string): string {
  const romanLists = usesRomanNumerals(text);
  const candidates: { index: number; style: string; ordinal: number }[] = [];
  for (const match of text.matchAll(INLINE_MARKER)) {
    const [, before, open, token, close] = match;
    if (open && close !== ')') continue;
    const style = `${open ? '(' : ''}${/^\d/.test(token!) ? '1' : romanLists && ROMAN.test(token!) ? 'i' : 'a'}${close}`;
    candidates.push({ index: match.index! + before!.length, style, ordinal: ordinalOf(token!, romanLists) });
  }
  const breaks = new Set<number>();
  for (const style of new Set(candidates.map((c) => c.style))) {
    let chain: number[] = [];
    let expected = 1;
    for (const candidate of candidates.filter((c) => c.style === style)) {
      if (candidate.ordinal === expected) {
        chain.push(candidate.index);
        expected++;
      } else if (candidate.ordinal === 1) {
        if (chain.length >= 2) chain.forEach((i) => breaks.add(i));
        chain = [candidate.index];
        expected = 2;
      }
    }
    if (chain.length >= 2) chain.forEach((i) => breaks.add(i));
  }
  let out = '';
  let last = 0;
  for (const index of [...breaks].sort((a, b) => a - b)) {
    out += text.slice(last, index).replace(/[ \t]+$/, '') + (index > 0 && text[index - 1] !== '\n' ? '\n' : '');
    last = index;
  }
  out += text.slice(last);
  return breakInlineBullets(out);
}

/** "• one • two" on one line: each bullet on its own line (two or more round bullets only). */
function breakInlineBullets(text: string): string {
  return text
    .split('\n')
    .map((line) => ((line.match(/[•▪●]/g)?.length ?? 0) >= 2 ? line.replace(/\s*([•▪●])\s*/g, (_, b: string) => `\n${b} `) : line))
    .join('\n');
}
