/**
 * Sentences, bullet lines and purpose clauses of an outcome as spans of the original text: each names its own
 * skill, and keeping offsets (never copies) lets every fragment point back at the words that support it.
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'ca',
  'approx',
  'incl',
  'z.b',
  'bzw',
  'usw',
  'u.a',
  'd.h',
  'p.ex',
  'bijv',
  'resp',
  'o.a',
  'd.w.z',
  'cf',
  'no',
  'nr',
]);

const EDGE_START = /^[\s\-*•·–—,;:.!?)\]]+|^(?:\(?[a-z0-9ivx]{1,3}[).]\s+)/iu;
const EDGE_END = /[\s,;:.!?(*\-–—]+$/u;

/** The span without surrounding spaces, bullets, list markers and punctuation (empty when nothing is left). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  for (let guard = 0; guard < 4 && start < end; guard++) {
    const m = EDGE_START.exec(text.slice(start, end));
    if (!m || !m[0].length) break;
    start += m[0].length;
  }
  const tail = EDGE_END.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  // A closing parenthesis stays when its opening one is inside.
  if (end < span.end && text[end] === ')' && text.slice(start, end).includes('(')) end += 1;
  return { start, end: Math.max(start, end) };
}

/** Sentences and list lines: split at line breaks, semicolons, bullets and sentence-final punctuation. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  // Lines starting "o " in a list pasted from a word processor (its second-level bullet), when there are several.
  const letterBullets = (text.match(/^[ \t]*o[ \t]+\S/gmu) ?? []).length >= 2;
  const cut = (at: number, skip: number) => {
    const span = trimSpan(text, { start: from, end: at });
    const bullet = letterBullets && /^o[ \t]+/u.exec(text.slice(span.start, span.end));
    if (bullet && /(?:^|\n)[ \t]*$/u.test(text.slice(0, span.start))) span.start += bullet[0].length;
    if (span.end > span.start) out.push(span);
    from = at + skip;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === ';' || ch === '•' || ch === '·') cut(i, 1);
    else if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 === text.length || /\s/.test(text[i + 1]!))) {
      const word = /(\S+)$/.exec(text.slice(from, i))?.[1]?.toLowerCase() ?? '';
      // List numbers ("2. Reflect") and initials end no sentence.
      if (ch === '.' && (ABBREVIATIONS.has(word) || /^(?:\p{L}|\d{1,2})$/u.test(word) || /^\p{L}\.\p{L}$/u.test(word))) continue;
      cut(i, 1);
    }
  }
  cut(text.length, 0);
  return out;
}

/** A line set in bold ("**Educational objectives**") or marked as a heading ("## Objectives") titles what follows. */
export function isHeading(text: string, line: Span): boolean {
  const before = text.slice(text.lastIndexOf('\n', line.start - 1) + 1, line.start);
  const lineEnd = text.indexOf('\n', line.end);
  const after = text.slice(line.end, lineEnd < 0 ? text.length : lineEnd);
  const markdownHeading = /^#{1,6}\s/u.test(text.slice(line.start, line.end)) || /^\s*#+\s*$/u.test(before);
  return markdownHeading || (/^\s*(?:\*\*|__)\s*$/u.test(before) && /^(?:\*\*|__)\s*:?\s*$/u.test(after));
}

/** Purpose markers per language: the clause after one names a skill of its own. `(?=…)` keeps the verb. */
const PURPOSE: Record<string, RegExp[]> = {
  en: [
    /,?\s+(?:in\s+order\s+to|so\s+as\s+to|so\s+that|with\s+the\s+aim\s+of|with\s+a\s+view\s+to)\s+/giu,
    /,?\s+to\s+(?=(?:ensure|make\s+sure|guarantee|enable|meet|achieve|comply|inform|support|improve)\b)/giu,
  ],
  de: [/,?\s+(?:damit|sodass|so\s+dass|um\s+(?=[^,.;]*\bzu\s))\s*/giu],
  fr: [
    /,?\s+(?:afin\s+(?:de\s+|d['’]|que\s+)|pour\s+que\s+|de\s+(?:manière|façon|sorte)\s+(?:à|que)\s+|en\s+vue\s+(?:de\s+|d['’]))/giu,
    /\s+pour\s+(?=\p{Ll}+(?:er|ir|re)\b)/gu,
  ],
  nl: [/,?\s+(?:zodat|opdat|teneinde|om\s+(?=[^,.;]*\bte\s))\s*/giu],
};

/** The span cut at purpose markers ("… in order to …", "… so that …", "… to ensure …", "… um … zu"). */
export function purposeSpans(text: string, span: Span, language: string): Span[] {
  const patterns = [...(PURPOSE[language] ?? []), ...(language === 'en' ? [] : PURPOSE.en!)];
  const cuts: { at: number; resume: number }[] = [];
  const slice = text.slice(span.start, span.end);
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m.index > 0) cuts.push({ at: span.start + m.index, resume: span.start + m.index + m[0].length });
      if (!m[0].length) re.lastIndex++;
    }
  }
  cuts.sort((a, b) => a.at - b.at);
  const out: Span[] = [];
  let from = span.start;
  for (const c of cuts) {
    if (c.at < from) continue;
    const piece = trimSpan(text, { start: from, end: c.at });
    if (piece.end > piece.start) out.push(piece);
    from = c.resume;
  }
  const last = trimSpan(text, { start: from, end: span.end });
  if (last.end > last.start) out.push(last);
  return out;
}
