/**
 * Issue 14 speed targets, measured honestly: per-sentence wall and CPU time (process.cpuUsage) in a
 * 1,000-sentence batch, interactive p50/p95 (one call at a time, as the workbench asks), each with
 * outcome decomposition off and on, and the index build of one language; printed beside the load
 * average, since on a shared 2-core machine wall time alone says more about the neighbours.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';
import type { EngineQuery, SuggestEngine } from '../../../electron/core/suggest/engine.js';
import { runSearch } from '../../../electron/core/suggest/cross-language.js';
import { buildIndexData, type SkillRelations, type SuggestIndexData } from '../../../electron/core/suggest/index-data.js';
import { SuggestIndex } from '../../../electron/core/suggest/suggest-index.js';
import { percentile, printTable } from '../harness.js';

const SKILLS = { types: ['skill' as const, 'knowledge' as const] };
const TOP = 10;

export type Search = (text: string) => string[];

/** The search the workbench runs (runSearch), with decomposition off or on. */
export function workbenchSearch(engine: SuggestEngine, decompose: boolean): Search {
  const search = { engine };
  return (text) => {
    const query: EngineQuery = { text, top: TOP, filters: SKILLS };
    return runSearch(search, query, decompose ? { language: 'en' } : undefined).map((c) => c.uri);
  };
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

interface Timing {
  p50: number;
  p95: number;
  cpuP50: number;
  cpuP95: number;
  batchWallMs: number;
  batchCpuMs: number;
}

/** Texts searched before timing starts: JIT, lazily built maps. */
const WARM_UP = 30;

/** One call at a time over `texts` (percentiles), then a batch of 1,000 (per-sentence means). */
export function timeSearch(fn: Search, texts: string[]): Timing {
  for (const t of texts.slice(0, WARM_UP)) fn(t);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const t of texts) {
    const c = process.cpuUsage();
    const start = performance.now();
    fn(t);
    wall.push(performance.now() - start);
    cpu.push(cpuMs(process.cpuUsage(c)));
  }
  const batch = timeBatch(
    fn,
    [],
    Array.from({ length: 1000 }, (_, i) => texts[i % texts.length]!),
  );
  return {
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
    batchWallMs: batch.wallMs,
    batchCpuMs: batch.cpuMs,
  };
}

/** Wall and CPU time of building one language's index from its concepts (analysis + postings). */
export function timeIndexBuild(
  concepts: readonly ConceptRecord[],
  language: string,
  relations?: SkillRelations,
): { wallMs: number; cpuMs: number; labels: number; digest: string } {
  const c = process.cpuUsage();
  const start = performance.now();
  const data = buildIndexData(concepts, { vocabularyId: `speed-${language}`, language, sourceStamp: 'bench', relations });
  new SuggestIndex(data);
  const timing = { wallMs: performance.now() - start, cpuMs: cpuMs(process.cpuUsage(c)) };
  return { ...timing, labels: data.labelText.length, digest: indexDigest(data) };
}

/**
 * SHA-256 of everything an index holds but its build time, first 12 hex digits: a faster build must
 * print the same digest as the one it replaces (the index is the same, so every ranking is too).
 */
function indexDigest(data: SuggestIndexData): string {
  const hash = createHash('sha256');
  for (const [key, value] of Object.entries(data).sort(([a], [b]) => a.localeCompare(b))) {
    if (key === 'builtAt') continue;
    hash.update(key);
    if (ArrayBuffer.isView(value)) hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    else hash.update(JSON.stringify(value));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Each mode on its own fresh engine (`freshEngine`: a new index over the same data, no label memos yet): a mode timed
 * on an engine the other had already run every sentence through would meet each sentence's labels analysed already.
 * The batch of 1,000 repeats the sentences; `distinct` (texts none of which repeats) is also timed as a batch, on
 * another fresh engine after the same warm-up, as a text met the first time costs more (its words and labels analysed).
 */
export function printSpeed(freshEngine: () => SuggestEngine, sentences: string[], distinct: { name: string; texts: string[] }): void {
  const load = os.loadavg().map((l) => l.toFixed(1));
  const rows: (string | number)[][] = [];
  for (const decompose of [false, true]) {
    const t = timeSearch(workbenchSearch(freshEngine(), decompose), sentences);
    const d = timeBatch(workbenchSearch(freshEngine(), decompose), sentences.slice(0, WARM_UP), distinct.texts);
    rows.push([decompose ? 'on' : 'off', t.batchWallMs, t.batchCpuMs, d.wallMs, d.cpuMs, t.p50, t.p95, t.cpuP50, t.cpuP95]);
  }
  console.log(
    `\n  speed (issue 14: ≤ 1 ms per sentence in a batch, p95 ≤ 5 ms interactive, decomposition on): ${sentences.length} sentences over all ESCO skills, top ${TOP}; ${distinct.texts.length.toLocaleString('en')} distinct: ${distinct.name}; load average ${load.join(' / ')} on ${os.cpus().length} cores`,
  );
  printTable(
    [
      'decomposition',
      'batch 1,000: wall ms/sentence',
      'CPU ms/sentence',
      'distinct: wall ms/text',
      'CPU ms/text',
      'interactive p50 ms',
      'p95 ms',
      'CPU p50 ms',
      'CPU p95 ms',
    ],
    rows,
  );
}

/** Per-text means of one batch over `texts`, after `warmUp` (JIT, lazily built maps). */
function timeBatch(fn: Search, warmUp: string[], texts: string[]): { wallMs: number; cpuMs: number } {
  for (const t of warmUp) fn(t);
  const c = process.cpuUsage();
  const start = performance.now();
  for (const t of texts) fn(t);
  return { wallMs: (performance.now() - start) / texts.length, cpuMs: cpuMs(process.cpuUsage(c)) / texts.length };
}

/**
 * A before/after check for speed work: with CROSSWALK_BENCH_TOP10=<file>, the top-10 lists of the
 * sample are written to the file when it is absent, else compared with it (printing how many differ).
 */
export function checkRankings(engine: SuggestEngine, sentences: string[], titles: { text: string; description?: string }[]): void {
  const file = process.env.CROSSWALK_BENCH_TOP10;
  if (!file) return;
  const lists: Record<string, string[][]> = {};
  for (const decompose of [false, true]) {
    const fn = workbenchSearch(engine, decompose);
    lists[`sentences, decomposition ${decompose ? 'on' : 'off'}`] = sentences.map((t) => fn(t));
  }
  lists['occupation titles'] = titles.map((t) =>
    engine.search({ text: t.text, description: t.description, top: TOP, filters: { types: ['occupation'] } }).map((c) => c.uri),
  );
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, JSON.stringify(lists));
    console.log(
      `\n  rankings: top-10 lists of ${sentences.length} sentences written to ${file} (sentences, decomposition off and on; ${titles.length} occupation titles)`,
    );
    return;
  }
  const before = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string[][]>;
  for (const [mode, now] of Object.entries(lists)) {
    const differ = now.filter((list, i) => JSON.stringify(list) !== JSON.stringify(before[mode]?.[i])).length;
    console.log(`  rankings vs ${file}, ${mode}: ${differ} of ${now.length} top-10 lists differ`);
  }
}
