import fs from 'node:fs';
import { badInput } from '../errors.js';

/** The kinds of input file, each with a size cap of its own. */
export type InputKind = 'source' | 'mappingTable' | 'vocabulary' | 'escoZip';

/** The setting that holds each kind's cap, in MiB: error messages name it. */
export const INPUT_LIMIT_SETTINGS = {
  source: 'maxSourceFileMiB',
  mappingTable: 'maxMappingTableMiB',
  vocabulary: 'maxVocabularyFileMiB',
  escoZip: 'maxEscoZipMiB',
} as const satisfies Record<InputKind, string>;

export type InputLimitSetting = (typeof INPUT_LIMIT_SETTINGS)[InputKind];
export type InputLimitsMiB = Record<InputLimitSetting, number>;

/**
 * Generous: the largest real inputs are ESCO's RDF (about 1 GiB of Turtle for all languages) and its
 * CSV zips (under 200 MiB); a source table of a whole university is a few MiB. Files are read whole,
 * so the caps keep one mistaken choice (a disk image, a database dump) from taking the memory.
 */
export const DEFAULT_INPUT_LIMITS_MIB: InputLimitsMiB = {
  maxSourceFileMiB: 256,
  maxMappingTableMiB: 256,
  maxVocabularyFileMiB: 1536,
  maxEscoZipMiB: 1024,
};

const KIND_NAMES: Record<InputKind, string> = {
  source: 'source files',
  mappingTable: 'mapping tables',
  vocabulary: 'vocabulary files',
  escoZip: 'zip packages',
};

const MiB = 1024 * 1024;

/** The caps from settings, each falling back to its default when unset or not a positive number. */
export function inputLimits(settings: object): InputLimitsMiB {
  const limits = { ...DEFAULT_INPUT_LIMITS_MIB };
  for (const key of Object.keys(limits) as InputLimitSetting[]) {
    const value = (settings as Partial<Record<InputLimitSetting, unknown>>)[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) limits[key] = value;
  }
  return limits;
}

function notRegular(stat: fs.Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Zips start with "PK"; read only once the file is known to be a regular file. */
function looksLikeZip(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return fs.readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x50 && head[1] === 0x4b;
  } finally {
    fs.closeSync(fd);
  }
}

const mib = (bytes: number) => `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;

/**
 * Checks an input file before anything reads it: it must be a regular file (a pipe, a folder or
 * /dev/zero is refused without being opened) and within its kind's cap. 'vocabulary' files that
 * are zips count as 'escoZip'. Returns the size in bytes.
 */
export function checkInputFile(file: { path: string; name: string }, kind: InputKind, limits: InputLimitsMiB): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file.path);
  } catch (error) {
    throw badInput(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: file.name });
  }
  const other = notRegular(stat);
  if (other) throw badInput(`${other}, not a regular file; choose a file to import`, { file: file.name });
  const actual: InputKind = kind === 'vocabulary' && (/\.zip$/i.test(file.name) || looksLikeZip(file.path)) ? 'escoZip' : kind;
  const setting = INPUT_LIMIT_SETTINGS[actual];
  const cap = limits[setting] * MiB;
  if (stat.size > cap) {
    throw badInput(
      `the file is ${mib(stat.size)}, over the ${limits[setting]} MiB cap for ${KIND_NAMES[actual]}; raise the setting ${setting} to import it`,
      { file: file.name, field: 'size' },
    );
  }
  return stat.size;
}
