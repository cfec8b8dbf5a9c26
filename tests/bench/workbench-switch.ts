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

/**
 * What selecting another item costs at full size, through the core's dispatcher as the UI calls
 * it: the item's mappings, its suggestions and its problems, asked together. Each item is asked
 * once (no suggestion cache in the UI helps), so this is the cold switch.
 */
export interface ItemSwitchTimes {
  p50: number;
  p95: number;
  switches: number;
  /** p95 of each call alone, asked one after the other on other items (where the time goes). */
  parts: { mappings: number; suggestions: number; problems: number };
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
    const times: number[] = [];
    for (let s = 0; s < switches; s++) {
      const id = ids[Math.floor((s * items) / switches) + 3]!;
      const { ms } = await timeIt(() =>
        Promise.all([
          app.api.mappings.listForItem({ sourceItemId: id }),
          app.api.suggest.forItem({ sourceItemId: id, top: 10 }),
          app.api.review.problems({ sourceItemIds: [id] }),
        ]),
      );
      times.push(ms);
    }
    const parts = { mappings: [] as number[], suggestions: [] as number[], problems: [] as number[] };
    for (let s = 0; s < switches; s++) {
      const id = ids[Math.floor((s * items) / switches) + 5]!;
      parts.mappings.push((await timeIt(() => app.api.mappings.listForItem({ sourceItemId: id }))).ms);
      parts.suggestions.push((await timeIt(() => app.api.suggest.forItem({ sourceItemId: id, top: 10 }))).ms);
      parts.problems.push((await timeIt(() => app.api.review.problems({ sourceItemIds: [id] }))).ms);
    }
    return {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      switches,
      parts: {
        mappings: percentile(parts.mappings, 95),
        suggestions: percentile(parts.suggestions, 95),
        problems: percentile(parts.problems, 95),
      },
    };
  } finally {
    app.cleanup();
  }
}
