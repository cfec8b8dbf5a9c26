import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../shared/contract/client.js';
import type { ApiClient } from '../../shared/contract/index.js';
import type { Envelope } from '../../shared/contract/method.js';
import { startHttpAdapter, type RunningServer } from '../../electron/server/http-adapter.js';
import { addItems, addScheme } from '../../electron/core/mappings/testing.js';
import { createProjectFile, openProject } from '../../electron/core/projects/project-service.js';
import { projectRoot } from '../support/shared-data.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');

/**
 * The CLI is the third adapter over the dispatcher: the same method through the CLI, HTTP and the
 * in-process client gives the same value, and bad arguments the same error.
 */
describe('CLI, HTTP and in-process client: one contract', () => {
  let app: TestApp;
  let server: RunningServer;
  let inProcess: ApiClient;
  let overHttp: ApiClient;
  let file: string;
  let env: NodeJS.ProcessEnv;
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, '--author', 'Test Curator', ...args], { encoding: 'utf8', env });

  beforeAll(async () => {
    app = createTestApp();
    env = { ...process.env, CROSSWALK_HOME: path.join(app.dir, 'cli-home') };
    const rendererDir = path.join(app.dir, 'renderer');
    fs.mkdirSync(rendererDir, { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    server = await startHttpAdapter({ ctx: app.ctx, dispatch: app.dispatch, rendererDir, port: 0, token: 't0ken' });
    inProcess = createApiClient((domain, name, args) => app.dispatch(`${domain}-${name}`, args));
    overHttp = createApiClient(async (domain, name, args) => {
      const res = await fetch(`${server.url}api/${domain}-${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Crosswalk-Token': 't0ken' },
        body: JSON.stringify(args),
      });
      return (await res.json()) as Envelope<unknown>;
    });

    // In the data folder: the served context opens projects by name only.
    file = path.join(app.ctx.paths.projectsDir, 'three.crosswalk');
    createProjectFile(file, { title: 'Three adapters', language: 'de' });
    const project = openProject(file);
    const scheme = addScheme(project.db, { title: 'Course \u001b[31mA' });
    addItems(project.db, scheme, [
      { key: 'LO1', text: 'Analyse data' },
      { key: 'LO2', text: 'Red \u001b[31mtext\u001b[0m and a bell\u0007' },
      ...Array.from({ length: 3000 }, (_, i) => ({ key: `BULK${i}`, text: `Outcome ${i} ${'x'.repeat(100)}` })),
    ]);
    project.close();
  });
  afterAll(async () => {
    await server.close();
    app.cleanup();
  });

  it('gives the same project info and items through all three', async () => {
    const cliInfo = JSON.parse(run('project', 'info', '--json', file).stdout) as unknown;
    expect(await inProcess.projects.open({ name: 'three.crosswalk' })).toEqual(cliInfo);
    expect(await overHttp.projects.current({})).toEqual(cliInfo);

    const listed = run('source', 'list', '--project', file, '--json');
    expect(listed.status).toBe(0);
    const cliRows = listed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; text: string });
    const items = await overHttp.sources.listItems({ state: 'active' });
    expect(cliRows.map((r) => [r.id, r.text])).toEqual(items.map((i) => [i.key, i.text]));
    expect(await inProcess.sources.listItems({ state: 'active' })).toEqual(items);
  });

  it('refuses bad arguments with the same error through all three', async () => {
    const bad = { title: 'Bad', language: 'not a tag', path: path.join(app.dir, 'bad') };
    const errorOf = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: Error & { code: string }) => ({ code: error.code, message: error.message }),
      );
    // Without the path for the served context, which refuses paths before anything else.
    const served = { title: bad.title, language: bad.language };
    const local = await errorOf(inProcess.projects.create(served));
    expect(local).toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringMatching(/^Invalid arguments for projects-create: language: /),
    });
    expect(await errorOf(overHttp.projects.create(served))).toEqual(local);

    const result = run('project', 'create', '--title', bad.title, '--language', bad.language, bad.path);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`crosswalk: ${local!.message}`);
    expect(fs.existsSync(`${bad.path}.crosswalk`)).toBe(false);
  });

  it('runs the same SPARQL query through all three, uncapped ("--limit 0" is limit \'all\'), and refuses a bad one alike', async () => {
    const concepts = Array.from({ length: 12 }, (_, i) => [
      `<http://example.org/tiny/c${i}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .`,
      `<http://example.org/tiny/c${i}> <http://www.w3.org/2004/02/skos/core#prefLabel> "Tiny ${i}"@en .`,
    ]).flat();
    const vocabulary = path.join(app.dir, 'tiny.nt');
    fs.writeFileSync(vocabulary, `${concepts.join('\n')}\n`);
    // Imported through the CLI: the served context takes no server paths.
    const library = app.ctx.paths.libraryDir;
    const imported = run('vocab', 'import', '--library', library, vocabulary);
    expect(imported.status, imported.stderr).toBe(0);
    const query = 'SELECT ?c ?label WHERE { ?c <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } ORDER BY ?c';

    const local = await inProcess.vocabularies.sparql({ query, limit: 'all', timeoutSeconds: 'never' });
    expect(local.kind === 'bindings' && local.json.results.bindings).toHaveLength(12);
    expect(local.truncated).toBeUndefined();
    expect(await overHttp.vocabularies.sparql({ query, limit: 'all', timeoutSeconds: 'never' })).toEqual(local);
    const cliAll = run('sparql', '--library', library, '--limit', '0', '--timeout', '0', query);
    expect(cliAll.status, cliAll.stderr).toBe(0);
    expect(local.kind === 'bindings' && JSON.parse(cliAll.stdout)).toEqual(local.kind === 'bindings' && local.json);

    const capped = await inProcess.vocabularies.sparql({ query, limit: 5 });
    expect(capped.truncated).toBe(true);
    const cliCapped = run('sparql', '--library', library, '--limit', '5', query);
    expect(JSON.parse(cliCapped.stdout)).toEqual(capped.kind === 'bindings' && capped.json);
    expect(cliCapped.stderr).toMatch(/truncated to the first 5 rows/);

    const errorOf = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: Error & { code: string }) => ({ code: error.code, message: error.message }),
      );
    const broken = await errorOf(inProcess.vocabularies.sparql({ query: 'SELEKT ?x WHERE {' }));
    expect(broken).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(await errorOf(overHttp.vocabularies.sparql({ query: 'SELEKT ?x WHERE {' }))).toEqual(broken);
    const cliBroken = run('sparql', '--library', library, 'SELEKT ?x WHERE {');
    expect(cliBroken.status).toBe(1);
    expect(cliBroken.stderr.trim()).toBe(`crosswalk: ${broken!.message}`);
    // 0 is no longer a number that means "all": the contract says so in words.
    expect(await errorOf(inProcess.vocabularies.sparql({ query, limit: 0 }))).toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringMatching(/limit/),
    });
  });

  it('shows control characters from imported text as visible escapes, never raw', () => {
    const plain = run('source', 'list', '--project', file);
    expect(plain.status).toBe(0);
    expect([...plain.stdout].filter((ch) => ch < ' ' && ch !== '\n' && ch !== '\t')).toEqual([]);
    expect(plain.stdout).toContain('Course \\x1b[31mA\t\tLO2\tRed \\x1b[31mtext\\x1b[0m and a bell\\x07');
    const json = run('source', 'list', '--project', file, '--json');
    expect(json.stdout).not.toContain('\u001b');
    expect(json.stdout).toContain('\\u001b[31mtext');
  });

  it('stops quietly when the reader goes away (--json | head)', async () => {
    const child = spawn(process.execPath, [cli, 'source', 'list', '--project', file, '--json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
