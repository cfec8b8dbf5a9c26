import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentAuthor } from '../../electron/core/mappings/author.js';
import { contentId, schemeRef } from '../../electron/core/mappings/content-id.js';
import type { TestApp } from '../support/test-context.js';
import { createTestApp } from '../support/test-context.js';
import { appWithProject, failure, writeFixture } from './source-support.js';

let app: TestApp;
afterEach(() => app.cleanup());

describe('editing sources', () => {
  beforeEach(async () => {
    app = await appWithProject();
  });

  it('creates a scheme, adds, edits, searches and deletes items; a course keeps its constitutive elements', async () => {
    const scheme = await app.api.sources.createScheme({ title: 'Hand-made' });
    const group = await app.api.sources.addGroup({ schemeId: scheme.id, key: 'M1', title: 'Module 1', metadata: { ects: 3 } });
    const a = await app.api.sources.addItem({ schemeId: scheme.id, text: 'Explain RDF', groupId: group.id });
    expect(a).toMatchObject({ key: 'item-1', groupTitle: 'Module 1', language: 'en', state: 'active' });
    await app.api.sources.addItem({ schemeId: scheme.id, key: 'X', text: 'Query with SPARQL' });
    const dup = await failure(app.api.sources.addItem({ schemeId: scheme.id, key: 'X', text: 'again' }));
    expect(dup.code).toBe('conflict');
    const edited = await app.api.sources.updateItem({ id: a.id, text: 'Explain RDF and SKOS', language: 'de' });
    expect(edited).toMatchObject({ text: 'Explain RDF and SKOS', language: 'de' });
    expect((await app.api.sources.listItems({ search: 'sparql' })).map((i) => i.key)).toEqual(['X']);
    const updated = await app.api.sources.updateGroup({
      id: group.id,
      metadata: {
        ects: 4,
        eqfLevel: 6,
        iscedF: '0613',
        qfEheaCycle: 'first',
        assessment: 'Written exam',
        supervisionAndIdentityVerification: 'On site',
      },
    });
    expect(updated.metadata).toEqual({
      ects: 4,
      eqfLevel: 6,
      iscedF: '0613',
      qfEheaCycle: 'first',
      assessment: 'Written exam',
      supervisionAndIdentityVerification: 'On site',
    });
    const bad = await failure(app.api.sources.updateGroup({ id: group.id, metadata: { eqfLevel: 9 } }));
    expect(bad.code).toBe('invalid-arguments');
    expect(await app.api.sources.deleteItem({ id: a.id })).toEqual({ action: 'deleted', mappings: 0 });
    const detail = await failure(app.api.sources.getItem({ id: a.id }));
    expect(detail.code).toBe('not-found');
  });

  it('flags an item with mappings instead of deleting it, unless forced; re-import keeps mappings of removed items', async () => {
    const file = writeFixture(app, 'c.csv', 'id,text\nA,Alpha\nB,Beta\n');
    const first = await app.api.sources.importCommit({ file: { path: file } });
    const db = app.ctx.projects.require().db;
    const [itemA] = await app.api.sources.listItems({});
    const scheme = db.prepare('SELECT id, uri FROM source_schemes').get() as { id: number; uri: string | null };
    const cid = contentId({
      scheme: schemeRef(scheme),
      itemKey: 'A',
      kind: 'match',
      targetUri: 'http://data.europa.eu/esco/skill/x',
      relation: 'exactMatch',
    });
    db.prepare(
      "INSERT INTO mappings (content_id, source_item_id, kind, target_uri, relation, status, justification, created, modified) VALUES (?, ?, 'match', 'http://data.europa.eu/esco/skill/x', 'exactMatch', 'accepted', 'manual-curation', 'now', 'now')",
    ).run(cid, itemA!.id);
    writeFixture(app, 'c.csv', 'id,text\nB,Beta\n');
    const second = await app.api.sources.importCommit({ file: { path: file } });
    expect(second.removed).toBe(1);
    expect(second.schemes[0]!.schemeId).toBe(first.schemes[0]!.schemeId);
    expect(db.prepare('SELECT count(*) AS n FROM mappings').get()).toEqual({ n: 1 });
    const removed = (await app.api.sources.listItems({ state: 'removed' }))[0]!;
    expect(removed).toMatchObject({ key: 'A', mappings: 1 });
    expect(await app.api.sources.deleteItem({ id: removed.id })).toEqual({ action: 'flagged', mappings: 1 });
    expect(await app.api.sources.deleteItem({ id: removed.id, force: true })).toEqual({ action: 'deleted', mappings: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM mappings').get()).toEqual({ n: 0 });
  });

  it('records who deleted an item’s mappings, as mapping edits do, and refuses edits without a name (never the OS account)', async () => {
    app.ctx.settings.update({ userName: 'Ana Curator' });
    const scheme = await app.api.sources.createScheme({ title: 'Hand-made' });
    const item = await app.api.sources.addItem({ schemeId: scheme.id, key: 'A', text: 'Explain RDF' });
    await app.api.mappings.create({
      mappings: [
        {
          sourceItemId: item.id,
          target: { uri: 'http://data.europa.eu/esco/skill/x', label: 'x', vocabularyId: 'esco' },
          relation: 'exactMatch',
        },
      ],
    });
    await app.api.sources.deleteItem({ id: item.id, force: true });
    const authors = app.ctx.projects.require().db.prepare('SELECT DISTINCT author FROM mapping_history').all() as { author: string }[];
    expect(authors).toEqual([{ author: 'Ana Curator' }]);
    app.ctx.settings.update({ userName: '' });
    const other = await app.api.sources.addItem({ schemeId: scheme.id, key: 'B', text: 'Explain SKOS' });
    const mapping = {
      sourceItemId: other.id,
      target: { uri: 'http://data.europa.eu/esco/skill/y', label: 'y', vocabularyId: 'esco' },
      relation: 'exactMatch' as const,
    };
    await expect(app.api.mappings.create({ mappings: [mapping] })).rejects.toMatchObject({ code: 'author-required' });
    expect(app.ctx.projects.require().db.prepare('SELECT count(*) AS n FROM mappings').get()).toEqual({ n: 0 });
    expect(() => currentAuthor(app.ctx)).toThrow(/Enter your name in Settings/);
  });
});

describe('demo project', () => {
  it('creates the demo micro-credential once with complete constitutive elements, then reopens it', async () => {
    app = createTestApp();
    const info = await app.api.sources.openDemo({});
    expect(info.metadata.title).toMatch(/demo/i);
    const groups = await app.api.sources.listGroups({});
    expect(groups).toHaveLength(1);
    const m = groups[0]!.metadata;
    expect(m.ects).toBeGreaterThanOrEqual(3);
    expect(m.ects).toBeLessThanOrEqual(6);
    for (const key of [
      'awardingBody',
      'country',
      'eqfLevel',
      'qfEheaCycle',
      'iscedF',
      'assessment',
      'participation',
      'qualityAssurance',
      'prerequisites',
      'supervisionAndIdentityVerification',
      'integrationStackability',
      'language',
    ] as const) {
      expect(m[key], key).toBeTruthy();
    }
    const items = await app.api.sources.listItems({});
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeLessThanOrEqual(12);
    await app.api.sources.updateItem({ id: items[0]!.id, text: 'Edited in the demo' });
    await app.api.projects.close({});
    await app.api.sources.openDemo({});
    const again = await app.api.sources.listItems({});
    expect(again).toHaveLength(items.length);
    expect(again[0]!.text).toBe('Edited in the demo');
  });
});
