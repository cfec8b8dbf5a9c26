import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/domain/events.js';
import { addItems, addScheme, ESCO, skill } from '../../electron/core/mappings/testing.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

let app: TestApp;
let items: number[];
const target = (n: number) => ({ uri: skill(n), label: `skill ${n}`, vocabularyId: ESCO });

beforeEach(async () => {
  app = createTestApp();
  await app.api.app.settingsUpdate({ userName: 'Ann Curator' });
  await app.api.projects.create({ title: 'API' });
  const db = app.ctx.projects.require().db;
  items = addItems(db, addScheme(db), [
    { key: 'LO1', text: 'Analyse data' },
    { key: 'LO2', text: 'Explain GDPR' },
    { key: 'LO3', text: 'Write SQL' },
  ]);
});
afterEach(() => app.cleanup());

describe('mappings API', () => {
  it('creates, lists, updates and deletes with the author from the settings, and announces changes', async () => {
    const events: AppEvent[] = [];
    app.ctx.events.subscribe((e) => events.push(e));
    const created = await app.api.mappings.create({
      mappings: [
        { sourceItemId: items[0]!, target: target(1), relation: 'exactMatch' },
        { sourceItemId: items[0]!, target: target(2), relation: 'relatedMatch', confidence: 0.5 },
      ],
    });
    expect(created.created).toBe(2);
    expect(events).toContainEqual({ type: 'data-changed', domains: ['mappings'] });
    const rows = await app.api.mappings.listForItem({ sourceItemId: items[0]! });
    expect(rows.map((r) => r.author)).toEqual(['Ann Curator', 'Ann Curator']);
    const dup = await app.api.mappings.create({ mappings: [{ sourceItemId: items[0]!, target: target(1), relation: 'exactMatch' }] });
    expect(dup.duplicates).toBe(1);
    await app.api.mappings.update({ ids: [rows[0]!.id], patch: { status: 'accepted', comment: 'checked' } });
    expect((await app.api.mappings.list({ statuses: ['accepted'] })).rows.map((r) => r.comment)).toEqual(['checked']);
    await app.api.mappings.delete({ ids: [rows[1]!.id] });
    expect((await app.api.mappings.list({})).total).toBe(1);
    await expect(
      app.api.mappings.create({ mappings: [{ sourceItemId: items[0]!, target: target(1), relation: 'sameAs' as never }] }),
    ).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
  });

  it('records negative statements and rolls items up for the item table filters', async () => {
    await app.api.mappings.create({ mappings: [{ sourceItemId: items[0]!, target: target(1), relation: 'exactMatch', status: 'unsure' }] });
    await app.api.mappings.markNoMatch({ sourceItemIds: [items[1]!], vocabularyId: ESCO });
    await app.api.mappings.mustNotMap({ sourceItemId: items[2]!, target: target(9) });
    await expect(app.api.mappings.mustNotMap({ sourceItemId: items[2]!, target: target(9) })).rejects.toMatchObject({
      code: 'already-exists',
    });
    const all = await app.api.mappings.itemSummaries({});
    expect(all.map((s) => [s.key, s.rollup, s.mappingCount, s.noMatch, s.mustNotMap])).toEqual([
      ['LO1', 'unsure', 1, false, 0],
      ['LO2', 'no-match', 0, true, 0],
      ['LO3', 'unmapped', 0, false, 1],
    ]);
    const unsure = await app.api.mappings.itemSummaries({ filter: 'unsure' });
    expect(unsure.map((s) => s.key)).toEqual(['LO1']);
    // LO1 is mapped only with "unsure" (a warning); "no accepted mapping yet" is info and not counted.
    const withProblems = await app.api.mappings.itemSummaries({ filter: 'with-problems' });
    expect(withProblems.map((s) => [s.key, s.problems])).toEqual([['LO1', 1]]);
  });

  it('bulk: dry run counts for the confirmation, then one undoable step', async () => {
    await app.api.mappings.create({
      mappings: items.map((sourceItemId, i) => ({ sourceItemId, target: target(i), relation: 'closeMatch' })),
    });
    const dry = await app.api.mappings.bulk({
      itemIds: items.slice(0, 2),
      action: { type: 'set-status', status: 'accepted' },
      dryRun: true,
    });
    expect(dry).toMatchObject({ dryRun: true, items: 2, affected: 2, result: null });
    expect((await app.api.mappings.list({ statuses: ['accepted'] })).total).toBe(0);
    const done = await app.api.mappings.bulk({ itemIds: items.slice(0, 2), action: { type: 'set-status', status: 'accepted' } });
    expect(done.result?.updated).toBe(2);
    expect(done.result?.undo.undo?.label).toBe('Set 2 mapping(s) to accepted');
    const deleted = await app.api.mappings.bulk({ itemIds: items, action: { type: 'delete' } });
    expect(deleted.affected).toBe(3);
    await app.api.mappings.undo({});
    expect((await app.api.mappings.list({ statuses: ['accepted'] })).total).toBe(2);
    // Without stored proposals or a suggestion engine, accept-top finds nothing to accept.
    const top = await app.api.mappings.bulk({ itemIds: items, action: { type: 'accept-top', threshold: 0.5 }, dryRun: true });
    expect(top).toMatchObject({ items: 3, skipped: 3, withoutProposals: 1 });
    // A vocabulary / scope filter is part of the action.
    const scoped = await app.api.mappings.bulk({
      itemIds: items,
      action: { type: 'accept-top', threshold: 0.5, filters: { vocabularyIds: ['esco-v1.1.1'], types: ['skill'] } },
      dryRun: true,
    });
    expect(scoped).toMatchObject({ items: 3, skipped: 3 });
  });

  it('undo / redo / history through the API', async () => {
    await app.api.mappings.create({ mappings: [{ sourceItemId: items[0]!, target: target(1), relation: 'exactMatch' }], label: 'Map LO1' });
    expect((await app.api.mappings.undoState({})).undo?.label).toBe('Map LO1');
    const undone = await app.api.mappings.undo({});
    expect(undone.deleted).toBe(1);
    expect(undone.undo.redo?.label).toBe('Map LO1');
    const redone = await app.api.mappings.redo({});
    expect(redone.created).toBe(1);
    const history = await app.api.mappings.history({ sourceItemId: items[0] });
    expect(history.total).toBe(3);
    expect(history.authors).toEqual(['Ann Curator']);
    expect(history.changes.map((c) => c.batchLabel)).toEqual(['Redo: Map LO1', 'Undo: Map LO1', 'Map LO1']);
    // Nothing to redo: an empty result, no error.
    expect((await app.api.mappings.redo({})).batch).toBeNull();
  });
});
