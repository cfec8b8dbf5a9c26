import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mapping } from '../../shared/domain/mapping.js';
import type { AppEvent } from '../../shared/domain/events.js';
import type { SourceItemRow } from '../../shared/domain/source.js';
import type { MappingRelation } from '../../shared/skos.js';
import { contentId, schemeRef } from '../../electron/core/mappings/content-id.js';
import type { TestApp } from '../support/test-context.js';
import { appWithProject, failure, writeFixture } from './source-support.js';

const ESCO = 'http://data.europa.eu/esco/skill/';
let app: TestApp;
beforeEach(async () => {
  app = await appWithProject();
});
afterEach(() => app.cleanup());

const db = () => app.ctx.projects.require().db;
const items = (state: 'active' | 'removed' | 'all' = 'all') => app.api.sources.listItems({ state });
async function map(item: SourceItemRow, skill: string, relation: MappingRelation = 'exactMatch'): Promise<Mapping> {
  const result = await app.api.mappings.create({
    mappings: [
      { sourceItemId: item.id, target: { uri: `${ESCO}${skill}`, label: skill, vocabularyId: 'esco' }, relation, status: 'accepted' },
    ],
  });
  return result.mappings[0]!;
}
function events(): AppEvent[] {
  const seen: AppEvent[] = [];
  app.ctx.events.subscribe((e) => seen.push(e));
  return seen;
}

describe('renaming an item', () => {
  it('recomputes the content ids of its mappings, and refuses a taken key or a clashing statement', async () => {
    const file = writeFixture(app, 'c.csv', 'id,text\nA,Alpha\nB,Beta\n');
    await app.api.sources.importCommit({ file: { path: file } });
    const [a, b] = await items();
    const m = await map(a!, 'x');
    await map(b!, 'x');
    const scheme = schemeRef(db().prepare('SELECT id, uri FROM source_schemes').get() as { id: number; uri: string | null });
    const seen = events();
    await app.api.sources.updateItem({ id: a!.id, key: 'A2' });
    const expected = contentId({ scheme, itemKey: 'A2', kind: 'match', targetUri: `${ESCO}x`, relation: 'exactMatch' });
    expect(db().prepare('SELECT content_id FROM mappings WHERE id = ?').get(m.id)).toEqual({ content_id: expected });
    expect(seen.flatMap((e) => (e.type === 'data-changed' ? e.domains : []))).toEqual(['sources', 'mappings']);

    const taken = await failure(app.api.sources.updateItem({ id: a!.id, key: 'B' }));
    expect(taken.code).toBe('conflict');
    expect(taken.message).toMatch(/An item with id "B" already exists/);

    // A stale id (e.g. from a rename before ids were recomputed): B's mapping still carries key "Z".
    const stale = contentId({ scheme, itemKey: 'Z', kind: 'match', targetUri: `${ESCO}x`, relation: 'exactMatch' });
    db().prepare('UPDATE mappings SET content_id = ? WHERE source_item_id = ?').run(stale, b!.id);
    const before = db().prepare('SELECT id, content_id FROM mappings ORDER BY id').all();
    const clash = await failure(app.api.sources.updateItem({ id: a!.id, key: 'Z' }));
    expect(clash.code).toBe('conflict');
    expect(clash.message).toMatch(/would be the same statement as mapping/);
    expect(db().prepare('SELECT id, content_id FROM mappings ORDER BY id').all()).toEqual(before);
    expect((await items()).find((i) => i.id === a!.id)!.key).toBe('A2');
  });
});

describe('re-importing sources without ids', () => {
  it('keeps mappings on their text when a row is inserted, and flags an edited outcome as removed + added', async () => {
    const file = writeFixture(app, 'c.csv', 'course,text\nC1,Find data\nC1,Clean data\n');
    await app.api.sources.importCommit({ file: { path: file } });
    const clean = (await items()).find((i) => i.text === 'Clean data')!;
    await map(clean, 'clean');
    writeFixture(app, 'c.csv', 'course,text\nC1,Frame a question\nC1,Find data\nC1,Clean data\n');
    const again = await app.api.sources.importCommit({ file: { path: file } });
    expect([again.added, again.changed, again.removed]).toEqual([1, 0, 0]);
    const mapped = db().prepare('SELECT i.text FROM mappings m JOIN source_items i ON i.id = m.source_item_id').all();
    expect(mapped).toEqual([{ text: 'Clean data' }]);

    writeFixture(app, 'c.csv', 'course,text\nC1,Frame a question\nC1,Find data\nC1,Clean and document data\n');
    const edited = await app.api.sources.importCommit({ file: { path: file } });
    expect([edited.added, edited.changed, edited.removed]).toEqual([1, 0, 1]);
    const removed = await items('removed');
    expect(removed.map((i) => [i.text, i.mappings])).toEqual([['Clean data', 1]]);
  });

  it('carries items keyed by position (earlier versions) over to the text keys, with their mappings', async () => {
    const file = writeFixture(app, 'c.csv', 'course,text\nC1,Find data\nC1,Clean data\n');
    await app.api.sources.importCommit({ file: { path: file } });
    const find = (await items()).find((i) => i.text === 'Find data')!;
    const key = find.key;
    db().prepare("UPDATE source_items SET key = 'C1-2' WHERE id = ?").run(find.id);
    const m = await map({ ...find, key: 'C1-2' }, 'find');
    const again = await app.api.sources.importCommit({ file: { path: file } });
    expect([again.added, again.changed, again.removed]).toEqual([0, 0, 0]);
    const after = (await items()).find((i) => i.id === find.id)!;
    expect(after).toMatchObject({ key, state: 'active', mappings: 1 });
    const scheme = schemeRef(db().prepare('SELECT id, uri FROM source_schemes').get() as { id: number; uri: string | null });
    const expected = contentId({ scheme, itemKey: key, kind: 'match', targetUri: `${ESCO}find`, relation: 'exactMatch' });
    expect(db().prepare('SELECT content_id FROM mappings WHERE id = ?').get(m.id)).toEqual({ content_id: expected });
  });

  it('keys split cells by text too, keeping explicit ids', async () => {
    const file = writeFixture(app, 'c.csv', 'id,text\nM1,"- Find data\n- Find data\n- Clean data"\n');
    await app.api.sources.importCommit({ file: { path: file }, split: true });
    const keys = (await items()).map((i) => i.key);
    expect(keys[0]).toMatch(/^M1-[0-9a-f]{8}$/);
    expect(keys[1]).toBe(`${keys[0]}-2`);
    writeFixture(app, 'c.csv', 'id,text\nM1,"- Frame a question\n- Find data\n- Find data\n- Clean data"\n');
    const again = await app.api.sources.importCommit({ file: { path: file }, split: true });
    expect([again.added, again.changed, again.removed]).toEqual([1, 0, 0]);
  });
});

/** A tiny HTTP server answering from a map of path -> body (read at request time) and logging the requests. */
function serve(routes: Map<string, () => { status?: number; headers?: Record<string, string>; body?: string }>) {
  const requests: { path: string; authorization: string | undefined }[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ path: url.pathname, authorization: req.headers.authorization });
    const route = routes.get(url.pathname);
    const answer = route ? route() : { status: 404 };
    res.writeHead(answer.status ?? 200, answer.headers ?? {});
    res.end(answer.body ?? '');
  });
  return new Promise<{ base: string; requests: typeof requests; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    ),
  );
}

const elm = (texts: string[]) =>
  [
    '@prefix elm: <http://data.europa.eu/snb/model/elm/> .',
    '@prefix dc: <http://purl.org/dc/terms/> .',
    `<http://ex.org/course/1> dc:title "Course 1"@en ; elm:learningOutcome ${texts.map((_, i) => `<http://ex.org/lo/${i + 1}>`).join(', ')} .`,
    ...texts.map((t, i) => `<http://ex.org/lo/${i + 1}> dc:title "${t}"@en .`),
  ].join('\n');

describe('preview and commit', () => {
  it('commits what the preview read (no second download), with fixes, under the title chosen after the preview', async () => {
    let body = elm(['Find data', 'Clean data']);
    const server = await serve(new Map([['/feed.ttl', () => ({ headers: { 'content-type': 'text/turtle' }, body })]]));
    try {
      const preview = await app.api.sources.importPreview({ url: `${server.base}/feed.ttl` });
      expect(preview.token).toBeTruthy();
      body = elm(['Something else entirely']);
      const result = await app.api.sources.importCommit({
        token: preview.token,
        schemeTitle: 'Renamed',
        fixes: [{ row: 2, field: 'text', value: 'Clean data well' }],
      });
      expect(server.requests.filter((r) => r.path === '/feed.ttl')).toHaveLength(1);
      expect(result.added).toBe(2);
      expect((await items()).map((i) => i.text)).toEqual(['Find data', 'Clean data well']);
      expect((await app.api.sources.listSchemes({})).map((s) => s.title)).toEqual(['Renamed']);
      const used = await failure(app.api.sources.importCommit({ token: preview.token }));
      expect(used.code).toBe('not-found');

      // Preview matches the existing scheme the way commit does: by URI first, whatever the title.
      const again = await app.api.sources.importPreview({ url: `${server.base}/feed.ttl`, schemeTitle: 'Another title' });
      expect(again.existingSchemeId).toBe(result.schemes[0]!.schemeId);
    } finally {
      await server.close();
    }
  });
});

describe('deleting sources with mappings', () => {
  it('deletes the mappings through the mapping store (history, undo) and tells the mappings views', async () => {
    const file = writeFixture(app, 'c.csv', 'id,text\nA,Alpha\nB,Beta\n');
    const imported = await app.api.sources.importCommit({ file: { path: file } });
    const [a, b] = await items();
    const ma = await map(a!, 'x');
    const mb = await map(b!, 'y');
    const seen = events();
    expect(await app.api.sources.deleteItem({ id: a!.id, force: true })).toEqual({ action: 'deleted', mappings: 1 });
    const domains = () => seen.flatMap((e) => (e.type === 'data-changed' ? e.domains : []));
    expect(domains()).toEqual(['sources', 'mappings']);
    await app.api.sources.deleteScheme({ id: imported.schemes[0]!.schemeId });
    expect(domains()).toEqual(['sources', 'mappings', 'sources', 'mappings']);
    const history = await app.api.mappings.history({});
    const deletes = history.changes.filter((c) => c.action === 'delete').map((c) => c.mappingId);
    expect(deletes.sort()).toEqual([ma.id, mb.id].sort());
  });
});

describe('imports that bring mappings', () => {
  it('tells the mappings views when ELM relatedESCOSkill links became mappings', async () => {
    const ttl = [
      '@prefix elm: <http://data.europa.eu/snb/model/elm/> .',
      '@prefix dc: <http://purl.org/dc/terms/> .',
      '<http://ex.org/course/1> dc:title "Course 1"@en ; elm:learningOutcome <http://ex.org/lo/1> .',
      `<http://ex.org/lo/1> dc:title "Find data"@en ; elm:relatedESCOSkill <${ESCO}find> .`,
    ].join('\n');
    const file = writeFixture(app, 'course.ttl', ttl);
    const seen = events();
    const result = await app.api.sources.importCommit({ file: { path: file } });
    expect(result.schemes[0]!.mappingsImported).toBe(1);
    expect(seen.flatMap((e) => (e.type === 'data-changed' ? e.domains : []))).toEqual(['sources', 'mappings']);
  });
});

describe('QualityLink credentials', () => {
  it('sends the token only to sources on the manifest origin, follows same-origin redirects by hand and drops it on cross-origin ones', async () => {
    const course = JSON.stringify({
      items: [{ courseId: 'c1', name: [{ language: 'en', value: 'C' }], learningOutcomes: [[{ language: 'en', value: 'Find data' }]] }],
    });
    const elsewhere = await serve(
      new Map([
        ['/ooapi.json', () => ({ headers: { 'content-type': 'application/json' }, body: course })],
        ['/moved.json', () => ({ headers: { 'content-type': 'application/json' }, body: course })],
      ]),
    );
    const routes = new Map<string, () => { status?: number; headers?: Record<string, string>; body?: string }>();
    const home = await serve(routes);
    routes.set('/.well-known/quality-link-manifest.json', () => ({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        sources: [
          { type: 'ooapi', path: `${home.base}/own.json`, auth: { type: 'httpheader' }, name: 'Own' },
          { type: 'ooapi', path: `${elsewhere.base}/ooapi.json`, auth: { type: 'httpheader' }, name: 'Foreign' },
          { type: 'ooapi', path: `${home.base}/hop.json`, auth: { type: 'httpheader' }, name: 'Hop' },
        ],
      }),
    }));
    routes.set('/own.json', () => ({ status: 302, headers: { location: '/own2.json' } }));
    routes.set('/own2.json', () => ({ headers: { 'content-type': 'application/json' }, body: course }));
    routes.set('/hop.json', () => ({ status: 302, headers: { location: `${elsewhere.base}/moved.json` } }));
    try {
      const preview = await app.api.sources.importPreview({ url: home.base, format: 'manifest', auth: { token: 's3cret' } });
      expect(preview.sources!.map((s) => [s.name, s.skipped])).toEqual([
        ['Own', null],
        ['Foreign', null],
        ['Hop', null],
      ]);
      const auth = (list: { path: string; authorization: string | undefined }[], path: string) =>
        list.filter((r) => r.path === path).map((r) => r.authorization);
      expect(auth(home.requests, '/own.json')).toEqual(['Bearer s3cret']);
      expect(auth(home.requests, '/own2.json')).toEqual(['Bearer s3cret']);
      expect(auth(home.requests, '/hop.json')).toEqual(['Bearer s3cret']);
      expect(auth(elsewhere.requests, '/ooapi.json')).toEqual([undefined]);
      expect(auth(elsewhere.requests, '/moved.json')).toEqual([undefined]);
      expect(preview.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^Foreign: fetched without the access token/));

      // Endless same-origin redirects stop after 5.
      routes.set('/own.json', () => ({ status: 302, headers: { location: '/own.json' } }));
      const looping = await app.api.sources.importPreview({ url: home.base, format: 'manifest', auth: { token: 's3cret' } });
      expect(looping.sources![0]!.skipped).toMatch(/more than 5 redirects/);
    } finally {
      await home.close();
      await elsewhere.close();
    }
  });
});
