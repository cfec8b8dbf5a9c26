import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../files/atomic-write.js';
import type { SuggestIndexData } from '../index-data.js';

/** Bumped when the passage text or the layout changes: older caches are recomputed. */
const CACHE_FORMAT = 1;
/** A description adds context to short labels; more than this many characters mostly adds time. */
const DESCRIPTION_CHARS = 200;

/** The vectors of one vocabulary version in one language, row i for concept i of its index. */
export interface ConceptVectors {
  dim: number;
  vectors: Float32Array;
}

export interface VectorCacheKey {
  /** SHA-256 of the model and tokenizer (SentenceEncoder.hash). */
  modelHash: string;
  passagePrefix: string;
  vocabularyId: string;
  language: string;
  /** The vocabulary import the index was built from: a re-import recomputes. */
  sourceStamp: string;
}

/** `<data folder>/embeddings/<model and prefix>/<vocabulary>/<language>.{json,f32}`. */
export function vectorCacheFiles(dataDir: string, key: VectorCacheKey): { header: string; vectors: string } {
  const model = createHash('sha256').update(`${key.modelHash}\u0000${key.passagePrefix}\u0000${CACHE_FORMAT}`).digest('hex').slice(0, 24);
  const base = path.join(dataDir, 'embeddings', model, encodeURIComponent(key.vocabularyId), encodeURIComponent(key.language));
  return { header: `${base}.json`, vectors: `${base}.f32` };
}

/** The text embedded for each concept: the prefix, its preferred label, then the start of its description. */
export function passageTexts(data: Pick<SuggestIndexData, 'prefLabels' | 'descriptions'>, prefix: string): string[] {
  return data.prefLabels.map((label, i) => {
    const description = (data.descriptions[i] ?? '').replace(/\s+/g, ' ').trim().slice(0, DESCRIPTION_CHARS);
    return `${prefix}${label}${description ? `. ${description}` : ''}`;
  });
}

export function saveConceptVectors(dataDir: string, key: VectorCacheKey, value: ConceptVectors): void {
  const files = vectorCacheFiles(dataDir, key);
  fs.mkdirSync(path.dirname(files.header), { recursive: true });
  writeFileAtomic(files.vectors, new Uint8Array(value.vectors.buffer, value.vectors.byteOffset, value.vectors.byteLength));
  // The header goes last: it is what says the vectors are complete.
  writeFileAtomic(files.header, JSON.stringify({ format: CACHE_FORMAT, ...key, dim: value.dim, rows: value.vectors.length / value.dim }));
}

/** The cached vectors, or null when there are none for exactly this key (or they are damaged). */
export function loadConceptVectors(dataDir: string, key: VectorCacheKey, rows: number): ConceptVectors | null {
  const files = vectorCacheFiles(dataDir, key);
  try {
    const header = JSON.parse(fs.readFileSync(files.header, 'utf8')) as Record<string, unknown>;
    if (
      header.format !== CACHE_FORMAT ||
      header.sourceStamp !== key.sourceStamp ||
      header.modelHash !== key.modelHash ||
      header.rows !== rows
    )
      return null;
    const dim = Number(header.dim);
    const bytes = fs.readFileSync(files.vectors);
    if (bytes.byteLength !== rows * dim * 4) return null;
    const vectors = new Float32Array(rows * dim);
    new Uint8Array(vectors.buffer).set(bytes);
    return { dim, vectors };
  } catch {
    // Missing or unreadable: computed again.
    return null;
  }
}
