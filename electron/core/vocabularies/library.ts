import fs from 'node:fs';
import path from 'node:path';
import type { ConceptRecord, VocabularyInfo } from '../../../shared/domain/vocabulary.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { ConceptIndex } from './concept-index.js';
import { LIBRARY_FILES, type VocabularyDetailsFile } from './library-files.js';
import { removeLeftovers, TRASH_PREFIX } from './library-leftovers.js';
import { SparqlStore } from './sparql-store.js';

/**
 * The vocabulary library in the user data dir: one folder per vocabulary version holding
 * meta.json (VocabularyInfo), concepts.json (ConceptRecord[]: the fast cache for browsing,
 * type-ahead and other services), details.json (relations for concept pages) and graph.nt
 * (its named graph, loaded into Oxigraph only when SPARQL is asked for).
 *
 * Other services use `list`, `get`, `concepts` and `concept`; these signatures are stable.
 */
export class VocabularyLibrary {
  private infos: VocabularyInfo[] | undefined;
  private readonly indexes = new Map<string, ConceptIndex>();
  private readonly details = new Map<string, VocabularyDetailsFile>();
  private readonly listeners = new Set<() => void>();
  private store: SparqlStore | undefined;

  constructor(
    readonly dir: string,
    private readonly workersDir: string,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    // Staging / trash folders a crashed import left behind (see library-leftovers.ts).
    removeLeftovers(dir);
  }

  /** Every vocabulary version, newest import first. */
  list(): VocabularyInfo[] {
    return this.infoList().map((info) => ({ ...info }));
  }

  has(id: string): boolean {
    return this.infoList().some((v) => v.id === id);
  }

  get(id: string): VocabularyInfo {
    const info = this.infoList().find((v) => v.id === id);
    if (!info) throw new CrosswalkError(ErrorCodes.notFound, `No vocabulary "${id}" in the library`);
    return { ...info };
  }

  /** All concepts of a vocabulary version (from its cache file; the array is shared, do not mutate). */
  concepts(id: string): ConceptRecord[] {
    return this.index(id).concepts;
  }

  /**
   * One concept by URI: in the given vocabulary version, or in the newest one holding it.
   * Undefined when no loaded vocabulary has it (a missing mapping target).
   */
  concept(uri: string, vocabularyId?: string): ConceptRecord | undefined {
    if (vocabularyId) return this.has(vocabularyId) ? this.index(vocabularyId).get(uri) : undefined;
    for (const info of this.infoList()) {
      const found = this.index(info.id).get(uri);
      if (found) return found;
    }
    return undefined;
  }

  /** Browsing and type-ahead structures of one vocabulary version, built on first use. */
  index(id: string): ConceptIndex {
    let index = this.indexes.get(id);
    if (!index) {
      const info = this.get(id);
      const file = path.join(this.dir, id, LIBRARY_FILES.concepts);
      const concepts = JSON.parse(fs.readFileSync(file, 'utf8')) as ConceptRecord[];
      index = new ConceptIndex(info, concepts);
      this.indexes.set(id, index);
    }
    return index;
  }

  /** Relations and notes for concept pages (loaded on first concept page). */
  detailsOf(id: string): VocabularyDetailsFile {
    let details = this.details.get(id);
    if (!details) {
      this.get(id);
      details = JSON.parse(fs.readFileSync(path.join(this.dir, id, LIBRARY_FILES.details), 'utf8')) as VocabularyDetailsFile;
      this.details.set(id, details);
    }
    return details;
  }

  /**
   * Moves a fully written vocabulary folder into the library, replacing an older import of the
   * same id. Two renames, so the library holds either the old or the new version, never half.
   */
  install(stagedDir: string, id: string): void {
    const target = path.join(this.dir, id);
    const trash = path.join(this.dir, `${TRASH_PREFIX}${id}-${Date.now()}`);
    if (fs.existsSync(target)) fs.renameSync(target, trash);
    try {
      fs.renameSync(stagedDir, target);
    } catch (error) {
      if (fs.existsSync(trash)) fs.renameSync(trash, target);
      throw error;
    }
    fs.rmSync(trash, { recursive: true, force: true });
    this.changed(id);
  }

  remove(id: string): void {
    this.get(id);
    const trash = path.join(this.dir, `${TRASH_PREFIX}${id}-${Date.now()}`);
    fs.renameSync(path.join(this.dir, id), trash);
    fs.rmSync(trash, { recursive: true, force: true });
    this.changed(id);
  }

  /** The SPARQL store (Oxigraph in a long-lived worker), started on first query. */
  sparqlStore(): SparqlStore {
    this.store ??= new SparqlStore(this.workersDir, () => this.graphFiles());
    return this.store;
  }

  /** Called after any change to the library (import, removal). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.store?.dispose();
    this.store = undefined;
  }

  /** The cached metadata (not copied: callers inside the class only read it). */
  private infoList(): VocabularyInfo[] {
    if (!this.infos) {
      const infos: VocabularyInfo[] = [];
      for (const entry of fs.readdirSync(this.dir, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
        const metaFile = path.join(this.dir, entry.name, LIBRARY_FILES.meta);
        if (!fs.existsSync(metaFile)) continue;
        try {
          infos.push(JSON.parse(fs.readFileSync(metaFile, 'utf8')) as VocabularyInfo);
        } catch {
          // A folder without readable metadata is not (yet) a vocabulary; skip it.
        }
      }
      infos.sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.id.localeCompare(b.id));
      this.infos = infos;
    }
    return this.infos;
  }

  private graphFiles(): { file: string; graph: string }[] {
    return this.infoList().map((info) => ({ file: path.join(this.dir, info.id, LIBRARY_FILES.graph), graph: info.graph }));
  }

  private changed(id: string): void {
    this.infos = undefined;
    this.indexes.delete(id);
    this.details.delete(id);
    this.store?.invalidate();
    for (const listener of this.listeners) listener();
  }
}
