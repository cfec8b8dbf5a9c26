import fs from 'node:fs';
import path from 'node:path';
import {
  calibrate,
  fitModel,
  reliability,
  type CalibrationModels,
  type LabelledCandidate,
} from '../../electron/core/suggest/calibration.js';
import { SuggestEngine } from '../../electron/core/suggest/engine.js';
import { buildIndexData } from '../../electron/core/suggest/index-data.js';
import { SuggestIndex } from '../../electron/core/suggest/suggest-index.js';
import { sharedFile } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';
import { printTable, type BenchSection } from './harness.js';
import { readOnetGold, readSentenceGold, type GoldQuery } from './suggest/gold.js';
import { loadEsco } from './suggest.bench.js';

/** Where the fitted parameters go: the engine imports this file (data the project writes itself). */
const MODEL_FILE = path.resolve('data/suggest-calibration.json');
const TOP = 10;

interface Candidate extends LabelledCandidate {
  /** Today's displayed score (raw, clipped to 0..1). */
  shown: number;
}

function candidatesOf(engine: SuggestEngine, queries: GoldQuery[], occupations: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const q of queries) {
    const list = engine.search({
      text: q.text,
      ...(occupations && q.description ? { description: q.description } : {}),
      top: TOP,
      filters: { types: occupations ? ['occupation'] : ['skill', 'knowledge'] },
    });
    const raws = list.map((c) => c.rawScore ?? c.score);
    const top = raws[0] ?? 0;
    list.forEach((c, i) => out.push({ raw: raws[i]!, top, rank: i + 1, accepted: q.gold.has(c.uri), shown: Math.min(1, raws[i]!) }));
  }
  return out;
}

function table(label: string, predicted: number[], accepted: boolean[]): number {
  const { bins, ece } = reliability(predicted, accepted);
  console.log(`\n  ${label}: ECE ${ece.toFixed(3)} over ${predicted.length} candidates`);
  printTable(
    ['predicted', 'n', 'mean predicted', 'observed'],
    bins.map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, b.count, b.count ? b.meanPredicted : '', b.count ? b.observed : '']),
  );
  return ece;
}

export const suggestCalibrationBench: BenchSection = {
  name: 'calibration',
  title: 'suggestion scores as acceptance probabilities: fitted on the tune halves, reliability on the holdout halves',
  async run() {
    const tech = sharedFile('gold/skill-extraction/tech_validation.csv');
    const house = sharedFile('gold/skill-extraction/house_validation.csv');
    const onetFile = sharedFile('gold/crosswalks/esco-onet-crosswalk-dev.csv');
    if (!tech || !house || !onetFile) throw new Error('gold sets not in ../shared/data: skipped');
    const { dir, cleanup } = makeTempDir('crosswalk-bench-calibration-');
    try {
      const { concepts, relations } = await loadEsco(dir);
      const engine = new SuggestEngine([
        new SuggestIndex(buildIndexData(concepts, { vocabularyId: 'esco-v1.1.1', language: 'en', sourceStamp: 'bench', relations })),
      ]);
      const sets: Record<string, { queries: GoldQuery[]; occupations: boolean }> = {
        tech: { queries: readSentenceGold(tech), occupations: false },
        house: { queries: readSentenceGold(house), occupations: false },
        'O*NET occupations': { queries: readOnetGold(onetFile), occupations: true },
      };
      const tune = { text: [] as Candidate[], occupation: [] as Candidate[] };
      const holdout: Record<string, Candidate[]> = {};
      for (const [name, set] of Object.entries(sets)) {
        tune[set.occupations ? 'occupation' : 'text'].push(
          ...candidatesOf(
            engine,
            set.queries.filter((q) => q.split === 'tune'),
            set.occupations,
          ),
        );
        holdout[name] = candidatesOf(
          engine,
          set.queries.filter((q) => q.split === 'holdout'),
          set.occupations,
        );
      }
      const day = new Date().toISOString().slice(0, 10);
      const models: CalibrationModels = {
        text: fitModel(tune.text, { fittedOn: `tune halves of tech + house (${tune.text.length} candidates, top ${TOP}), ${day}` }),
        occupation: fitModel(tune.occupation, {
          fittedOn: `tune half of ESCO–O*NET dev (${tune.occupation.length} candidates, top ${TOP}), ${day}`,
        }),
      };
      fs.writeFileSync(MODEL_FILE, `${JSON.stringify(models, null, 2)}\n`);
      for (const kind of ['text', 'occupation'] as const) {
        const model = models[kind];
        console.log(
          `  ${kind}: ${model.fittedOn}; weights [intercept, raw, top, ln rank, first] = [${model.weights.map((w) => w.toFixed(3)).join(', ')}]`,
        );
      }
      console.log(`  written to ${path.relative(process.cwd(), MODEL_FILE)}`);
      const summary: (string | number)[][] = [];
      for (const [name, list] of Object.entries(holdout)) {
        const model = sets[name]!.occupations ? models.occupation : models.text;
        const accepted = list.map((c) => c.accepted);
        const before = table(
          `${name}, holdout, raw score (today)`,
          list.map((c) => c.shown),
          accepted,
        );
        const after = table(
          `${name}, holdout, calibrated`,
          list.map((c) => calibrate(model, c)),
          accepted,
        );
        summary.push([
          name,
          list.length,
          accepted.filter(Boolean).length / (list.length || 1),
          before,
          after,
          after <= 0.05 ? 'yes' : 'no',
        ]);
      }
      console.log('\n  expected calibration error on the holdout halves (target ≤ 0.05)');
      printTable(['set', 'candidates', 'accepted share', 'ECE raw', 'ECE calibrated', '≤ 0.05'], summary);
    } finally {
      cleanup();
    }
  },
};
