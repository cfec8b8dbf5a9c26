import fs from 'node:fs';
import path from 'node:path';
import { MappingStore } from '../../electron/core/mappings/mapping-store.js';
import { addItems, addScheme } from '../../electron/core/mappings/testing.js';
import { importIntoLibrary } from '../../electron/core/vocabularies/import-service.js';
import { createTestApp } from '../support/test-context.js';
import { percentile, timeIt } from './harness.js';

const EX = 'http://example.org/skills/';
const TOPICS = [
  'analyse data',
  'manage budgets',
  'write reports',
  'work in teams',
  'teach students',
  'design software',
  'care for patients',
  'sell products',
];

/** A small SKOS vocabulary: a concept per topic and variant, so suggestions have something to rank. */
function vocabularyTurtle(): string {
  const lines = [
    '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .',
    `@prefix ex: <${EX}> .`,
    'ex:scheme a skos:ConceptScheme ; skos:prefLabel "Bench skills"@en .',
  ];
  TOPICS.forEach((topic, t) => {
    for (let v = 0; v < 25; v++)
      lines.push(
        `ex:c${t}-${v} a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "${topic} ${v}"@en ; skos:altLabel "${topic} level ${v}"@en .`,
      );
  });
  return `${lines.join('\n')}\n`;
}

/** Wall and CPU time of one call (CPU of the whole process: the machine is shared, wall time is not enough). */
async function timed(fn: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const { ms } = await timeIt(fn);
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** p50 / p95 of wall time and p95 of CPU time over samples. */
export interface Spread {
  p50: number;
  p95: number;
  cpuP95: number;
  samples: number;
}

function spread(samples: { ms: number; cpuMs: number }[]): Spread {
  const ms = samples.map((s) => s.ms);
  return {
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    cpuP95: percentile(
      samples.map((s) => s.cpuMs),
      95,
    ),
    samples: samples.length,
  };
}

/**
 * What selecting another item costs at full size, through the core's dispatcher as the UI calls
 * it. The workbench shows an item's pane once its mappings and its suggestions are in (problems
 * are asked beside them when the row has any), so a switch is the three asked together.
 */
export interface ItemSwitchTimes {
  /** The item table (summaries with problem counts) as the workbench loads it on opening. */
  tableLoad: { ms: number; cpuMs: number };
  /** The first suggestions after opening the project: reads the decisions and builds their memory. */
  firstAfterOpen: { ms: number; cpuMs: number };
  /** Items never asked before (no cache anywhere helps). */
  cold: Spread;
  /** The same items asked again: the core keeps no suggestion results, so this is the steady state of its work. */
  warm: Spread;
  /** j/k onto a neighbour the UI prefetched: its suggestions are in the UI's cache, the mappings and problems are asked. */
  prefetched: Spread;
  /** Each call alone on other cold items (where the time goes). */
  parts: { mappings: Spread; suggestions: Spread; problems: Spread };
  /** Accepting a candidate, then the current item's suggestions again (the UI re-reads them: decisions change the ranking). */
  afterDecision: Spread;
  /** The item table read again after such a decision. */
  tableRefresh: Spread;
  /** The switch to a cold item right after such a decision. */
  switchAfterDecision: Spread;
  decisions: number;
}

export async function measureItemSwitch(items: number, mappingsPerItem: number, switches = 40): Promise<ItemSwitchTimes> {
  const app = createTestApp();
  try {
    const file = path.join(app.dir, 'skills.ttl');
    fs.writeFileSync(file, vocabularyTurtle());
    const imported = app.ctx.jobs.start('vocabulary-import', 'Import', (control) =>
      importIntoLibrary(app.ctx, [{ path: file, name: 'skills.ttl' }], control),
    );
    await app.ctx.jobs.wait(imported.id);
    const vocabularyId = app.ctx.library.list()[0]!.id;
    const built = await app.api.suggest.buildIndex({ vocabularyId });
    await app.ctx.jobs.wait(built.id);
    await app.api.projects.create({ title: 'Switch bench', path: path.join(app.dir, 'bench.crosswalk') });
    const db = app.ctx.projects.require().db;
    const scheme = addScheme(db);
    const ids = addItems(
      db,
      scheme,
      Array.from({ length: items }, (_, i) => ({
        key: `LO${i}`,
        text: `Students ${TOPICS[i % TOPICS.length]} and ${TOPICS[(i * 7) % TOPICS.length]} in project ${i}`,
      })),
    );
    const store = new MappingStore(db);
    const total = items * mappingsPerItem;
    for (let start = 0; start < total; start += 5000) {
      store.create(
        Array.from({ length: Math.min(5000, total - start) }, (_, k) => {
          const n = start + k;
          return {
            sourceItemId: ids[n % items]!,
            target: { uri: `${EX}c${n % TOPICS.length}-${n % 25}`, label: 'x', vocabularyId },
            relation: 'closeMatch' as const,
            status: 'accepted' as const,
          };
        }),
        { author: 'bench' },
      );
    }
    const api = app.api;
    const mappings = (id: number) => api.mappings.listForItem({ sourceItemId: id });
    const suggestions = (id: number) => api.suggest.forItem({ sourceItemId: id, top: 10 });
    const problems = (id: number) => api.review.problems({ sourceItemIds: [id] });
    const switchTo = (id: number) => Promise.all([mappings(id), suggestions(id), problems(id)]);
    // Items spread over the list; each pass below uses its own offset, so "cold" items are really unseen.
    const pick = (offset: number) => Array.from({ length: switches }, (_, s) => ids[Math.floor((s * items) / switches) + offset]!);

    // The UI loads the item table first (its problem counts run the checks, whose results the core keeps).
    const tableLoad = await timed(() => api.mappings.itemSummaries({ schemeId: scheme }));
    const firstAfterOpen = await timed(() => suggestions(ids[1]!));
    const coldItems = pick(3);
    const cold: { ms: number; cpuMs: number }[] = [];
    for (const id of coldItems) cold.push(await timed(() => switchTo(id)));
    const warm: { ms: number; cpuMs: number }[] = [];
    for (const id of coldItems) warm.push(await timed(() => switchTo(id)));
    const prefetched: { ms: number; cpuMs: number }[] = [];
    for (const id of pick(4)) prefetched.push(await timed(() => Promise.all([mappings(id), problems(id)])));
    const parts = { mappings: [] as { ms: number; cpuMs: number }[], suggestions: [] as typeof cold, problems: [] as typeof cold };
    for (const id of pick(5)) {
      parts.mappings.push(await timed(() => mappings(id)));
      parts.suggestions.push(await timed(() => suggestions(id)));
      parts.problems.push(await timed(() => problems(id)));
    }
    const decisions = Math.min(10, switches);
    const afterDecision: typeof cold = [];
    const switchAfterDecision: typeof cold = [];
    const tableRefresh: typeof cold = [];
    const decided = pick(6);
    const next = pick(7);
    for (let d = 0; d < decisions; d++) {
      const id = decided[d]!;
      const [top] = (await suggestions(id)).candidates;
      await api.mappings.create({
        mappings: [
          {
            sourceItemId: id,
            target: { uri: top!.uri, label: top!.label, vocabularyId: top!.vocabularyId },
            relation: 'exactMatch',
            status: 'accepted',
            justification: 'accepted-suggestion',
            score: top!.score,
          },
        ],
      });
      afterDecision.push(await timed(() => Promise.all([mappings(id), suggestions(id)])));
      // The table is read again a moment after a change: a switch in that moment waits behind it.
      tableRefresh.push(await timed(() => api.mappings.itemSummaries({ schemeId: scheme })));
      switchAfterDecision.push(await timed(() => switchTo(next[d]!)));
    }
    return {
      firstAfterOpen,
      cold: spread(cold),
      warm: spread(warm),
      prefetched: spread(prefetched),
      parts: { mappings: spread(parts.mappings), suggestions: spread(parts.suggestions), problems: spread(parts.problems) },
      tableLoad,
      afterDecision: spread(afterDecision),
      tableRefresh: spread(tableRefresh),
      switchAfterDecision: spread(switchAfterDecision),
      decisions,
    };
  } finally {
    app.cleanup();
  }
}
