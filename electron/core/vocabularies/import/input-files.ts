import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import { badInput } from '../../errors.js';
import { refuseZipBomb } from '../../files/zip-guard.js';

/** One file to convert: a file given directly, or an entry of a zip given directly. */
export interface InputEntry {
  /** Name for messages: "package.zip/skills_en.csv" or "file.ttl". */
  display: string;
  /** Base name of the entry itself. */
  name: string;
  bytes: Uint8Array;
}

export interface SourceFile {
  /** Where the file is on disk. */
  path: string;
  name: string;
  sha256: string;
  bytes: number;
  url?: string;
  entries: InputEntry[];
}

/** Reads a given file (expanding zips), recording its SHA-256 as the library metadata needs. */
export function readSourceFile(file: { path: string; name: string; url?: string }): SourceFile {
  let data: Buffer;
  try {
    data = fs.readFileSync(file.path);
  } catch (error) {
    throw badInput(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: file.name });
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  const base = { path: file.path, name: file.name, sha256, bytes: data.length, ...(file.url ? { url: file.url } : {}) };
  const isZip = data.length >= 2 && data[0] === 0x50 && data[1] === 0x4b;
  if (!isZip) {
    if (/\.zip$/i.test(file.name)) throw badInput('not a zip archive (wrong or damaged file)', { file: file.name });
    return { ...base, entries: [{ display: file.name, name: file.name, bytes: data }] };
  }
  refuseZipBomb(data, file.name);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data);
  } catch (error) {
    throw badInput(`damaged or truncated zip archive (${(error as Error).message})`, { file: file.name });
  }
  const entries = Object.entries(files)
    .filter(([name]) => !name.endsWith('/') && !name.startsWith('__MACOSX/'))
    .map(([name, bytes]) => ({ display: `${file.name}/${name}`, name: path.posix.basename(name), bytes }));
  if (entries.length === 0) throw badInput('the zip archive is empty', { file: file.name });
  return { ...base, entries };
}

/**
 * Decodes text: UTF-8 (with or without BOM) or UTF-16 with BOM. Anything else is refused with the
 * line of the first byte that is not UTF-8, rather than guessed.
 */
export function decodeText(entry: InputEntry): string {
  const b = entry.bytes;
  if (b[0] === 0xff && b[1] === 0xfe) return iconv.decode(Buffer.from(b.subarray(2)), 'utf16le');
  if (b[0] === 0xfe && b[1] === 0xff) return iconv.decode(Buffer.from(b.subarray(2)), 'utf16be');
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(start));
  } catch {
    const bad = firstInvalidUtf8(b);
    let line = 1;
    for (let i = 0; i < bad; i++) if (b[i] === 0x0a) line++;
    throw badInput('unknown text encoding: the file is not UTF-8 (save it as UTF-8)', { file: entry.display, line });
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = b.length;
  // Binary search for the shortest invalid prefix (a cut in the middle of a character also fails,
  // so step back to the line start: close enough to name the line).
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(b.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
