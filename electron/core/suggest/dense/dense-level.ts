import fs from 'node:fs';
import path from 'node:path';
import type { DenseStatus } from '../../../../shared/contract/suggest.js';
import { toErrorShape } from '../../errors.js';
import type { SuggestIndex } from '../suggest-index.js';
import { SentenceEncoder } from './encoder.js';
import { DenseFusion, type DenseRescorer } from './fusion.js';
import { loadConceptVectors, passageTexts, type ConceptVectors, type VectorCacheKey } from './vector-cache.js';

export interface DenseSettings {
  embeddingModelFolder: string;
  embeddingQueryPrefix: string;
  embeddingPassagePrefix: string;
}

/** What computing one vocabulary's concept vectors needs (in a worker: dense-vectors.ts). */
export interface VectorJobInput {
  folder: string;
  dataDir: string;
  key: VectorCacheKey;
  texts: string[];
}

export interface DenseLevelDeps {
  /** The data folder: models/ holds folders named in Settings, embeddings/ the cached concept vectors. */
  dataDir: string;
  /** Starts the background computation of one index's vectors (a job running the worker); resolves when they are saved. */
  computeVectors(input: VectorJobInput, title: string): Promise<unknown>;
  /** False when served: then only folders inside `<data folder>/models/` are used. */
  pathsAllowed(): boolean;
  /** Told when a model finished loading or failed (the status changed). */
  changed?(): void;
}

/** The model folder a setting names: a plain name lies in `<data folder>/models/`; a model.onnx path means its folder. */
export function resolveModelFolder(dataDir: string, setting: string): string {
  const value = setting.trim();
  if (!value) return '';
  const folder = path.isAbsolute(value) ? value : path.join(dataDir, 'models', value);
  return folder.endsWith('.onnx') && fs.statSync(folder, { throwIfNoEntry: false })?.isFile() ? path.dirname(folder) : folder;
}

/**
 * The optional neural level of one app: loads the model Settings name (once per folder), computes
 * and caches concept vectors in the background, and gives queries a dense re-scorer when a
 * model and the vectors of the searched vocabularies are there. Without them queries stay lexical.
 */
export class DenseLevel {
  private loaded: { folder: string; encoder: Promise<SentenceEncoder>; ready?: SentenceEncoder; error?: string } | undefined;
  private readonly vectors = new Map<string, ConceptVectors>();
  private readonly computing = new Map<string, { vocabularyId: string; language: string; failed?: string }>();

  constructor(private readonly deps: DenseLevelDeps) {}

  /** A re-scorer for `text` over the indexes that have vectors, or undefined (level off, model failing, no vectors yet). */
  async rescorerFor(settings: DenseSettings, text: string, indexes: readonly SuggestIndex[]): Promise<DenseRescorer | undefined> {
    const encoder = await this.encoder(settings);
    if (!encoder) return undefined;
    const byIndex = new Map<SuggestIndex, ConceptVectors>();
    for (const index of indexes) {
      const vectors = this.vectorsOf(index, encoder, settings);
      if (vectors) byIndex.set(index, vectors);
    }
    if (!byIndex.size) return undefined;
    const query = await encoder.encode([`${settings.embeddingQueryPrefix}${text}`]);
    return new DenseFusion(query.vectors, (index) => byIndex.get(index));
  }

  status(settings: DenseSettings): DenseStatus {
    const folder = resolveModelFolder(this.deps.dataDir, settings.embeddingModelFolder);
    const vectors: DenseStatus['vectors'] = [...this.computing.values()].map((c) => ({
      vocabularyId: c.vocabularyId,
      language: c.language,
      state: c.failed ? 'failed' : 'computing',
      ...(c.failed ? { message: c.failed } : {}),
    }));
    for (const key of this.vectors.keys()) {
      const [, , vocabularyId, language] = key.split('\u0000');
      vectors.push({ vocabularyId: vocabularyId!, language: language!, state: 'ready' });
    }
    if (!folder) return { state: 'off', folder: '', message: 'Off: no sentence-embedding model folder is set.', vectors: [] };
    const outside = this.outsideDataFolder(folder);
    if (outside) return { state: 'error', folder, message: outside, vectors };
    const loaded = this.loaded?.folder === folder ? this.loaded : undefined;
    if (loaded?.error) return { state: 'error', folder, message: loaded.error, vectors };
    if (loaded?.ready)
      return { state: 'ready', folder, message: `Loaded ${path.basename(folder)} (model ${loaded.ready.hash.slice(0, 12)}).`, vectors };
    // Asking for the status starts loading a newly set model, so Settings can say whether it works.
    void this.encoder(settings);
    return { state: 'loading', folder, message: `Loading ${path.basename(folder)}…`, vectors };
  }

  /** The encoder for the folder Settings name (loaded on first use, again when the setting changes); undefined when off or failing. */
  private async encoder(settings: DenseSettings): Promise<SentenceEncoder | undefined> {
    const folder = this.usableFolder(settings);
    if (!folder) return undefined;
    if (this.loaded?.folder !== folder) {
      const previous = this.loaded;
      const entry: NonNullable<DenseLevel['loaded']> = { folder, encoder: SentenceEncoder.load(folder) };
      this.loaded = entry;
      this.vectors.clear();
      void previous?.encoder.then((e) => e.release()).catch(() => undefined);
      entry.encoder.then(
        (e) => {
          entry.ready = e;
          this.deps.changed?.();
        },
        (error: unknown) => {
          entry.error = toErrorShape(error).message;
          this.deps.changed?.();
        },
      );
    }
    try {
      return await this.loaded.encoder;
    } catch {
      // The status says why (one line); suggestions stay lexical.
      return undefined;
    }
  }

  /** The model folder Settings name when the level may use it ('' when off or outside the data folder served). */
  usableFolder(settings: DenseSettings): string {
    const folder = resolveModelFolder(this.deps.dataDir, settings.embeddingModelFolder);
    return folder && !this.outsideDataFolder(folder) ? folder : '';
  }

  /** Served, the model must lie in the data folder's models/ (a path set from the desktop app or CLI is not used). */
  private outsideDataFolder(folder: string): string | null {
    if (this.deps.pathsAllowed()) return null;
    const models = path.join(this.deps.dataDir, 'models') + path.sep;
    return folder.startsWith(models) ? null : `Served, the sentence-embedding model must be a folder inside ${models}; ${folder} is not.`;
  }

  private vectorsOf(index: SuggestIndex, encoder: SentenceEncoder, settings: DenseSettings): ConceptVectors | undefined {
    const data = index.data;
    const key: VectorCacheKey = {
      modelHash: encoder.hash,
      passagePrefix: settings.embeddingPassagePrefix,
      vocabularyId: data.vocabularyId,
      language: data.language,
      sourceStamp: data.sourceStamp,
    };
    const id = [key.modelHash, key.passagePrefix, key.vocabularyId, key.language, key.sourceStamp].join('\u0000');
    const inMemory = this.vectors.get(id);
    if (inMemory) return inMemory;
    const cached = loadConceptVectors(this.deps.dataDir, key, data.uris.length);
    if (cached) {
      this.vectors.set(id, cached);
      return cached;
    }
    if (!this.computing.has(id)) {
      const entry: { vocabularyId: string; language: string; failed?: string } = {
        vocabularyId: data.vocabularyId,
        language: data.language,
      };
      this.computing.set(id, entry);
      const input = {
        folder: this.loaded!.folder,
        dataDir: this.deps.dataDir,
        key,
        texts: passageTexts(data, settings.embeddingPassagePrefix),
      };
      this.deps.computeVectors(input, `Embed ${data.vocabularyId} (${data.language}) for suggestions`).then(
        () => {
          this.computing.delete(id);
          const saved = loadConceptVectors(this.deps.dataDir, key, data.uris.length);
          if (saved) this.vectors.set(id, saved);
        },
        (error: unknown) => (entry.failed = toErrorShape(error).message),
      );
    }
    return undefined;
  }
}
