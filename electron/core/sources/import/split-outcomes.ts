import { breakRunTogetherLists, readMarker, usesRomanNumerals } from './list-markers.js';

/** A cell of learning outcomes split into outcomes, with the sentence that introduced them. */
export interface SplitOutcomes {
  /** "By the end of this course students will be able to:" — kept on the course, not on each outcome. */
  leadIn: string;
  outcomes: string[];
}

/**
 * Splits a cell or text block holding several learning outcomes into one text per outcome.
 * List markers ("1.", "(a)", "i)", "•", "-") win over line breaks, which win over semicolons;
 * run-together lists ("to:1.Identify…;2.Describe…") are broken first. Text before the list is the
 * lead-in. Markers of another kind under an item (sub-points) are folded into that item.
 */
export function splitOutcomeCell(text: string): SplitOutcomes {
  const unrolled = breakRunTogetherLists(text.replace(/\r\n?/g, '\n'));
  const romanLists = usesRomanNumerals(unrolled);
  const lines = unrolled
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => readMarker(l, romanLists));
  const topKind = lines.find((l) => l.kind !== null)?.kind ?? null;
  if (topKind !== null) {
    const leadIn: string[] = [];
    const items: string[] = [];
    for (const line of lines) {
      if (line.kind === topKind) items.push(line.text);
      else if (!items.length) leadIn.push(line.text);
      else {
        // Sub-points and wrapped continuation lines belong to the item above.
        const last = items[items.length - 1]!;
        const joiner = line.kind !== null ? (/[:,;]$/.test(last) ? ' ' : '; ') : ' ';
        items[items.length - 1] = `${last}${joiner}${line.text}`;
      }
    }
    return { leadIn: tidy(leadIn.join(' ')), outcomes: items.map(tidy).filter(Boolean) };
  }
  const content = lines.map((l) => l.text);
  const leadIn = content.length > 1 && /:\s*$/.test(content[0]!) ? content.shift()! : '';
  if (content.length > 1) return { leadIn: tidy(leadIn), outcomes: content.map(tidy).filter(Boolean) };
  return splitSentence(content[0] ?? '', leadIn);
}

/** The outcomes alone, for callers that do not keep the lead-in. */
export function splitOutcomes(text: string): string[] {
  return splitOutcomeCell(text).outcomes;
}

// A part that starts like this continues the sentence before the semicolon rather than listing.
const CONTINUATION = /^(?:e\.g\.|i\.e\.|including|such as|in particular|especially|that|which|whereas|but|however|for example)\b/i;

/** One line: "lead-in: a; b; c" splits at semicolons only when every part reads as a list item. */
function splitSentence(line: string, leadIn: string): SplitOutcomes {
  const colon = /^([^:;]{8,}?):\s+(.+)$/.exec(line);
  const body = colon && colon[2]!.includes(';') ? colon[2]! : line;
  const ownLeadIn = body === line ? '' : colon![1]! + ':';
  const parts = splitOutsideBrackets(body, ';')
    .map((p) => tidy(p).replace(/^(?:and|or)\s+/i, ''))
    .filter(Boolean);
  const listing = parts.length > 1 && parts.every((p) => p.split(/\s+/).length >= 2) && !parts.slice(1).some((p) => CONTINUATION.test(p));
  if (listing) return { leadIn: tidy([leadIn, ownLeadIn].filter(Boolean).join(' ')), outcomes: parts };
  const whole = tidy(line);
  return { leadIn: tidy(leadIn), outcomes: whole ? [whole] : [] };
}

function splitOutsideBrackets(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function tidy(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;]+$/g, '')
    .replace(/\s+(and|or)$/i, '')
    .trim();
}
