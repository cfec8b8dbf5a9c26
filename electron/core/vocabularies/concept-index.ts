import type { ConceptRecord, ConceptSummary, LangMap, VocabularyInfo } from '../../../shared/domain/vocabulary.js';

interface LabelEntry {
  /** Normalised label (lower case, no diacritics, single spaces). */
  key: string;
  concept: number;
  label: string;
  lang: string;
  preferred: boolean;
}

/** Lower case, diacritics removed, runs of spaces collapsed: what type-ahead compares. */
export function normalizeForSearch(text: string): string {
  // Most labels are plain ASCII with single spaces: skip Unicode decomposition for them (reopen speed).
  if (/^[!-~]+(?: [!-~]+)*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The label in `language`, else English, else any. */
export function pickLabel(labels: LangMap<string>, language?: string): string | undefined {
  return (language ? labels[language] : undefined) ?? labels.en ?? Object.values(labels)[0];
}

/**
 * In-memory browsing and type-ahead over one vocabulary version's concept cache. A linear scan
 * over ~130k labels takes a few milliseconds, which is what type-ahead needs; SPARQL label
 * filters would take 0.1–1 s.
 */
export class ConceptIndex {
  private readonly byUri = new Map<string, number>();
  private readonly narrower = new Map<string, string[]>();
  private labels: LabelEntry[] | undefined;

  constructor(
    readonly info: VocabularyInfo,
    readonly concepts: ConceptRecord[],
  ) {
    concepts.forEach((c, i) => this.byUri.set(c.uri, i));
    for (const c of concepts) {
      for (const b of c.broader) {
        const list = this.narrower.get(b);
        if (list) list.push(c.uri);
        else this.narrower.set(b, [c.uri]);
      }
    }
  }

  get(uri: string): ConceptRecord | undefined {
    const i = this.byUri.get(uri);
    return i === undefined ? undefined : this.concepts[i];
  }

  narrowerOf(uri: string, scheme?: string): ConceptRecord[] {
    const list = (this.narrower.get(uri) ?? []).map((u) => this.get(u)).filter((c): c is ConceptRecord => !!c);
    return scheme ? list.filter((c) => c.schemes.includes(scheme)) : list;
  }

  /** Concepts of the scheme without a broader concept in the same scheme. */
  roots(scheme: string): ConceptRecord[] {
    return this.concepts.filter((c) => c.schemes.includes(scheme) && !c.broader.some((b) => this.get(b)?.schemes.includes(scheme)));
  }

  summary(c: ConceptRecord, language?: string, scheme?: string): ConceptSummary {
    return {
      uri: c.uri,
      vocabularyId: c.vocabularyId,
      label: pickLabel(c.prefLabel, language) ?? c.notation ?? c.uri,
      type: c.type,
      ...(c.notation ? { notation: c.notation } : {}),
      ...(c.status ? { status: c.status } : {}),
      childCount: this.narrowerOf(c.uri, scheme).length,
    };
  }

  /** Sorts tree rows by notation when every row has one, else by label. */
  sortSummaries(rows: ConceptSummary[]): ConceptSummary[] {
    const byNotation = rows.length > 0 && rows.every((r) => r.notation);
    return rows.sort((a, b) =>
      byNotation ? a.notation!.localeCompare(b.notation!, undefined, { numeric: true }) : a.label.localeCompare(b.label),
    );
  }

  /** Type-ahead: exact, then prefix, then word-prefix, then substring matches; preferred labels first. */
  search(text: string, options: { scheme?: string; language?: string; limit?: number } = {}): ConceptSummary[] {
    const query = normalizeForSearch(text);
    const limit = options.limit ?? 20;
    if (!query) return [];
    const best = new Map<number, { rank: number; entry: LabelEntry }>();
    for (const entry of this.labelEntries()) {
      const rank = matchRank(entry, query, options.language);
      if (rank === undefined) continue;
      const known = best.get(entry.concept);
      if (!known || rank < known.rank) best.set(entry.concept, { rank, entry });
    }
    const hits = [...best.entries()]
      .filter(([i]) => !options.scheme || this.concepts[i]!.schemes.includes(options.scheme))
      .sort((a, b) => a[1].rank - b[1].rank || a[1].entry.key.length - b[1].entry.key.length)
      .slice(0, limit);
    return hits.map(([i, { entry }]) => {
      const summary = this.summary(this.concepts[i]!, options.language);
      return entry.preferred && entry.label === summary.label ? summary : { ...summary, matched: entry.label };
    });
  }

  private labelEntries(): LabelEntry[] {
    if (!this.labels) {
      const entries: LabelEntry[] = [];
      this.concepts.forEach((c, concept) => {
        const add = (label: string, lang: string, preferred: boolean) =>
          entries.push({ key: normalizeForSearch(label), concept, label, lang, preferred });
        for (const [lang, label] of Object.entries(c.prefLabel)) add(label, lang, true);
        for (const [lang, list] of Object.entries(c.altLabels)) for (const label of list) add(label, lang, false);
        for (const [lang, list] of Object.entries(c.hiddenLabels)) for (const label of list) add(label, lang, false);
        if (c.notation) add(c.notation, '', false);
      });
      this.labels = entries;
    }
    return this.labels;
  }
}

function matchRank(entry: LabelEntry, query: string, language: string | undefined): number | undefined {
  const key = entry.key;
  let rank: number;
  if (key === query) rank = 0;
  else if (key.startsWith(query)) rank = 2;
  else {
    const at = key.indexOf(query);
    if (at < 0) return undefined;
    rank = key[at - 1] === ' ' || key[at - 1] === '-' ? 4 : 6;
  }
  if (!entry.preferred) rank += 1;
  if (language && entry.lang && entry.lang !== language) rank += 0.5;
  return rank;
}
