import type { ConceptRecord, ConceptType, ReuseLevel } from '../../../shared/domain/vocabulary.js';
import { analyzerFor, type Analyzer } from './analyzer.js';
import { compoundsLanguage, decompound } from './decompound.js';

/** Bumped whenever the layout or the analysis changes: older saved indexes are rebuilt. */
export const INDEX_FORMAT = 6;

export const CONCEPT_TYPES: readonly ConceptType[] = [
  'skill',
  'knowledge',
  'skill-group',
  'occupation',
  'isco-group',
  'isced-field',
  'concept',
];
export const REUSE_LEVELS: readonly (ReuseLevel | '')[] = ['', 'transversal', 'cross-sector', 'sector-specific', 'occupation-specific'];
export const LABEL_KINDS = ['pref', 'alt', 'hidden'] as const;

/**
 * The suggestion index of one vocabulary version in one language, as saved: analysed labels and
 * descriptions as term-id sequences. Postings are derived on load (a few ms) rather than stored.
 */
export interface SuggestIndexData {
  format: number;
  vocabularyId: string;
  language: string;
  /** Identifies the vocabulary import the index was built from (its importedAt). */
  sourceStamp: string;
  builtAt: string;
  terms: string[];
  // Concepts
  uris: string[];
  prefLabels: string[];
  descriptions: string[];
  types: Uint8Array;
  reuse: Uint8Array;
  collections: string[];
  /** Bit i set: the concept is in collections[i]. */
  collectionMask: Uint32Array;
  schemes: string[];
  schemeOffsets: Int32Array;
  schemeIds: Int32Array;
  broaderOffsets: Int32Array;
  broaderIds: Int32Array;
  // Labels (pref, alt, hidden), each a document
  labelConcept: Int32Array;
  labelKind: Uint8Array;
  labelText: string[];
  labelTermOffsets: Int32Array;
  labelTermIds: Int32Array;
  /** Per label term: 1 for a part of a compound word ("make" of "make-up"), 0 for a word. */
  labelTermParts: Uint8Array;
  // Descriptions, one document per concept
  descTermOffsets: Int32Array;
  descTermIds: Int32Array;
  /** Skill profile of each concept (ESCO: an occupation's essential and optional skills), as concept ids. */
  profileOffsets: Int32Array;
  profileIds: Int32Array;
  /** Per profile entry: 1 essential, 0 optional. */
  profileEssential: Uint8Array;
}

/** Occupation–skill relations of a vocabulary, [occupation URI, skill URI] pairs (as in the library's details file). */
export interface SkillRelations {
  essential: readonly (readonly [string, string])[];
  optional: readonly (readonly [string, string])[];
}

/** Languages the vocabulary has labels in (for "index every imported language"). */
export function labelLanguages(concepts: readonly ConceptRecord[]): string[] {
  const languages = new Set<string>();
  for (const c of concepts) for (const lang of Object.keys(c.prefLabel)) languages.add(lang);
  return [...languages].sort();
}

const dedupe = (labels: string[]) => [...new Set(labels.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean))];

/** Analyses every label and description of the concepts in `language`. */
export function buildIndexData(
  concepts: readonly ConceptRecord[],
  options: {
    vocabularyId: string;
    language: string;
    sourceStamp: string;
    relations?: SkillRelations;
    onProgress?: (done: number, total: number) => void;
  },
): SuggestIndexData {
  const analyzer = analyzerFor(options.language);
  const lang = options.language;
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      terms.push(term);
      termIds.set(term, id);
    }
    return id;
  };
  const included = concepts.filter((c) => c.prefLabel[lang] || c.altLabels[lang]?.length || c.hiddenLabels[lang]?.length);
  const uriIndex = new Map(included.map((c, i) => [c.uri, i]));
  const collections = [...new Set(included.flatMap((c) => c.collections))].slice(0, 32);
  const schemes = [...new Set(included.flatMap((c) => c.schemes))];
  const schemeIndex = new Map(schemes.map((s, i) => [s, i]));

  const compoundParts = compoundSplitter(included, lang, analyzer);
  const n = included.length;
  const data = {
    types: new Uint8Array(n),
    reuse: new Uint8Array(n),
    collectionMask: new Uint32Array(n),
    schemeOffsets: new Int32Array(n + 1),
    broaderOffsets: new Int32Array(n + 1),
    descTermOffsets: new Int32Array(n + 1),
  };
  const schemeIds: number[] = [];
  const broaderIds: number[] = [];
  const descTermIds: number[] = [];
  const labelConcept: number[] = [];
  const labelKind: number[] = [];
  const labelText: string[] = [];
  const labelTermOffsets: number[] = [0];
  const labelTermIds: number[] = [];
  const labelTermParts: number[] = [];
  const prefLabels: string[] = [];
  const descriptions: string[] = [];

  included.forEach((c, i) => {
    data.types[i] = Math.max(0, CONCEPT_TYPES.indexOf(c.type));
    data.reuse[i] = Math.max(0, REUSE_LEVELS.indexOf(c.reuseLevel ?? ''));
    let mask = 0;
    for (const col of c.collections) {
      const bit = collections.indexOf(col);
      if (bit >= 0) mask |= 1 << bit;
    }
    data.collectionMask[i] = mask >>> 0;
    for (const s of c.schemes) schemeIds.push(schemeIndex.get(s)!);
    data.schemeOffsets[i + 1] = schemeIds.length;
    for (const b of c.broader) {
      const id = uriIndex.get(b);
      if (id !== undefined) broaderIds.push(id);
    }
    data.broaderOffsets[i + 1] = broaderIds.length;

    const pref = c.prefLabel[lang]?.trim() ?? '';
    const alts = dedupe(c.altLabels[lang] ?? []).filter((l) => l !== pref);
    const hidden = dedupe(c.hiddenLabels[lang] ?? []).filter((l) => l !== pref && !alts.includes(l));
    prefLabels.push(pref || alts[0] || hidden[0] || c.uri);
    const add = (text: string, kind: number) => {
      const before = labelTermIds.length;
      analyzer.eachToken(text, (term, start, end, part) => {
        labelTermIds.push(idOf(term));
        labelTermParts.push(part ? 1 : 0);
        if (part || !compoundParts) return;
        // "Gartenbauarbeiter" is also found by "Garten", "Bau" and "Arbeiter".
        for (const piece of compoundParts(text.slice(start, end))) {
          labelTermIds.push(idOf(piece));
          labelTermParts.push(1);
        }
      });
      // A label without a word (punctuation only) is no document.
      if (labelTermIds.length === before) return;
      labelConcept.push(i);
      labelKind.push(kind);
      labelText.push(text);
      labelTermOffsets.push(labelTermIds.length);
    };
    const seen = new Set<string>();
    const addOnce = (text: string, kind: number) => {
      for (const one of labelAlternatives(text)) {
        if (seen.has(one)) continue;
        seen.add(one);
        add(one, kind);
      }
    };
    if (pref) addOnce(pref, 0);
    for (const alt of alts) addOnce(alt, 1);
    for (const h of hidden) addOnce(h, 2);

    const description = c.description[lang]?.trim() ?? '';
    descriptions.push(description);
    analyzer.eachToken(description, (term) => descTermIds.push(idOf(term)));
    data.descTermOffsets[i + 1] = descTermIds.length;
    if (options.onProgress && i % 500 === 0) options.onProgress(i, n);
  });

  const profile = profileArrays(n, uriIndex, options.relations);
  return {
    format: INDEX_FORMAT,
    vocabularyId: options.vocabularyId,
    language: lang,
    sourceStamp: options.sourceStamp,
    builtAt: new Date().toISOString(),
    terms,
    uris: included.map((c) => c.uri),
    prefLabels,
    descriptions,
    types: data.types,
    reuse: data.reuse,
    collections,
    collectionMask: data.collectionMask,
    schemes,
    schemeOffsets: data.schemeOffsets,
    schemeIds: Int32Array.from(schemeIds),
    broaderOffsets: data.broaderOffsets,
    broaderIds: Int32Array.from(broaderIds),
    labelConcept: Int32Array.from(labelConcept),
    labelKind: Uint8Array.from(labelKind),
    labelText,
    labelTermOffsets: Int32Array.from(labelTermOffsets),
    labelTermIds: Int32Array.from(labelTermIds),
    labelTermParts: Uint8Array.from(labelTermParts),
    descTermOffsets: data.descTermOffsets,
    descTermIds: Int32Array.from(descTermIds),
    ...profile,
  };
}

/**
 * A label naming one title in two grammatical genders ("acteur/actrice", "Gärtner/Gärtnerin",
 * "chef d'équipe électricien/cheffe d'équipe électricienne") is two labels: each matches a text
 * written in one gender as fully as a label with one form. Other slashes ("développement/expansion
 * immobilière", "TCP/IP", "input/output") stay: their sides differ in start or length.
 */
export function labelAlternatives(label: string): string[] {
  const sides = label.split('/');
  if (sides.length !== 2) return [label];
  const [a, b] = sides.map((side) => side.trim()) as [string, string];
  const words = (side: string) => side.toLowerCase().split(/\s+/);
  // Two forms of one title share their start ("act·eur", "act·rice"); "input/output" does not.
  const sameStart = a.length >= 3 && b.length >= 3 && a.slice(0, 3).toLowerCase() === b.slice(0, 3).toLowerCase();
  return sameStart && words(a).length === words(b).length ? [a, b] : [label];
}

/**
 * For languages that write compounds as one word: the index terms of a label word's parts, split
 * against the words of the vocabulary's own labels in that language (stop words never count).
 */
function compoundSplitter(concepts: readonly ConceptRecord[], lang: string, analyzer: Analyzer): ((word: string) => string[]) | null {
  if (!compoundsLanguage(lang)) return null;
  const words = new Set<string>();
  for (const c of concepts) {
    for (const label of [c.prefLabel[lang] ?? '', ...(c.altLabels[lang] ?? []), ...(c.hiddenLabels[lang] ?? [])]) {
      for (const word of label.toLowerCase().match(/\p{L}{3,}/gu) ?? []) words.add(word);
    }
  }
  for (const word of words) if (analyzer.stopwords.has(analyzer.termOf(word))) words.delete(word);
  const memo = new Map<string, string[]>();
  return (word) => {
    let terms = memo.get(word);
    if (!terms) {
      const whole = analyzer.termOf(word);
      const parts = decompound(word, lang, (part) => words.has(part)) ?? [];
      terms = [...new Set(parts.map((p) => analyzer.termOf(p)))].filter((t) => t !== whole);
      memo.set(word, terms);
    }
    return terms;
  };
}

/** Each concept's related skills (essential first), both ends among the indexed concepts. */
function profileArrays(
  n: number,
  uriIndex: Map<string, number>,
  relations: SkillRelations | undefined,
): Pick<SuggestIndexData, 'profileOffsets' | 'profileIds' | 'profileEssential'> {
  const lists: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const add = (pairs: SkillRelations['essential'], essential: number) => {
    for (const [from, to] of pairs) {
      const a = uriIndex.get(from);
      const b = uriIndex.get(to);
      if (a !== undefined && b !== undefined && !lists[a]!.has(b)) lists[a]!.set(b, essential);
    }
  };
  add(relations?.essential ?? [], 1);
  add(relations?.optional ?? [], 0);
  const profileOffsets = new Int32Array(n + 1);
  const ids: number[] = [];
  const essential: number[] = [];
  lists.forEach((list, i) => {
    for (const [skill, e] of list) {
      ids.push(skill);
      essential.push(e);
    }
    profileOffsets[i + 1] = ids.length;
  });
  return { profileOffsets, profileIds: Int32Array.from(ids), profileEssential: Uint8Array.from(essential) };
}
