import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { INDEX_FORMAT, type SuggestIndexData } from './index-data.js';

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
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
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
