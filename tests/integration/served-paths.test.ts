import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../shared/contract/index.js';
import { serverPathsIn } from '../../shared/contract/server-paths.js';
import { startHttpAdapter, type RunningServer } from '../../electron/server/http-adapter.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { makeTempDir } from '../support/temp-dir.js';

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Argument objects for a schema with `text` in every string field: one per union option (objects
 * combine their fields' variants round-robin), with optional fields filled in, so that every string
 * a method reads is hostile in at least one call. Values of other types are the simplest valid ones.
 */
function hostileArgs(schema: z.ZodType, text: string): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'any':
    case 'unknown':
      return [text];
    case 'number':
      return [1];
    case 'boolean':
      return [true];
    case 'literal':
      return [(def.values as unknown[])[0]];
    case 'enum':
      return [Object.values(def.entries as Record<string, unknown>)[0]];
    case 'array':
      return hostileArgs(def.element as z.ZodType, text).map((item) => [item]);
    case 'record':
      return hostileArgs(def.valueType as z.ZodType, text).map((value) => ({ [text]: value }));
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => hostileArgs(option, text));
    case 'intersection': {
      const left = hostileArgs(def.left as z.ZodType, text);
      const right = hostileArgs(def.right as z.ZodType, text);
      return left.flatMap((l) => right.map((r) => ({ ...(l as object), ...(r as object) })));
    }
    case 'object': {
      const fields = Object.entries(def.shape as Record<string, z.ZodType>).map(([key, field]) => [key, hostileArgs(field, text)] as const);
      const variants = Math.max(1, ...fields.map(([, values]) => values.length));
      return Array.from({ length: variants }, (_, i) =>
        Object.fromEntries(fields.filter(([, values]) => values.length).map(([key, values]) => [key, values[i % values.length]])),
      );
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
    case 'prefault':
      return hostileArgs(def.innerType as z.ZodType, text);
    case 'pipe':
      return hostileArgs(def.in as z.ZodType, text);
    case 'lazy':
      return hostileArgs((def.getter as () => z.ZodType)(), text);
    default:
      return [];
  }
}

function post(url: string, body: unknown, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** Names, sizes and change times of everything under `dir` (contents are not read: that would count as a read). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const stat = fs.lstatSync(file);
    out[path.relative(dir, file)] = `${stat.size} ${stat.mtimeMs} ${stat.ctimeMs}`;
  }
  return out;
}

const channels = Object.entries(contract).flatMap(([domain, methods]) =>
  Object.entries(methods).map(([name, method]) => ({ channel: `${domain}-${name}`, schema: method.args as z.ZodType })),
);

describe('served mode: no contract method takes a path on the server', () => {
  let app: TestApp;
  let server: RunningServer;
  const outside = makeTempDir('crosswalk-outside-');
  const marker = `cw-escape-${process.pid}-${Date.now()}`;
  const canaryProject = path.join(outside.dir, 'canary.crosswalk');
  const canaryTable = path.join(outside.dir, 'canary.csv');
  const oldTime = new Date('2001-01-01T00:00:00Z');
  const canaryText = 'id,text\nCANARY1,Canary outcome text\n';
  let atimeWorks = false;

  beforeAll(async () => {
    app = createTestApp();
    const rendererDir = path.join(app.dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    server = await startHttpAdapter({ ctx: app.ctx, dispatch: app.dispatch, rendererDir, port: 0, token: 'secret-token', code: 'code' });
    // A real project outside the data folder, and a table a source import would read.
    const other = createTestApp();
    await other.api.projects.create({ title: 'Canary project', path: canaryProject });
    other.cleanup();
    fs.writeFileSync(canaryTable, canaryText);
    // Reading a file whose access time is older than its change time updates it (relatime), so a read shows.
    for (const file of [canaryTable, canaryProject]) fs.utimesSync(file, oldTime, new Date());
    fs.readFileSync(canaryTable);
    atimeWorks = fs.statSync(canaryTable).atimeMs !== oldTime.getTime();
    fs.utimesSync(canaryTable, oldTime, fs.statSync(canaryTable).mtime);
    if (!atimeWorks)
      console.warn(
        'SKIPPED (reads only): this file system does not record access times, so reads outside the data folder cannot be seen; writes still are',
      );
    await app.api.projects.create({ title: 'Served project' });
  });
  afterAll(async () => {
    await server?.close();
    app?.cleanup();
    outside.cleanup();
  });

  it(
    `refuses a path in every path field of every method with 400 and one line, a path as a project name too, and touches no file outside the data folder (${channels.length} methods)`,
    { timeout: 240_000 },
    async () => {
      const before = snapshot(outside.dir);
      const hostile = [
        '/etc/passwd',
        `../${marker}`,
        `../../${marker}.crosswalk`,
        canaryProject,
        canaryTable,
        `file://${canaryTable}`,
        path.join(outside.dir, marker),
      ];
      let calls = 0;
      let pathCalls = 0;
      for (const { channel, schema } of channels) {
        for (const text of hostile) {
          for (const args of hostileArgs(schema, text)) {
            // Each call starts with the served project open, so methods get past "no project".
            if (!app.ctx.projects.current()) await app.api.projects.open({ name: 'served-project.crosswalk' });
            const res = await post(`${server.url}api/${channel}`, args, { 'X-Crosswalk-Token': 'secret-token' });
            calls++;
            const envelope = JSON.parse(res.body) as { ok: boolean; error?: { code: string; message: string } };
            const where = `${channel} ${JSON.stringify(args).slice(0, 200)}`;
            if (!envelope.ok) expect(envelope.error!.message, where).not.toMatch(/\n/);
            expect(res.body, where).not.toMatch(/root:x?:0:|CANARY1|Canary project/);
            if (serverPathsIn(schema, args).length > 0) {
              pathCalls++;
              expect(res.status, where).toBe(400);
              expect(envelope.error?.code, where).toBe('invalid-arguments');
            } else if (/^projects-(open|saveAs)$/.test(channel) && 'name' in (args as object)) {
              // A project name that is a path is the page's input error: refused in the envelope, as form errors are.
              expect(envelope, where).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
            }
          }
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 300)); // jobs the calls started end or fail
      console.log(`served-paths: ${calls} calls over ${channels.length} methods, ${pathCalls} with a path field, all refused with 400`);
      expect(pathCalls).toBeGreaterThanOrEqual(20);
      expect(snapshot(outside.dir)).toEqual(before);
      if (atimeWorks)
        for (const file of [canaryTable, canaryProject]) expect(fs.statSync(file).atimeMs, `${file} was read`).toBe(oldTime.getTime());
      expect(fs.readFileSync(canaryTable, 'utf8')).toBe(canaryText);
      // "../x" relative to the server's working folder, its data folder and their parents: nothing appeared.
      for (const dir of [process.cwd(), path.dirname(process.cwd()), path.dirname(app.dir), os.tmpdir(), path.dirname(outside.dir)]) {
        expect(
          fs.readdirSync(dir).filter((name) => name.includes(marker)),
          dir,
        ).toEqual([]);
      }
      expect(app.ctx.settings.recent().every((r) => r.path.startsWith(app.ctx.paths.projectsDir))).toBe(true);
    },
  );

  it('gives every method 401 without the cookie, even after GET /', async () => {
    const page = await new Promise<number>((resolve) => http.get(server.url, (res) => (res.resume(), resolve(res.statusCode ?? 0))));
    expect(page).toBe(200);
    for (const { channel } of channels) {
      const res = await post(`${server.url}api/${channel}`, {}, {});
      expect(res.status, channel).toBe(401);
    }
  });

  it('opens, lists and saves projects by name in the data folder only', async () => {
    const listed = await post(`${server.url}api/projects-list`, {}, { 'X-Crosswalk-Token': 'secret-token' });
    const names = (JSON.parse(listed.body) as { value: { name: string; bytes: number }[] }).value.map((e) => e.name);
    expect(names).toContain('served-project.crosswalk');
    const saved = await post(`${server.url}api/projects-saveAs`, { name: 'Copy of served' }, { 'X-Crosswalk-Token': 'secret-token' });
    expect(JSON.parse(saved.body)).toMatchObject({
      ok: true,
      value: { path: path.join(app.ctx.paths.projectsDir, 'Copy of served.crosswalk') },
    });
    const opened = await post(`${server.url}api/projects-open`, { name: 'served-project' }, { 'X-Crosswalk-Token': 'secret-token' });
    expect(JSON.parse(opened.body)).toMatchObject({ ok: true, value: { metadata: { title: 'Served project' } } });
    fs.symlinkSync(canaryProject, path.join(app.ctx.paths.projectsDir, 'link.crosswalk'));
    const linked = await post(`${server.url}api/projects-open`, { name: 'link.crosswalk' }, { 'X-Crosswalk-Token': 'secret-token' });
    expect(JSON.parse(linked.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringMatching(/links to a file outside the data folder/) as string },
    });
  });
});

describe('served mode in the core: the second line behind the HTTP adapter', () => {
  it('refuses paths in projects and file references once the context is restricted to the data folder', async () => {
    const app = createTestApp();
    try {
      expect(app.ctx.fileAccess).toBe('paths');
      app.ctx.restrictToDataFolder();
      expect(app.ctx.fileAccess).toBe('data-folder');
      const outsideFile = path.join(path.dirname(app.dir), `${path.basename(app.dir)}-outside.crosswalk`);
      for (const [channel, args] of [
        ['projects-create', { title: 'X', path: outsideFile }],
        ['projects-open', { path: outsideFile }],
        ['sources-importPreview', { file: { path: '/etc/passwd' }, format: 'csv' }],
      ] as const) {
        const envelope = await app.dispatch(channel, args);
        expect(envelope, channel).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
      }
      await app.api.projects.create({ title: 'Inside' });
      expect(await app.dispatch('projects-saveAs', { path: outsideFile })).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      });
      expect(fs.existsSync(outsideFile)).toBe(false);
      expect(app.ctx.projects.current()?.info().path).toBe(path.join(app.ctx.paths.projectsDir, 'inside.crosswalk'));
    } finally {
      app.cleanup();
    }
  });
});
