import os from 'node:os';
import path from 'node:path';
import { SuggestEngine } from '../../electron/core/suggest/engine.js';
import { buildIndexData } from '../../electron/core/suggest/index-data.js';
import { SuggestIndex } from '../../electron/core/suggest/suggest-index.js';
import { sharedFile } from '../support/shared-data.js';
import { percentile, printTable, timeIt, type BenchSection } from './harness.js';
import { CharNgramTfidf } from './suggest/char-ngram-tfidf.js';
import { rankingMetrics, type GoldQuery } from './suggest/gold.js';
import { MELO_SETS, readMeloSet } from './suggest/melo.js';
import { PlainBm25 } from './suggest/plain-bm25.js';

/** Ranks are cut here: MRR counts a first correct concept below it as 0. */
const DEPTH = 100;

type Rank = (text: string) => string[];

/** Per-query wall times and the wall time of a 1,000-title batch. */
function speed(rank: Rank, texts: string[]): { p50: number; p95: number; perTitleMs: number } {
  for (const t of texts.slice(0, 20)) rank(t);
  const times = texts.map((t) => {
    const start = performance.now();
    rank(t);
    return performance.now() - start;
  });
  const start = performance.now();
  for (let i = 0; i < 1000; i++) rank(texts[i % texts.length]!);
  return { p50: percentile(times, 50), p95: percentile(times, 95), perTitleMs: (performance.now() - start) / 1000 };
}

export const meloBench: BenchSection = {
  name: 'melo',
  title:
    'national occupation titles → ESCO in their own language (MELO: de, fr, nl, cs, da): engine vs plain BM25 vs character n-gram TF-IDF',
  async run() {
    const dirs = MELO_SETS.map((name) => sharedFile(`gold/melo/${name}/queries.tsv`)).filter((f): f is string => Boolean(f));
    if (!dirs.length) throw new Error('gold/melo is not in ../shared/data: skipped');
    const rows: (string | number)[][] = [];
    const speedRows: (string | number)[][] = [];
    for (const dir of dirs.map((f) => path.dirname(f))) {
      const set = readMeloSet(dir);
      const build = await timeIt(
        () =>
          new SuggestIndex(
            buildIndexData(set.concepts, { vocabularyId: `melo-${set.language}`, language: set.language, sourceStamp: 'bench' }),
          ),
      );
      const engine = new SuggestEngine([build.value]);
      const bm25 = new PlainBm25(set.concepts, set.language);
      const ngram = new CharNgramTfidf(set.concepts, set.language);
      const methods: [string, Rank][] = [
        ['crosswalk', (text) => engine.search({ text, top: DEPTH }).map((c) => c.uri)],
        ['plain BM25', (text) => bm25.rank(text, DEPTH)],
        ['char n-gram TF-IDF', (text) => ngram.rank(text, DEPTH)],
      ];
      for (const [method, rank] of methods) {
        for (const split of ['tune', 'holdout'] as const) {
          const qs: GoldQuery[] = set.queries.filter((q) => q.split === split);
          const m = rankingMetrics(
            qs,
            qs.map((q) => rank(q.text)),
          );
          rows.push([set.name, split, method, m.queries, m.mrr, m.top1, m.top10]);
        }
      }
      const s = speed(
        (text) => engine.search({ text, top: 10 }).map((c) => c.uri),
        set.queries.map((q) => q.text),
      );
      speedRows.push([set.name, set.concepts.length, build.ms, s.p50, s.p95, s.perTitleMs]);
    }
    console.log(
      '  MRR of the first correct concept (ranks cut at 100), A@1, A@10; tune = the half used while developing, holdout = the half reported',
    );
    printTable(['set', 'split', 'method', 'n', 'MRR', 'A@1', 'A@10'], rows);
    console.log(`\n  crosswalk speed per title (top 10); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
    printTable(['set', 'concepts', 'index build ms', 'p50 ms', 'p95 ms', 'batch of 1,000: ms per title'], speedRows);
  },
};
