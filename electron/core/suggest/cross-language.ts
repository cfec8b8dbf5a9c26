import type { SuggestionCandidate, SuggestResult } from '../../../shared/domain/suggestion.js';
import { SuggestEngine, type EngineQuery } from './engine.js';
import { fold } from './fold.js';
import type { SuggestIndex } from './suggest-index.js';
import type { SuggestIndexes } from './suggest-service.js';
import { searchDecomposed, type DecomposeOptions } from './decompose/decomposed-search.js';

/** The language searched when a vocabulary has no labels in the text's: ESCO's own, else its first. */
const PREFERRED_FALLBACK = 'en';
/** Candidates looked at per one kept: most cross-language hits share no label with the text. */
const OVERFETCH = 5;

/** The engine for one text language, or the fallback when no vocabulary has labels in it. */
export interface LanguageSearch {
  engine: SuggestEngine;
  labelsMissing?: NonNullable<SuggestResult['labelsMissing']>;
}

/**
 * The indexes to search texts of `language` with: those with labels in it; when there are none, one
 * other language of each vocabulary, with a note of what is missing.
 */
export function searchFor(indexes: SuggestIndexes, language: string, vocabularyIds?: string[]): LanguageSearch {
  const own = indexes.forLanguage(language, vocabularyIds);
  if (own.length) return { engine: new SuggestEngine(own) };
  const ids = vocabularyIds?.length ? vocabularyIds : indexes.vocabularyIds();
  const available = new Set<string>();
  const fallback: SuggestIndex[] = [];
  for (const id of ids) {
    const languages = indexes.languagesOf(id);
    languages.forEach((l) => available.add(l));
    const other = languages.includes(PREFERRED_FALLBACK) ? PREFERRED_FALLBACK : languages[0];
    const index = other ? indexes.get(id, other) : null;
    if (index) fallback.push(index);
  }
  return { engine: new SuggestEngine(fallback), labelsMissing: { language, available: [...available].sort() } };
}

const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+(?:[+#]+)?/gu) ?? [];

/**
 * Candidates one of whose labels the text contains word for word ("Java", "SQL", "Marketing",
 * "ISO 9001"): a label written the same in both languages is evidence even across languages.
 * Each is marked as found that way, with the language of its label.
 */
export function identicalLabelCandidates(
  candidates: SuggestionCandidate[],
  text: string,
  languageOf: (vocabularyId: string) => string,
): SuggestionCandidate[] {
  const query = ` ${wordsOf(text).join(' ')} `;
  return candidates
    .filter((c) =>
      c.why.labels.some((l) => l.kind !== 'description' && wordsOf(l.text).length > 0 && query.includes(` ${wordsOf(l.text).join(' ')} `)),
    )
    .map((c) => ({ ...c, via: 'identical-label' as const, labelLanguage: languageOf(c.vocabularyId) }));
}

/**
 * Runs a query: directly, or through labels identical across languages when the language has none.
 * With `decompose`, also per fragment of the outcome, candidates carrying their supporting spans (off by default:
 * it did not lift RP@5 on the bench's sentence sets).
 */
export function runSearch(search: LanguageSearch, query: EngineQuery, decompose?: DecomposeOptions): SuggestionCandidate[] {
  if (decompose) return searchDecomposed((q) => runSearch(search, q), query, decompose);
  if (!search.labelsMissing) return search.engine.search(query);
  const found = search.engine.search({ ...query, top: query.top * OVERFETCH, deferExplain: false });
  const languages = new Map(search.engine.indexes.map((i) => [i.data.vocabularyId, i.data.language]));
  return identicalLabelCandidates(found, query.text, (id) => languages.get(id) ?? '').slice(0, query.top);
}
