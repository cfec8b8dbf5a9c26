import fs from 'node:fs';
import path from 'node:path';
import type { SuggestIndexStatus } from '../../../shared/domain/suggestion.js';
import type { ConceptRecord, VocabularyInfo } from '../../../shared/domain/vocabulary.js';
import { LIBRARY_FILES } from '../vocabularies/library-files.js';
import { buildIndexData, labelLanguages, type SkillRelations } from './index-data.js';
import { labelNgramsCache, loadIndexData, readIndexHeader, saveIndexData } from './index-store.js';
import { warmLabelSynonyms } from './label-synonyms.js';
import { warmLabelNgrams } from './ngram-fusion.js';
import { SuggestIndex } from './suggest-index.js';

/** What the suggestion service needs of the vocabulary library (VocabularyLibrary provides it). */
export interface ConceptSource {
  list(): VocabularyInfo[];
  concepts(id: string): ConceptRecord[];
  /** Occupation–skill relations (VocabularyLibrary's details); without it indexes have no skill profiles. */
  detailsOf?(id: string): SkillRelations;
}

/** The occupation–skill relations of a vocabulary, or undefined when it has none (or they cannot be read). */
function relationsOf(read: () => SkillRelations): SkillRelations | undefined {
  try {
    const { essential, optional } = read();
    return essential.length || optional.length ? { essential, optional } : undefined;
  } catch {
    // A vocabulary without a readable details file simply has no skill profiles.
    return undefined;
  }
}

/**
 * Suggestion indexes of the library's vocabularies: loaded from the library folder on first use
 * (built and saved when missing or built from an older import), kept in memory afterwards.
 */
export class SuggestIndexes {
  private readonly loaded = new Map<string, SuggestIndex | null>();
  private readonly building = new Set<string>();

  constructor(
    readonly libraryDir: string,
    private readonly source: ConceptSource,
    /** Where the built worker scripts are: the label n-gram index of a loaded index is built there. */
    private readonly workersDir?: string,
  ) {}

  private key(vocabularyId: string, language: string): string {
    return `${vocabularyId}\u0000${language}`;
  }

  private info(vocabularyId: string): VocabularyInfo | undefined {
    return this.source.list().find((v) => v.id === vocabularyId);
  }

  /** True when the index is in memory (no file access needed). */
  isLoaded(vocabularyId: string, language: string): boolean {
    return this.loaded.has(this.key(vocabularyId, language));
  }

  /** Library ids of every vocabulary. */
  vocabularyIds(): string[] {
    return this.source.list().map((v) => v.id);
  }

  /** Languages a vocabulary has labels in (from its metadata). */
  languagesOf(vocabularyId: string): string[] {
    return this.info(vocabularyId)?.languages ?? [];
  }

  /** The index, loading or building it as needed; null when the vocabulary has no labels in that language. */
  get(vocabularyId: string, language: string): SuggestIndex | null {
    const key = this.key(vocabularyId, language);
    if (this.loaded.has(key)) return this.loaded.get(key)!;
    const info = this.info(vocabularyId);
    if (!info) return null;
    let data = loadIndexData(this.libraryDir, vocabularyId, language, info.importedAt);
    if (!data) {
      const concepts = this.source.concepts(vocabularyId);
      if (!labelLanguages(concepts).includes(language)) {
        this.loaded.set(key, null);
        return null;
      }
      const relations = this.source.detailsOf ? relationsOf(() => this.source.detailsOf!(vocabularyId)) : undefined;
      data = buildIndexData(concepts, { vocabularyId, language, sourceStamp: info.importedAt, relations });
      saveIndexData(this.libraryDir, data);
    }
    const index = new SuggestIndex(data);
    this.loaded.set(key, index);
    warmLabelNgrams(index, this.workersDir, labelNgramsCache(this.libraryDir, data));
    void warmLabelSynonyms(index);
    return index;
  }

  /** Indexes to search for a language: every vocabulary (or the given ones) that has labels in it. */
  forLanguage(language: string, vocabularyIds?: string[]): SuggestIndex[] {
    const ids = vocabularyIds?.length ? vocabularyIds : this.source.list().map((v) => v.id);
    const out: SuggestIndex[] = [];
    for (const id of ids) {
      const info = this.info(id);
      if (!info) continue;
      // "en-GB" text is matched against "en" labels when the vocabulary has no "en-GB" ones.
      const lang = info.languages.includes(language) ? language : language.split('-')[0]!;
      if (info.languages.length && !info.languages.includes(lang)) continue;
      const index = this.get(id, lang);
      if (index) out.push(index);
    }
    return out;
  }

  /** Forget loaded indexes (after a library change or a rebuild). */
  invalidate(vocabularyId?: string): void {
    for (const key of [...this.loaded.keys()]) if (!vocabularyId || key.startsWith(`${vocabularyId}\u0000`)) this.loaded.delete(key);
  }

  markBuilding(vocabularyId: string, building: boolean): void {
    if (building) this.building.add(vocabularyId);
    else this.building.delete(vocabularyId);
  }

  status(vocabularyId?: string): SuggestIndexStatus[] {
    const out: SuggestIndexStatus[] = [];
    for (const info of this.source.list()) {
      if (vocabularyId && info.id !== vocabularyId) continue;
      for (const language of info.languages) {
        const header = readIndexHeader(this.libraryDir, info.id, language);
        const state = this.building.has(info.id)
          ? 'building'
          : !header
            ? 'missing'
            : header.sourceStamp !== info.importedAt
              ? 'stale'
              : 'ready';
        out.push({
          vocabularyId: info.id,
          language,
          state,
          concepts: header?.concepts ?? 0,
          terms: header?.terms ?? 0,
          bytes: header?.bytes ?? 0,
          builtAt: header?.builtAt ?? null,
        });
      }
    }
    return out;
  }
}

/** Builds and saves the indexes of one vocabulary (every language it has labels in). Runs in the build worker. */
export function buildVocabularyIndexes(
  libraryDir: string,
  info: VocabularyInfo,
  concepts: ConceptRecord[],
  onProgress?: (done: number, total: number, message: string) => void,
): { language: string; concepts: number; bytes: number }[] {
  const languages = labelLanguages(concepts);
  const detailsFile = path.join(libraryDir, info.id, LIBRARY_FILES.details);
  const relations = relationsOf(() => JSON.parse(fs.readFileSync(detailsFile, 'utf8')) as SkillRelations);
  return languages.map((language, i) => {
    const data = buildIndexData(concepts, {
      vocabularyId: info.id,
      language,
      sourceStamp: info.importedAt,
      relations,
      onProgress: (done, total) => onProgress?.(i * total + done, languages.length * total, `Indexing ${info.id} (${language})`),
    });
    return { language, concepts: data.uris.length, bytes: saveIndexData(libraryDir, data) };
  });
}
