import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import snowball from 'snowball-stemmers';
import { fold } from './fold.js';

/**
 * stopwords-iso is a bare JSON package: Node's ESM loader cannot import it without an import
 * attribute (which the node20 bundles drop), so it is required from the running script's place
 * (the CJS bundle's own file, else the entry script: both sit above the app's node_modules).
 */
function loadStopwords(): Record<string, string[]> {
  const entry = process.argv[1] && fs.existsSync(process.argv[1]) ? fs.realpathSync(process.argv[1]) : path.join(process.cwd(), 'index.js');
  const base = typeof __filename === 'string' ? __filename : entry;
  return createRequire(base)('stopwords-iso') as Record<string, string[]>;
}

const stopwordsIso = loadStopwords();

/** One word of a text: its stem (the index term) and where it sits in the original text. */
export interface Token {
  term: string;
  start: number;
  end: number;
  /** A part of a compound word ("make" of "make-up"): it adds a way to find the word, not a word. */
  part?: true;
}

/** A word's index term and the terms of its parts, each with its offset and length in the word. */
interface AnalysedWord {
  term: string;
  parts: [term: string, offset: number, length: number][];
}

/** Snowball algorithm names by ISO 639-1 code. */
const SNOWBALL: Record<string, string> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  hu: 'hungarian',
  it: 'italian',
  ga: 'irish',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  es: 'spanish',
  sl: 'slovene',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
};

const WORD = /[\p{L}\p{N}]+(?:[+#]+|(?:[.'’-][\p{L}\p{N}]+)*)/gu;

/**
 * Per-language text analysis shared by indexing and querying: words (keeping "c++", "c#", ".net"
 * and "node.js" whole, hyphenated words joined and also split), Snowball stems, diacritics folded
 * after stemming. Stop words are not
 * dropped here: the engine weighs them (the ISO lists are broad and name words like "work" or
 * "computer" that carry meaning in skill labels).
 */
export class Analyzer {
  readonly language: string;
  readonly stopwords: ReadonlySet<string>;
  private readonly stemmer: { stem(word: string): string } | null;
  private readonly cache = new Map<string, string>();
  private readonly words = new Map<string, AnalysedWord>();

  constructor(language: string) {
    this.language = language.toLowerCase().split('-')[0]!;
    const algorithm = SNOWBALL[this.language];
    this.stemmer = algorithm ? snowball.newStemmer(algorithm) : null;
    const words = stopwordsIso[this.language] ?? [];
    this.stopwords = new Set(words.map((w) => this.termOf(w)));
  }

  /** The index term of one word. */
  termOf(word: string): string {
    const lower = word.toLowerCase();
    let term = this.cache.get(lower);
    if (term === undefined) {
      // Symbols ("c++", "c#") and short words are kept as written: stemming would merge them.
      const stemmed = this.stemmer && lower.length > 3 && /^[\p{L}]+$/u.test(lower) ? this.stemmer.stem(lower) : lower;
      term = fold(stemmed).replace(/[’']s$/, '');
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(lower, term);
    }
    return term;
  }

  tokens(text: string): Token[] {
    const out: Token[] = [];
    this.eachToken(text, (term, start, end, part) => out.push(part ? { term, start, end, part } : { term, start, end }));
    return out;
  }

  /** The tokens of `text` in order, without allocating them (indexing a vocabulary visits millions). */
  eachToken(text: string, visit: (term: string, start: number, end: number, part: boolean) => void): void {
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const start = match.index;
      const analysed = this.wordOf(word);
      if (analysed.term) visit(analysed.term, start, start + word.length, false);
      for (const [term, offset, length] of analysed.parts) visit(term, start + offset, start + offset + length, true);
    }
  }

  /** One word as written, analysed once: texts repeat their words, and labels and descriptions are re-read for highlights. */
  private wordOf(word: string): AnalysedWord {
    let analysed = this.words.get(word);
    if (analysed) return analysed;
    // "make-up" and "makeup", "e-learning" and "elearning" are one word written two ways.
    const term = this.termOf(word.includes('-') ? word.replace(/-/g, '') : word);
    const parts: AnalysedWord['parts'] = [];
    // "node.js" / "e-learning" are also findable by their parts.
    if (/[.'’-]/.test(word)) {
      let offset = 0;
      for (const part of word.split(/[.'’-]/)) {
        const partTerm = part ? this.termOf(part) : '';
        if (partTerm && partTerm !== term && part.length > 1) parts.push([partTerm, offset, part.length]);
        offset += part.length + 1;
      }
    }
    analysed = { term, parts };
    if (this.words.size > 200_000) this.words.clear();
    this.words.set(word, analysed);
    return analysed;
  }

  terms(text: string): string[] {
    const out: string[] = [];
    this.eachToken(text, (term) => out.push(term));
    return out;
  }
}

const analyzers = new Map<string, Analyzer>();

export function analyzerFor(language: string): Analyzer {
  let analyzer = analyzers.get(language);
  if (!analyzer) {
    analyzer = new Analyzer(language);
    analyzers.set(language, analyzer);
  }
  return analyzer;
}
