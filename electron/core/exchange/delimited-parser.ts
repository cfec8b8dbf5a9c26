import type { ExchangeProblem } from '../../../shared/domain/correspondence.js';
import { badInput } from '../errors.js';

/** Delimited text split into rows, each with the 1-based physical line it starts on. */
export interface ParsedText {
  rows: string[][];
  lines: number[];
  /** Per row: the row is exactly one quoted field (a tool may have quoted each whole line). */
  wholeRowQuoted: boolean[];
  repairs: ExchangeProblem[];
}

const QUOTE = 34;
const NL = 10;
/** Repairs of one kind listed line by line before the rest are summed up in one line. */
const LISTED_PER_KIND = 20;

interface QuotedField {
  value: string;
  /** Index after the closing quote (or the text's end when it never closes). */
  end: number;
  closed: boolean;
  /** Quotes inside that were neither doubled nor closing. */
  strays: number;
  crossesLine: boolean;
}

/** Repairs by kind, each kind listed for its first lines and then counted. */
class RepairLog {
  private readonly listed: ExchangeProblem[] = [];
  private readonly more = new Map<string, { count: number; line: number }>();
  private readonly counts = new Map<string, { count: number; line: number }>();

  /** Once per line and kind. */
  add(message: string, line: number): void {
    const seen = this.counts.get(message);
    if (seen?.line === line) return;
    const n = (seen?.count ?? 0) + 1;
    this.counts.set(message, { count: n, line });
    if (n <= LISTED_PER_KIND) this.listed.push({ severity: 'info', message, line });
    else {
      const more = this.more.get(message);
      if (more) more.count++;
      else this.more.set(message, { count: 1, line });
    }
  }

  all(): ExchangeProblem[] {
    const summaries = [...this.more].map(([message, { count, line }]): ExchangeProblem => ({
      severity: 'info',
      message: `${message} (and on ${count} more lines from here)`,
      line,
    }));
    return [...this.listed, ...summaries];
  }
}

/**
 * Splits delimited text (line ends already LF) into rows. RFC 4180 where the text follows it;
 * where it does not, the reading the rest of the file supports: a quote inside an unquoted field
 * is a character, an undoubled quote inside a quoted field that still closes on its line is a
 * character, and a field whose opening quote never closes where a row could end is read as
 * unquoted when its line and the next line have the same number of columns. Refuses (file and
 * line) when neither reading fits.
 */
export function parseDelimited(text: string, delimiter: string, file: string): ParsedText {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n')
    throw badInput(`the delimiter must be one character other than a quote or line end, not ${JSON.stringify(delimiter)}`, { file });
  const d = delimiter.charCodeAt(0);
  const n = text.length;

  /** End of an unquoted field: the next delimiter or line end. */
  const unquotedEnd = (from: number): number => {
    let i = from;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === d || c === NL) break;
      i++;
    }
    return i;
  };

  const scanQuoted = (open: number): QuotedField => {
    let value = '';
    let k = open + 1;
    let strays = 0;
    for (;;) {
      const q = text.indexOf('"', k);
      if (q === -1) return { value: value + text.slice(k), end: n, closed: false, strays, crossesLine: true };
      const next = text.charCodeAt(q + 1);
      if (next === QUOTE) {
        value += text.slice(k, q + 1);
        k = q + 2;
      } else if (q + 1 === n || next === d || next === NL) {
        const lineEnd = text.indexOf('\n', open);
        return { value: value + text.slice(k, q), end: q + 1, closed: true, strays, crossesLine: lineEnd !== -1 && lineEnd < q };
      } else {
        value += text.slice(k, q + 1);
        strays++;
        k = q + 1;
      }
    }
  };

  /** The fields of one physical line when every quoted field on it closes on it; undefined otherwise. */
  const fieldsOnLine = (from: number): string[] | undefined => {
    const fields: string[] = [];
    let k = from;
    for (;;) {
      let end: number;
      if (text.charCodeAt(k) === QUOTE) {
        const field = scanQuoted(k);
        if (!field.closed || field.crossesLine) return undefined;
        fields.push(field.value);
        end = field.end;
      } else {
        end = unquotedEnd(k);
        fields.push(text.slice(k, end));
      }
      if (text.charCodeAt(end) !== d) return fields;
      k = end + 1;
    }
  };

  /** Columns from `from` to the line's end, or 0 at a line end. */
  const columnsFrom = (end: number): number | undefined => (text.charCodeAt(end) === d ? fieldsOnLine(end + 1)?.length : 0);

  /** The column count of the next non-empty line, or null when only empty lines follow. */
  const nextLineColumns = (from: number): number | null | undefined => {
    let k = text.indexOf('\n', from);
    if (k === -1) return null;
    k++;
    while (k < n && text.charCodeAt(k) === NL) k++;
    return k >= n ? null : fieldsOnLine(k)?.length;
  };

  /**
   * A quoted field that does not close on its own line: a multi-line field (RFC 4180) or an
   * opening quote that was never closed. The multi-line reading wins unless it is broken (no
   * closing quote, undoubled quotes) or only the other one keeps the previous row's width.
   */
  const readsAsLiteral = (open: number, before: number, previousWidth: number | undefined, line: number, quoted: QuotedField): boolean => {
    const rest = columnsFrom(unquotedEnd(open));
    const literalWidth = rest === undefined ? undefined : before + 1 + rest;
    const next = literalWidth === undefined ? undefined : nextLineColumns(open);
    const literalFits = literalWidth !== undefined && (next === null || next === literalWidth);
    const multiLineFits = quoted.closed && quoted.strays === 0;
    if (multiLineFits) {
      const after = columnsFrom(quoted.end);
      const multiLineWidth = after === undefined ? undefined : before + 1 + after;
      return literalFits && literalWidth === previousWidth && multiLineWidth !== previousWidth;
    }
    if (literalFits) return true;
    throw badInput(
      'a quoted field opens here and does not close where its row could end; cannot tell where the field ends (check the quotes on this line)',
      { file, line },
    );
  };

  const rows: string[][] = [];
  const lines: number[] = [];
  const wholeRowQuoted: boolean[] = [];
  const repairs = new RepairLog();
  let pos = 0;
  let line = 1;
  let previousWidth: number | undefined;
  while (pos < n) {
    const fields: string[] = [];
    const startLine = line;
    let quotedFields = 0;
    let k = pos;
    for (;;) {
      let end: number;
      if (text.charCodeAt(k) === QUOTE) {
        const quoted = scanQuoted(k);
        const onOneLine = quoted.closed && !quoted.crossesLine;
        if (!onOneLine && readsAsLiteral(k, fields.length, previousWidth, line, quoted)) {
          repairs.add('a quote opened a field and never closed; read the field as unquoted, ending at the next delimiter', line);
          end = unquotedEnd(k);
          fields.push(text.slice(k, end));
        } else {
          if (quoted.strays > 0) repairs.add('kept undoubled quotes inside a quoted field as characters', line);
          for (let i = k; !onOneLine && i < quoted.end; i++) if (text.charCodeAt(i) === NL) line++;
          end = quoted.end;
          fields.push(quoted.value);
          quotedFields++;
        }
      } else {
        end = unquotedEnd(k);
        const value = text.slice(k, end);
        if (value.includes('"')) repairs.add('kept a quote inside an unquoted field as a character', line);
        fields.push(value);
      }
      if (text.charCodeAt(end) === d) {
        k = end + 1;
        continue;
      }
      pos = end + 1;
      line++;
      break;
    }
    rows.push(fields);
    lines.push(startLine);
    wholeRowQuoted.push(fields.length === 1 && quotedFields === 1);
    previousWidth = fields.length;
  }
  return { rows, lines, wholeRowQuoted, repairs: repairs.all() };
}
