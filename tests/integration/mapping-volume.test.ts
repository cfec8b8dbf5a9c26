import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MappingStore } from '../../electron/core/mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill } from '../../electron/core/mappings/testing.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const ITEMS = 20_000;
const MAPPINGS = 50_000;

describe('50,000 mappings', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = createTestApp();
    await app.api.projects.create({ title: 'Volume' });
  });
  afterAll(() => app.cleanup());

  it('are written in batches and read back completely, through the store and the API', async () => {
    const db = app.ctx.projects.require().db;
    const scheme = addScheme(db);
    const items = addItems(
      db,
      scheme,
      Array.from({ length: ITEMS }, (_, i) => ({ key: `LO${i}`, text: `Learning outcome ${i}` })),
    );
    const store = new MappingStore(db);
    const relations = ['exactMatch', 'closeMatch', 'broadMatch', 'narrowMatch', 'relatedMatch'] as const;
    for (let start = 0; start < MAPPINGS; start += 5000) {
      const batch = Array.from({ length: 5000 }, (_, k) => {
        const n = start + k;
        return {
          sourceItemId: items[n % ITEMS]!,
          target: { uri: skill(n), label: `skill ${n}`, vocabularyId: ESCO },
          relation: relations[n % 5]!,
          status: n % 2 ? ('accepted' as const) : ('proposed' as const),
        };
      });
      expect(store.create(batch, { author: 'Bench' }).created).toBe(5000);
    }

    const { rows, total } = await app.api.mappings.list({});
    expect(total).toBe(MAPPINGS);
    expect(rows).toHaveLength(MAPPINGS);
    expect(new Set(rows.map((r) => r.contentId)).size).toBe(MAPPINGS);
    const sample = rows.find((r) => r.target?.uri === skill(12_345))!;
    expect(sample).toMatchObject({ sourceKey: `LO${12_345 % ITEMS}`, relation: 'exactMatch', status: 'accepted', author: 'Bench' });
    expect((await app.api.mappings.list({ statuses: ['accepted'], limit: 10 })).total).toBe(MAPPINGS / 2);

    const summaries = await app.api.mappings.itemSummaries({ withoutProblems: true });
    expect(summaries).toHaveLength(ITEMS);
    expect(summaries.reduce((sum, s) => sum + s.mappingCount, 0)).toBe(MAPPINGS);

    // Undo of a 5,000-row batch restores the previous state in one step.
    await app.api.mappings.undo({});
    expect((await app.api.mappings.list({ limit: 1 })).total).toBe(MAPPINGS - 5000);
  });
});
