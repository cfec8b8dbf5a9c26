import { afterEach, describe, expect, it } from 'vitest';
import { itemSummaries } from './item-summaries.js';
import { MappingStore } from './mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from './testing.js';

let handle: ReturnType<typeof tempProject> | null = null;
afterEach(() => {
  handle?.cleanup();
  handle = null;
});

describe('itemSummaries for the workbench filters', () => {
  it("carries the item's description and mapping comments as notes, and the best score of its live matches", () => {
    handle = tempProject();
    const db = handle.project.db;
    const scheme = addScheme(db);
    const [first, second] = addItems(db, scheme, [
      { key: 'LO1', text: 'Analyse data' },
      { key: 'LO2', text: 'Write reports' },
    ]);
    db.prepare('UPDATE source_items SET description = ? WHERE id = ?').run('Taught in week 3', first);
    const store = new MappingStore(db);
    const target = (n: number) => ({ uri: skill(n), label: `skill ${n}`, vocabularyId: ESCO });
    store.create(
      [
        {
          sourceItemId: first!,
          target: target(1),
          relation: 'closeMatch',
          status: 'proposed',
          score: 0.6,
          comment: 'check with the teacher',
        },
        { sourceItemId: first!, target: target(2), relation: 'closeMatch', status: 'rejected', score: 0.9 },
        { sourceItemId: first!, target: target(3), relation: 'closeMatch', status: 'accepted', score: 0.7 },
      ],
      { author: 'test' },
    );
    const [a, b] = itemSummaries(db, { schemeId: scheme });
    expect(a).toMatchObject({ itemId: first, bestScore: 0.7 });
    expect(a!.notes).toBe('Taught in week 3\ncheck with the teacher');
    expect(b).toMatchObject({ itemId: second, notes: '', bestScore: null });
  });
});
