import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConceptRecord } from '../../shared/domain/vocabulary.js';
import { createAppContext } from '../../electron/core/context.js';
import { SuggestEngine } from '../../electron/core/suggest/engine.js';
import { buildIndexData, type SkillRelations } from '../../electron/core/suggest/index-data.js';
import { loadIndexData, saveIndexData } from '../../electron/core/suggest/index-store.js';
import { SuggestIndex } from '../../electron/core/suggest/suggest-index.js';
import { importIntoLibrary } from '../../electron/core/vocabularies/import-service.js';
import { ESCO_V111_EN, ESCO_V111_RELATIONS, sharedFile } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';
import { percentile, printTable, timeIt, type BenchSection } from './harness.js';
import { printDecompositionBench } from './suggest/decompose-quality.js';
import { FuseBaseline } from './suggest/fuse-baseline.js';
import { readOnetGold, readSentenceGold, rankingMetrics, type GoldQuery } from './suggest/gold.js';
import { PlainBm25 } from './suggest/plain-bm25.js';

const SKILLS = { types: ['skill' as const, 'knowledge' as const] };
const OCCUPATIONS = { types: ['occupation' as const] };
/** Fuse.js takes seconds per sentence over all skills: it runs on this many queries per set (split "all" only). */
const FUSE_SAMPLE = 8;

interface Ranker {
  name: string;
  skills(text: string): string[];
  occupations(title: string, description?: string): string[];
}

export async function loadEsco(
  dir: string,
): Promise<{ concepts: ConceptRecord[]; relations: SkillRelations; libraryDir: string; workersDir: string }> {
  const en = sharedFile(ESCO_V111_EN);
  const relations = sharedFile(ESCO_V111_RELATIONS);
  if (!en || !relations) throw new Error('ESCO v1.1.1 is not in ../shared/data: skipped');
  const workersDir = fileURLToPath(new URL('../workers', import.meta.url));
  const ctx = createAppContext({ host: 'cli', version: 'bench', userDataDir: dir, workersDir });
  const job = ctx.jobs.start('vocabulary-import', 'Import', (control) =>
    importIntoLibrary(
      ctx,
      [en, relations].map((p) => ({ path: p, name: path.basename(p) })),
      control,
    ),
  );
  const done = await ctx.jobs.wait(job.id);
  if (done.state !== 'succeeded') throw new Error(`ESCO import failed: ${done.error?.message}`);
  const concepts = ctx.library.concepts('esco-v1.1.1');
  const { essential, optional } = ctx.library.detailsOf('esco-v1.1.1');
  const libraryDir = ctx.paths.libraryDir;
  ctx.dispose();
  return { concepts, relations: { essential, optional }, libraryDir, workersDir };
}

function qualityRows(ranker: Ranker, sets: Record<string, GoldQuery[]>, onet: GoldQuery[], sample?: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const pick = (qs: GoldQuery[]) => (sample ? qs.filter((_, i) => i % Math.ceil(qs.length / sample) === 0) : qs);
  const splits = sample ? (['all'] as const) : (['tune', 'holdout', 'all'] as const);
  for (const [name, queries] of Object.entries(sets)) {
    for (const split of splits) {
      const qs = pick(queries.filter((q) => split === 'all' || q.split === split));
      const m = rankingMetrics(
        qs,
        qs.map((q) => ranker.skills(q.text)),
      );
      rows.push([ranker.name, name, split, m.queries, m.rp5, m.r10, m.mrr, '', '']);
    }
  }
  for (const split of splits) {
    const qs = pick(onet.filter((q) => split === 'all' || q.split === split));
    const m = rankingMetrics(
      qs,
      qs.map((q) => ranker.occupations(q.text, q.description)),
    );
    rows.push([ranker.name, 'O*NET occupations', split, m.queries, m.rp5, m.r10, m.mrr, m.top1, m.top10]);
  }
  return rows;
}

/** Wall times per query and for a batch of 1,000, plus the batch's CPU time (robust to a busy machine). */
function latency(
  fn: (text: string) => unknown,
  texts: string[],
): { p50: number; p95: number; cpuP95: number; batchMs: number; batchCpuMs: number } {
  for (const t of texts.slice(0, 20)) fn(t); // warm-up (JIT, typo map)
  const cpuTimes: number[] = [];
  const times = texts.map((t) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn(t);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    return ms;
  });
  const batch = Array.from({ length: 1000 }, (_, i) => texts[i % texts.length]!);
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const t of batch) fn(t);
  const used = process.cpuUsage(cpu);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpuP95: percentile(cpuTimes, 95),
    batchMs: performance.now() - start,
    batchCpuMs: (used.user + used.system) / 1000,
  };
}

export const suggestBench: BenchSection = {
  name: 'suggest',
  title: 'suggestions on ESCO v1.1.1 en: quality (gold dev sets, tune/holdout halves) and speed',
  async run() {
    const tech = sharedFile('gold/skill-extraction/tech_validation.csv');
    const house = sharedFile('gold/skill-extraction/house_validation.csv');
    const onetFile = sharedFile('gold/crosswalks/esco-onet-crosswalk-dev.csv');
    if (!tech || !house || !onetFile) throw new Error('gold sets not in ../shared/data: skipped');
    const { dir, cleanup } = makeTempDir('crosswalk-bench-suggest-');
    try {
      const { concepts, relations } = await loadEsco(dir);
      const libraryDir = path.join(dir, 'library');
      const build = await timeIt(() =>
        buildIndexData(concepts, { vocabularyId: 'esco-v1.1.1', language: 'en', sourceStamp: 'bench', relations }),
      );
      const bytes = saveIndexData(libraryDir, build.value);
      const reload = await timeIt(() => new SuggestIndex(loadIndexData(libraryDir, 'esco-v1.1.1', 'en')!));
      const engine = new SuggestEngine([reload.value]);

      const sets = { tech: readSentenceGold(tech), house: readSentenceGold(house) };
      const onet = readOnetGold(onetFile);
      const skills = concepts.filter((c) => c.type === 'skill' || c.type === 'knowledge');
      const occupations = concepts.filter((c) => c.type === 'occupation');
      const crosswalk: Ranker = {
        name: 'crosswalk',
        skills: (text) => engine.search({ text, top: 10, filters: SKILLS }).map((c) => c.uri),
        occupations: (text, description) => engine.search({ text, description, top: 10, filters: OCCUPATIONS }).map((c) => c.uri),
      };
      const titleOnly: Ranker = {
        name: 'crosswalk (titles only)',
        skills: () => [],
        occupations: (text) => engine.search({ text, top: 10, filters: OCCUPATIONS }).map((c) => c.uri),
      };
      const bm25Skills = new PlainBm25(skills);
      const bm25Occupations = new PlainBm25(occupations);
      const bm25: Ranker = {
        name: 'plain BM25',
        skills: (text) => bm25Skills.rank(text, 10),
        occupations: (title) => bm25Occupations.rank(title, 10),
      };
      const fuseSkills = new FuseBaseline(skills);
      const fuseOccupations = new FuseBaseline(occupations);
      const fuseTimes: number[] = [];
      const timed = (fn: () => string[]) => {
        const start = performance.now();
        const out = fn();
        fuseTimes.push(performance.now() - start);
        return out;
      };
      const fuse: Ranker = {
        name: 'Fuse.js (sample)',
        skills: (t) => timed(() => fuseSkills.rank(t, 10)),
        occupations: (t) => fuseOccupations.rank(t, 10),
      };

      printDecompositionBench(engine, sets);
      console.log(
        '  quality: RP@5, R@10, MRR per sentence set; top-1/top-10 exactMatch hit rate on O*NET (crosswalk: title + description; others: title)',
      );
      console.log('  tune = the half whose misses guided the method and its weights; holdout = the other half, for checking; all = both');
      printTable(
        ['method', 'set', 'split', 'n', 'RP@5', 'R@10', 'MRR', 'top-1', 'top-10'],
        [
          ...qualityRows(crosswalk, sets, onet),
          ...qualityRows(titleOnly, {}, onet),
          ...qualityRows(bm25, sets, onet),
          ...qualityRows(fuse, sets, onet, FUSE_SAMPLE),
        ],
      );

      const sentences = [...sets.tech, ...sets.house].map((q) => q.text);
      const ours = latency((t) => engine.search({ text: t, top: 10, filters: SKILLS }), sentences);
      const plain = latency((t) => bm25Skills.rank(t, 10), sentences);
      console.log(
        `\n  speed: one sentence over all ESCO skills (ms); 1,000 sentences in one batch (s); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
      );
      printTable(
        ['method', 'p50 ms', 'p95 ms', 'p95 CPU ms', '1,000 sentences s', 'of which CPU s'],
        [
          ['crosswalk', ours.p50, ours.p95, ours.cpuP95, ours.batchMs / 1000, ours.batchCpuMs / 1000],
          ['plain BM25', plain.p50, plain.p95, plain.cpuP95, plain.batchMs / 1000, plain.batchCpuMs / 1000],
          [
            `Fuse.js (${fuseTimes.length} sentences)`,
            percentile(fuseTimes, 50),
            percentile(fuseTimes, 95),
            '',
            `~${percentile(fuseTimes, 50).toFixed(0)} (estimated)`,
            '',
          ],
        ],
      );
      console.log('\n  index');
      printTable(
        ['operation', 'value'],
        [
          ['build (ESCO en, all concepts), ms', build.ms],
          ['saved size, MiB', bytes / 1024 / 1024],
          ['reload from disk, ms', reload.ms],
          ['concepts / labels / terms', `${build.value.uris.length} / ${build.value.labelText.length} / ${build.value.terms.length}`],
        ],
      );
      fs.rmSync(libraryDir, { recursive: true, force: true });
    } finally {
      cleanup();
    }
  },
};
