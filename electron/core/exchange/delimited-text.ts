import type { ExchangeProblem } from '../../../shared/domain/correspondence.js';
import { badInput } from '../errors.js';
import { decodeText } from '../sources/import/text-decoding.js';
import { parseDelimited, type ParsedText } from './delimited-parser.js';
import { detectDelimiter } from './delimiter-detection.js';

export interface DelimitedRows {
  /** Rows as in the file: not padded; empty lines are rows of one empty field. */
  rows: string[][];
  /** The 1-based physical line each row starts on (rows may span lines). */
  lines: number[];
  delimiter: string;
  /** What was read leniently, severity 'info', with the line. */
  repairs: ExchangeProblem[];
}

/** 1-based line of the first non-ASCII character: where a wrong encoding would show. */
function firstNonAsciiLine(text: string): number {
  const at = text.search(/[^\t\n\x20-\x7e]/);
  if (at <= 0) return 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function decode(data: Uint8Array | string): { text: string; repair?: ExchangeProblem } {
  if (typeof data === 'string') return { text: data.replace(/^\uFEFF/, '') };
  const { text, encoding } = decodeText(data);
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return { text };
  const name = encoding === 'windows-1252' ? 'Windows-1252 (Latin-1)' : encoding.toUpperCase();
  return { text, repair: { severity: 'info', message: `the file is not UTF-8; read it as ${name}`, line: firstNonAsciiLine(text) } };
}

/**
 * A CSV saved inside a CSV: every non-empty line is one quoted field holding a whole delimited
 * row. Returns the unwrapped rows when the inner text splits into columns; line numbers stay
 * those of the file because each field keeps its own line ends.
 */
function unwrapQuotedRows(
  outer: ParsedText,
  file: string,
  delimiter: string | undefined,
): (ParsedText & { delimiter: string }) | undefined {
  if (outer.repairs.length > 0) return undefined;
  const blank = (row: string[]) => row.length === 1 && row[0] === '';
  let wrapped = 0;
  for (let i = 0; i < outer.rows.length; i++) {
    if (outer.wholeRowQuoted[i]) wrapped++;
    else if (!blank(outer.rows[i]!)) return undefined;
  }
  if (wrapped === 0) return undefined;
  const inner = outer.rows.map((row) => row[0] ?? '').join('\n');
  const innerDelimiter = delimiter ?? detectDelimiter(inner);
  if (!innerDelimiter) return undefined;
  const parsed = parseDelimited(inner, innerDelimiter, file);
  const split = parsed.rows.filter((row) => row.length > 1).length;
  if (split * 2 < wrapped) return undefined;
  const repair: ExchangeProblem = {
    severity: 'info',
    message: 'each line was one quoted field holding a whole row (a CSV saved inside a CSV); read the rows inside',
    line: outer.lines[0] ?? 1,
  };
  return { ...parsed, delimiter: innerDelimiter, repairs: [repair, ...parsed.repairs] };
}

/**
 * A NUL byte (U+0000) cuts ids and texts short in SQLite and in most tools that read an export:
 * the table is refused at the first one, naming its line and the column's header.
 */
function refuseNulBytes(rows: string[][], lines: number[], file: string, linesBefore: number): void {
  const header = rows.findIndex((row) => row.some((cell) => cell !== ''));
  for (let i = 0; i < rows.length; i++) {
    const column = rows[i]!.findIndex((cell) => cell.includes('\u0000'));
    if (column < 0) continue;
    const field = i > header && header >= 0 ? rows[header]![column] : undefined;
    throw badInput('contains a NUL byte (U+0000); remove it from the file', {
      file,
      line: linesBefore + lines[i]!,
      ...(field ? { field } : {}),
    });
  }
}

/**
 * Reads a CSV or TSV as published: BOM or none, LF, CRLF or lone CR line ends, UTF-8 or else
 * Windows-1252, comma, semicolon or tab (detected unless given), stray quotes read the way the
 * rest of the file supports. Every lenient reading is listed in `repairs`; where the text cannot
 * be read unambiguously, a bad-input error names the file and line.
 */
export function readDelimitedRows(
  data: Uint8Array | string,
  file: string,
  options: { delimiter?: string; linesBefore?: number } = {},
): DelimitedRows {
  const { text: raw, repair } = decode(data);
  const text = raw.replace(/\r\n?/g, '\n');
  const detected = options.delimiter ?? detectDelimiter(text);
  const parsed = parseDelimited(text, detected ?? ',', file);
  const unwrapped = unwrapQuotedRows(parsed, file, options.delimiter);
  const result = unwrapped ?? { ...parsed, delimiter: detected ?? ',' };
  refuseNulBytes(result.rows, result.lines, file, options.linesBefore ?? 0);
  return {
    rows: result.rows,
    lines: result.lines,
    delimiter: result.delimiter,
    repairs: repair ? [repair, ...result.repairs] : result.repairs,
  };
}
