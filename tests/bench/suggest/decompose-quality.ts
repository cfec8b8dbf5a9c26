/**
 * Issue 14, outcome decomposition: RP@5 with decomposition off and on (on = suggest for each fragment and for the
 * whole, best score per target), per sentence set and split, and the per-sentence time of a batch with it on.
 */
import { decomposeOutcome } from '../../../electron/core/suggest/decompose/decompose.js';
import { FRAGMENT_WEIGHT, searchDecomposed } from '../../../electron/core/suggest/decompose/decomposed-search.js';
import type { SuggestEngine } from '../../../electron/core/suggest/engine.js';
import { printTable } from '../harness.js';
import { rankingMetrics, type GoldQuery } from './gold.js';

const SKILLS = { types: ['skill' as const, 'knowledge' as const] };
const TOP = 10;

/** Candidates for the whole text plus every fragment that differs from it, merged: the service's searchDecomposed. */
export function decomposedSearch(engine: SuggestEngine, text: string, language = 'en', fragmentWeight?: number): string[] {
  return searchDecomposed((q) => engine.search(q), { text, top: TOP, filters: SKILLS }, { language, fragmentWeight }).map((c) => c.uri);
}

export function printDecompositionBench(engine: SuggestEngine, sets: Record<string, GoldQuery[]>): void {
  const off = (text: string) => engine.search({ text, top: TOP, filters: SKILLS }).map((c) => c.uri);
  const on = (text: string) => decomposedSearch(engine, text);
  // Fragments are shorter than the whole, so their normalised scores run higher: the service discounts them (picked on
  // tune); other weights are compared.
  const onFull = (text: string) => decomposedSearch(engine, text, 'en', 1);
  const on85 = (text: string) => decomposedSearch(engine, text, 'en', 0.85);
  const rows: (string | number)[][] = [];
  for (const [name, queries] of Object.entries(sets)) {
    for (const split of ['tune', 'holdout', 'all'] as const) {
      const qs = queries.filter((q) => split === 'all' || q.split === split);
      const a = rankingMetrics(
        qs,
        qs.map((q) => off(q.text)),
      );
      const b = rankingMetrics(
        qs,
        qs.map((q) => on(q.text)),
      );
      const c = rankingMetrics(
        qs,
        qs.map((q) => onFull(q.text)),
      );
      const d = rankingMetrics(
        qs,
        qs.map((q) => on85(q.text)),
      );
      const split2 = qs.filter((q) => decomposeOutcome(q.text, 'en').fragments.length > 1).length;
      rows.push([name, split, qs.length, split2, a.rp5, b.rp5, b.rp5 - a.rp5, c.rp5, d.rp5, a.mrr, b.mrr]);
    }
  }
  console.log(
    `\n  outcome decomposition (issue 14): off = whole text; on = whole + each fragment (×${FRAGMENT_WEIGHT}), best score per target`,
  );
  printTable(
    ['set', 'split', 'n', 'split into >1', 'RP@5 off', 'RP@5 on', 'Δ RP@5', 'on, fragments ×1', 'on, ×0.85', 'MRR off', 'MRR on'],
    rows,
  );

  const texts = Object.values(sets)
    .flat()
    .map((q) => q.text);
  for (const t of texts.slice(0, 20)) on(t); // warm-up
  const batch = Array.from({ length: 1000 }, (_, i) => texts[i % texts.length]!);
  const time = (fn: (t: string) => unknown) => {
    const start = performance.now();
    for (const t of batch) fn(t);
    return (performance.now() - start) / batch.length;
  };
  const decomposeOnly = time((t) => decomposeOutcome(t, 'en'));
  const offMs = time(off);
  const onMs = time(on);
  printTable(
    ['1,000-sentence batch', 'ms per sentence'],
    [
      ['decomposition off', offMs],
      ['decomposition on', onMs],
      ['of which decomposing', decomposeOnly],
    ],
  );
}
