import os from 'node:os';
import path from 'node:path';
import type { ConceptRecord } from '../../shared/domain/vocabulary.js';
import { SuggestEngine } from '../../electron/core/suggest/engine.js';
import { buildIndexData } from '../../electron/core/suggest/index-data.js';
import { labelNgramsOf, warmLabelNgrams } from '../../electron/core/suggest/ngram-fusion.js';
import { SuggestIndex } from '../../electron/core/suggest/suggest-index.js';
import { sharedFile } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';
import { printTable, type BenchSection } from './harness.js';
import { readOnetGold, readSentenceGold } from './suggest/gold.js';
import { MELO_SETS, readMeloSet } from './suggest/melo.js';
import { checkRankings, printSpeed, timeIndexBuild } from './suggest/speed.js';
import { loadEsco } from './suggest.bench.js';
import { printWorkerBatches } from './suggest/worker-batch.js';

/**
 * 1,000 statements none of which repeats, written like learning outcomes: the first sentences of the descriptions of
 * every n-th ESCO skill ("Perform tests to detect poisons or drug misuse…"). Each matches its own skill well; they are
 * here for speed, not for quality.
 */
function distinctStatements(concepts: readonly ConceptRecord[]): { name: string; texts: string[] } {
  const firsts = concepts
    .filter((c) => c.type === 'skill')
    .map((c) => c.description?.en?.split(/(?<=\.)\s/)[0]?.trim() ?? '')
    .filter((t) => t.split(/\s+/).length > 5);
  const step = Math.max(1, Math.floor(firsts.length / 1000));
  return {
    name: 'first sentences of ESCO skill descriptions',
    texts: [...new Set(firsts.filter((_, i) => i % step === 0))].slice(0, 1000),
  };
}

/** Issue 14's speed targets alone (no quality tables): `npm run bench -- suggest-speed`. */
export const suggestSpeedBench: BenchSection = {
  name: 'suggest-speed',
  title: 'suggestion speed on ESCO v1.1.1 en: batch and interactive, decomposition off and on; index build per language',
  async run() {
    const tech = sharedFile('gold/skill-extraction/tech_validation.csv');
    const house = sharedFile('gold/skill-extraction/house_validation.csv');
    const onetFile = sharedFile('gold/crosswalks/esco-onet-crosswalk-dev.csv');
    if (!tech || !house || !onetFile) throw new Error('gold sets not in ../shared/data: skipped');
    const { dir, cleanup } = makeTempDir('crosswalk-bench-suggest-speed-');
    try {
      const { concepts, relations, libraryDir, workersDir } = await loadEsco(dir);
      const builds: (string | number)[][] = [];
      const en = timeIndexBuild(concepts, 'en', relations);
      builds.push(['ESCO v1.1.1 en (all concepts)', concepts.length, en.labels, en.wallMs, en.cpuMs, en.digest]);
      for (const name of MELO_SETS) {
        const file = sharedFile(`gold/melo/${name}/queries.tsv`);
        if (!file) continue;
        const set = readMeloSet(path.dirname(file));
        const t = timeIndexBuild(set.concepts, set.language);
        builds.push([`MELO ${name} (occupations, ${set.language})`, set.concepts.length, t.labels, t.wallMs, t.cpuMs, t.digest]);
      }
      const data = buildIndexData(concepts, { vocabularyId: 'esco-v1.1.1', language: 'en', sourceStamp: 'bench', relations });
      // The label n-grams built once and handed to each fresh index, as a saved copy would be.
      const ngrams = labelNgramsOf(new SuggestIndex(data)).arrays();
      const freshEngine = () => {
        const index = new SuggestIndex(data);
        warmLabelNgrams(index, undefined, { load: () => ngrams, save: () => undefined });
        return new SuggestEngine([index]);
      };
      const sentences = [...readSentenceGold(tech), ...readSentenceGold(house)].map((q) => q.text);
      printSpeed(freshEngine, sentences, distinctStatements(concepts));
      await printWorkerBatches(libraryDir, workersDir, 'esco-v1.1.1', sentences);
      console.log(`\n  index build of one language (target ≤ 2 s); load average ${os.loadavg()[0]!.toFixed(1)}`);
      printTable(['index', 'concepts', 'labels', 'wall ms', 'CPU ms', 'index digest'], builds);
      const sample = sentences;
      const titles = readOnetGold(onetFile).filter((_, i) => i % 4 === 0);
      checkRankings(freshEngine(), sample, titles);
    } finally {
      cleanup();
    }
  },
};
