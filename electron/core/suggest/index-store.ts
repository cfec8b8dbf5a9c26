import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';
import { INDEX_FORMAT, type SuggestIndexData } from './index-data.js';
import { LABEL_NGRAMS_FORMAT, type LabelNgramArrays } from './label-ngrams.js';
import type { LabelNgramsCache } from './ngram-fusion.js';
import { packTyped, unpackTyped } from './typed-file.js';

/** Where the suggestion index of a vocabulary version lives: inside its library folder, so a re-import or removal drops it. */
export function indexDir(libraryDir: string, vocabularyId: string): string {
  return path.join(libraryDir, vocabularyId, 'suggest');
}

export function indexFile(libraryDir: string, vocabularyId: string, language: string): string {
  return path.join(indexDir(libraryDir, vocabularyId), `${language}.v8`);
}

/** What the status display needs, kept beside the index so it is read without loading the index. */
export interface IndexHeader {
  format: number;
  sourceStamp: string;
  builtAt: string;
  concepts: number;
  terms: number;
  bytes: number;
}

function headerFile(libraryDir: string, vocabularyId: string, language: string): string {
  return path.join(indexDir(libraryDir, vocabularyId), `${language}.json`);
}

function writeAtomically(file: string, content: Uint8Array | string): void {
  // Worker threads share the pid: the thread id keeps their temp files apart.
  const temp = `${file}.${process.pid}.${threadId}.${Date.now()}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}

/** Writes atomically (temp file, then rename): a crash never leaves half an index. */
export function saveIndexData(libraryDir: string, data: SuggestIndexData): number {
  const file = indexFile(libraryDir, data.vocabularyId, data.language);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const bytes = v8.serialize(data);
  writeAtomically(file, bytes);
  const header: IndexHeader = {
    format: data.format,
    sourceStamp: data.sourceStamp,
    builtAt: data.builtAt,
    concepts: data.uris.length,
    terms: data.terms.length,
    bytes: bytes.length,
  };
  writeAtomically(headerFile(libraryDir, data.vocabularyId, data.language), JSON.stringify(header));
  return bytes.length;
}

/**
 * The saved index, or null when there is none, it is unreadable, of an older format, or built
 * from another import of the vocabulary (`sourceStamp`).
 */
export function loadIndexData(libraryDir: string, vocabularyId: string, language: string, sourceStamp?: string): SuggestIndexData | null {
  const file = indexFile(libraryDir, vocabularyId, language);
  if (!fs.existsSync(file)) return null;
  try {
    const data = v8.deserialize(fs.readFileSync(file)) as SuggestIndexData;
    if (data.format !== INDEX_FORMAT) return null;
    if (sourceStamp !== undefined && data.sourceStamp !== sourceStamp) return null;
    return data;
  } catch {
    return null;
  }
}

/** The header of a saved index of the current format, or null. */
export function readIndexHeader(libraryDir: string, vocabularyId: string, language: string): IndexHeader | null {
  try {
    const header = JSON.parse(fs.readFileSync(headerFile(libraryDir, vocabularyId, language), 'utf8')) as IndexHeader;
    return header.format === INDEX_FORMAT && fs.existsSync(indexFile(libraryDir, vocabularyId, language)) ? header : null;
  } catch {
    return null;
  }
}

/** The label n-gram index saved with: this program's format and the index it was built from (a rebuilt index drops it). */
interface SavedLabelNgrams {
  format: number;
  index: string;
  arrays: LabelNgramArrays;
}

const indexStamp = (data: SuggestIndexData) => `${INDEX_FORMAT} ${data.sourceStamp} ${data.builtAt}`;

/**
 * Where a loaded index keeps its label n-gram index (ngram-fusion.ts): built on first need (about 2 s of CPU for
 * ESCO en), then saved beside the index, so the next load — each Suggest-all worker, the next start — reads it in a
 * fraction of that, its arrays viewing the file's bytes (typed-file.ts). It is a cache: a copy that cannot be read or
 * written is built again.
 */
export function labelNgramsCache(libraryDir: string, data: SuggestIndexData): LabelNgramsCache {
  const dir = indexDir(libraryDir, data.vocabularyId);
  const file = path.join(dir, `${data.language}.ngrams`);
  return {
    load() {
      try {
        const saved = unpackTyped(fs.readFileSync(file)) as SavedLabelNgrams;
        return saved.format === LABEL_NGRAMS_FORMAT && saved.index === indexStamp(data) ? saved.arrays : null;
      } catch {
        return null;
      }
    },
    save(arrays) {
      try {
        const saved: SavedLabelNgrams = { format: LABEL_NGRAMS_FORMAT, index: indexStamp(data), arrays };
        writeAtomically(file, packTyped(saved));
        // The copy an earlier version saved (v8-serialized, which a load copied out of again).
        fs.rmSync(path.join(dir, `${data.language}.ngrams.v8`), { force: true });
      } catch {
        // A read-only or full disk: the next load builds it again.
      }
    },
  };
}
