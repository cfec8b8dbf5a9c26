import type { LabelKind, MatchedLabel, SuggestionWhy, TextRange } from '../../../shared/domain/suggestion.js';
import type { Token } from './analyzer.js';
import type { SuggestIndex } from './suggest-index.js';

const KINDS: LabelKind[] = ['pref', 'alt', 'hidden'];
const MAX_LABELS = 3;
const EXCERPT = 160;

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Ranges in `text` whose words analyse to one of `terms`. */
export function matchRanges(index: SuggestIndex, text: string, terms: ReadonlySet<string>): TextRange[] {
  return rangesOf(index.analyzer.tokens(text), terms);
}

function rangesOf(tokens: readonly Token[], terms: ReadonlySet<string>): TextRange[] {
  return mergeRanges(tokens.filter((t) => terms.has(t.term)).map((t) => ({ start: t.start, end: t.end })));
}

/**
 * The query side of a search's explanations, analysed once for all the candidates explained (ten or more per search):
 * its text, the index terms it was matched with, those terms as words and its tokens. `termIds` may still grow while the
 * search runs (an item's description adds its terms); the analyses are made at the first explanation, after it.
 */
export class ExplainedQuery {
  private termWords?: Set<string>;
  private textTokens?: readonly Token[];

  constructor(
    private readonly index: SuggestIndex,
    readonly text: string,
    readonly termIds: ReadonlySet<number>,
  ) {}

  terms(): ReadonlySet<string> {
    return (this.termWords ??= new Set([...this.termIds].map((id) => this.index.data.terms[id]!)));
  }

  tokens(): readonly Token[] {
    return (this.textTokens ??= this.index.analyzer.tokens(this.text));
  }
}

/**
 * Why a concept matched `query`: its labels sharing words with the query (best first), the query
 * words involved, highlight ranges on both sides, and how much of the best label the query covers.
 */
export function explainMatch(index: SuggestIndex, concept: number, query: ExplainedQuery, bestLabel: number): SuggestionWhy {
  const data = index.data;
  const queryTermIds = query.termIds;
  const queryTerms = query.terms();
  const labels: { label: number; weight: number; coverage: number }[] = [];
  const conceptTerms = new Set<string>();
  let coverage = 0;
  // Labels of one concept are contiguous in the index.
  let first = bestLabel >= 0 ? bestLabel : lowerBound(data.labelConcept, concept);
  while (first > 0 && data.labelConcept[first - 1] === concept) first--;
  for (let l = first; l < data.labelConcept.length && data.labelConcept[l] === concept; l++) {
    let mass = 0;
    let hits = 0;
    const terms = index.labelTerms(l);
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (!queryTermIds.has(t)) continue;
      conceptTerms.add(data.terms[t]!);
      hits++;
      if (terms.indexOf(t) === i) mass += index.labels.idf[t]! * index.termWeight[t]!;
    }
    if (!hits) continue;
    const labelCoverage = Math.min(1, mass / (index.labelMass[l] || 1));
    labels.push({
      label: l,
      coverage: labelCoverage,
      weight: (l === bestLabel ? 10 : 0) + labelCoverage + (data.labelKind[l] === 0 ? 0.01 : 0),
    });
    if (l === bestLabel) coverage = labelCoverage;
  }
  labels.sort((a, b) => b.weight - a.weight);
  // Only the labels shown are re-read for highlight ranges.
  const out: MatchedLabel[] = labels.slice(0, MAX_LABELS).map(({ label }) => {
    const text = data.labelText[label]!;
    return { kind: KINDS[data.labelKind[label]!]!, text, ranges: rangesOf(index.labelTokens(label), queryTerms) };
  });
  const description = data.descriptions[concept] ?? '';
  const descTokens =
    description && (out.length < MAX_LABELS || coverage < 1) && descriptionShares(index, concept, queryTermIds)
      ? index.descriptionTokens(concept).filter((t) => queryTerms.has(t.term) && !index.analyzer.stopwords.has(t.term))
      : [];
  const descRanges = mergeRanges(descTokens.map((t) => ({ start: t.start, end: t.end })));
  if (descRanges.length && (out.length === 0 || descRanges.length >= 2)) {
    const start = Math.max(0, descRanges[0]!.start - 40);
    const end = Math.min(description.length, start + EXCERPT);
    const prefix = start > 0 ? '…' : '';
    const excerpt = prefix + description.slice(start, end) + (end < description.length ? '…' : '');
    const shift = prefix.length - start;
    out.push({
      kind: 'description',
      text: excerpt,
      ranges: descRanges.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start + shift, end: r.end + shift })),
    });
    for (const t of descTokens) conceptTerms.add(t.term);
  }
  const queryTokens = highlightedTokens(index, query.tokens(), conceptTerms);
  return {
    labels: out,
    terms: [...new Set(queryTokens.map((t) => query.text.slice(t.start, t.end)))],
    queryRanges: mergeRanges(queryTokens.map((t) => ({ start: t.start, end: t.end }))),
    coverage: Math.round(coverage * 100) / 100,
  };
}

/**
 * Whether the concept's description has one of the terms (stop words aside), from the description postings: a
 * description sharing no word with the text is then not analysed just to find that out.
 */
function descriptionShares(index: SuggestIndex, concept: number, termIds: ReadonlySet<number>): boolean {
  const { offsets, docs } = index.descriptions;
  for (const t of termIds) {
    if (index.analyzer.stopwords.has(index.data.terms[t]!)) continue;
    const at = lowerBound(docs, concept, offsets[t]!, offsets[t + 1]!);
    if (at < offsets[t + 1]! && docs[at] === concept) return true;
  }
  return false;
}

/** The first index in sorted[lo, hi) holding `value` or more (hi when none does). */
function lowerBound(sorted: Int32Array, value: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Query words to highlight: content words the concept shares, and its stop words only next to
 * another shared word ("work in teams", not every "in" of the sentence).
 */
function highlightedTokens(index: SuggestIndex, tokens: readonly Token[], conceptTerms: ReadonlySet<string>): Token[] {
  const shared = tokens.map((t) => conceptTerms.has(t.term));
  return tokens.filter((t, i) => shared[i] && (!index.analyzer.stopwords.has(t.term) || shared[i - 1] || shared[i + 1]));
}
