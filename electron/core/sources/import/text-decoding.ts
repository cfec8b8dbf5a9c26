import chardet from 'chardet';
import iconv from 'iconv-lite';
import { mixedEncodingError, mixedEncodingLine } from './mixed-encoding.js';

export interface DecodedText {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, or another iconv-lite name. */
  encoding: string;
}

/**
 * Decodes a text file whose encoding nobody told us. Order matters: byte-order marks are certain,
 * NUL patterns reveal BOM-less UTF-16, valid UTF-8 is almost never an accident, and only then do
 * we guess with chardet (Latin-1 is read as Windows-1252, its superset in practice). A file that
 * mixes UTF-8 with another encoding is refused (bad-input naming the line), never guessed.
 */
export function decodeText(bytes: Uint8Array, forced?: string, fileName?: string): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forced) {
    const name = forced.toLowerCase() === 'utf-8-bom' ? 'utf-8' : forced;
    if (!iconv.encodingExists(name)) throw new Error(`Unknown text encoding "${forced}"`);
    return { text: stripBom(iconv.decode(buffer, name)), encoding: forced.toLowerCase() };
  }
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe)
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff)
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(buffer);
  if (utf16) return { text: iconv.decode(buffer, utf16), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    const mixed = mixedEncodingLine(buffer);
    if (mixed) throw mixedEncodingError(mixed, fileName);
    const guess = (chardet.detect(buffer) ?? 'windows-1252').toLowerCase();
    const encoding = /^(iso-8859-1|windows-1252|utf-8|ascii)$/.test(guess) || !iconv.encodingExists(guess) ? 'windows-1252' : guess;
    return { text: iconv.decode(buffer, encoding), encoding };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Mostly-ASCII UTF-16 has a NUL in every other byte. */
function utf16WithoutBom(buffer: Buffer): 'utf-16le' | 'utf-16be' | null {
  const sample = buffer.subarray(0, Math.min(buffer.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}
