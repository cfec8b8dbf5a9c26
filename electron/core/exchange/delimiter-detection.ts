/** The delimiters tables come with: comma, semicolon (Excel in many EU locales), tab. */
export const DELIMITERS = [',', ';', '\t'] as const;

const SAMPLE_CHARS = 64 * 1024;
const QUOTE = 34;
const NL = 10;

/**
 * Delimiters outside quotes on each physical line of the sample, reading quotes as a parser with
 * this delimiter would: a quote opens a field only at its start, so `5" screen` opens nothing.
 */
function countsPerLine(sample: string, delimiter: string): number[] {
  const d = delimiter.charCodeAt(0);
  const counts: number[] = [];
  let count = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (inQuotes) {
      if (c === QUOTE) {
        const next = sample.charCodeAt(i + 1);
        if (next === QUOTE) i++;
        else if (next === d || next === NL || i + 1 === sample.length) inQuotes = false;
      } else if (c === NL) {
        counts.push(count);
        count = 0;
      }
      continue;
    }
    if (c === QUOTE && fieldStart) inQuotes = true;
    else if (c === d) count++;
    else if (c === NL) {
      counts.push(count);
      count = 0;
    }
    fieldStart = c === d || c === NL;
  }
  counts.push(count);
  return counts;
}

/** How many lines share the most common non-zero count, and that count. */
function consistency(counts: readonly number[]): { lines: number; count: number } {
  const tally = new Map<number, number>();
  for (const n of counts) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
  let best = { lines: 0, count: 0 };
  for (const [count, lines] of tally) {
    if (lines > best.lines || (lines === best.lines && count > best.count)) best = { lines, count };
  }
  return best;
}

/**
 * Guesses the delimiter from the first lines: the one that splits the most lines into the same
 * number of columns (a preamble of `key,value` lines does not outvote the table below it, and
 * decimal commas in a `;` file vary from line to line). Undefined when no line holds any.
 */
export function detectDelimiter(text: string): string | undefined {
  const cut = text.length > SAMPLE_CHARS ? text.lastIndexOf('\n', SAMPLE_CHARS) : text.length;
  const sample = text.slice(0, cut > 0 ? cut : SAMPLE_CHARS);
  let best: { delimiter: string; lines: number; count: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const { lines, count } = consistency(countsPerLine(sample, delimiter));
    if (lines === 0) continue;
    if (!best || lines > best.lines || (lines === best.lines && count > best.count)) best = { delimiter, lines, count };
  }
  return best?.delimiter;
}
