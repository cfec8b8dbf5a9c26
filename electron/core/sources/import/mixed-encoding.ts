import { badInput } from '../../errors.js';

/**
 * A file that is not valid UTF-8 but holds valid UTF-8 multi-byte sequences mixes encodings
 * (a UTF-8 export with Latin-1 rows pasted in): read as Windows-1252 its UTF-8 rows would turn into
 * 'Ã©' without a word. Returns the line of the first byte that is not UTF-8, or undefined when
 * the file holds no UTF-8 sequence at all (a plain legacy-encoded file).
 */
export function mixedEncodingLine(bytes: Uint8Array): { line: number; byte: number } | undefined {
  let utf8Sequences = 0;
  let firstBad: { line: number; byte: number } | undefined;
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      utf8Sequences++;
      i += length;
    } else {
      firstBad ??= { line, byte: b };
      i++;
    }
    if (firstBad && utf8Sequences > 0) return firstBad;
  }
  return undefined;
}

/** The refusal: one line naming file, line and the encoding field. */
export function mixedEncodingError(where: { line: number; byte: number }, file?: string) {
  const hex = where.byte.toString(16).toUpperCase().padStart(2, '0');
  return badInput(
    `the file mixes encodings: parts are UTF-8, this line is not (byte 0x${hex}); save the whole file as UTF-8 and import it again`,
    {
      file,
      line: where.line,
      field: 'encoding',
    },
  );
}

/** Length of the well-formed UTF-8 sequence at i (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
