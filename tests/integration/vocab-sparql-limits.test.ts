import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SparqlAnswer } from '../../shared/contract/vocabularies.js';
import { projectRoot } from '../support/shared-data.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { importFiles } from './vocab-fixtures.js';

const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
const CONCEPTS = 3400; // × 3 triples: just over the default cap of 10,000 rows
/** A cross product of five triple patterns: (3 × 3400)^5 rows to count, i.e. a query that never ends. */
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?q }';
const POINT = 'SELECT ?label WHERE { <http://example.org/big/c7> <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }';

function bigVocabulary(dir: string): string {
  const lines: string[] = [];
  for (let i = 0; i < CONCEPTS; i++) {
    const c = `<http://example.org/big/c${i}>`;
    lines.push(`${c} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .`);
    lines.push(`${c} <http://www.w3.org/2004/02/skos/core#prefLabel> "Concept ${i}"@en .`);
    lines.push(`${c} <http://www.w3.org/2004/02/skos/core#inScheme> <http://example.org/big/scheme> .`);
  }
  const file = path.join(dir, 'big.nt');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const rows = (answer: SparqlAnswer) => (answer.kind === 'bindings' ? answer.json.results.bindings : []);

describe('SPARQL over the library: row cap, time limit, cancel', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = createTestApp();
    const job = await importFiles(app, [bigVocabulary(app.dir)]);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
  });
  afterAll(() => app.cleanup());

  it('returns at most 10,000 rows by default, flagged as truncated, and fewer on request', async () => {
    const all = await app.api.vocabularies.sparql({ query: 'SELECT * WHERE { ?s ?p ?o }' });
    expect(rows(all)).toHaveLength(10_000);
    expect(all.truncated).toBe(true);
    const few = await app.api.vocabularies.sparql({ query: 'SELECT * WHERE { ?s ?p ?o }', limit: 5 });
    expect(rows(few)).toHaveLength(5);
    expect(few.truncated).toBe(true);
    const point = await app.api.vocabularies.sparql({ query: POINT });
    expect(rows(point).map((r) => r.label!.value)).toEqual(['Concept 7']);
    expect(point.truncated).toBeUndefined();
  });

  it('stops a query over its time limit with a clear error, and answers the queries waiting behind it', async () => {
    const runaway = app.api.vocabularies.sparql({ query: RUNAWAY, timeoutSeconds: 1 });
    const next = app.api.vocabularies.sparql({ query: POINT });
    await expect(runaway).rejects.toMatchObject({ code: 'cancelled', message: expect.stringMatching(/longer than 1 s and was stopped/) });
    expect(rows(await next).map((r) => r.label!.value)).toEqual(['Concept 7']);
  });

  it('cancels a running query by its id, so that later queries run', async () => {
    await app.api.vocabularies.sparql({ query: POINT }); // the store is loaded
    const runaway = app.api.vocabularies.sparql({ query: RUNAWAY, queryId: 'runaway-1' });
    const next = app.api.vocabularies.sparql({ query: POINT, queryId: 'next-1' });
    expect(await app.api.vocabularies.cancelSparql({ queryId: 'runaway-1' })).toEqual({ cancelled: true });
    await expect(runaway).rejects.toMatchObject({ code: 'cancelled', message: expect.stringMatching(/cancelled/) });
    expect(rows(await next)).toHaveLength(1);
    expect(await app.api.vocabularies.cancelSparql({ queryId: 'runaway-1' })).toEqual({ cancelled: false });
  });

  it('cancels a query whose cancel request arrived before it', async () => {
    expect(await app.api.vocabularies.cancelSparql({ queryId: 'early-1' })).toEqual({ cancelled: false });
    await expect(app.api.vocabularies.sparql({ query: RUNAWAY, queryId: 'early-1' })).rejects.toMatchObject({ code: 'cancelled' });
  });

  describe('crosswalk sparql', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cli, 'sparql', '--library', app.ctx.paths.libraryDir, ...args], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, CROSSWALK_HOME: app.dir },
      });

    it('caps rows (saying so on stderr) unless --limit 0 asks for all', () => {
      const capped = run('--limit', '3', 'SELECT * WHERE { ?s ?p ?o }');
      expect(capped.status, capped.stderr).toBe(0);
      expect((JSON.parse(capped.stdout) as { results: { bindings: unknown[] } }).results.bindings).toHaveLength(3);
      expect(capped.stderr).toMatch(/truncated to the first 3 rows; use --limit 0/);
      const all = run('--limit', '0', '--format', 'csv', 'SELECT * WHERE { ?s ?p ?o }');
      expect(all.status, all.stderr).toBe(0);
      expect(all.stdout.trim().split('\r\n')).toHaveLength(app.ctx.library.list()[0]!.counts.triples + 1);
      expect(all.stderr).not.toMatch(/truncated/);
    });

    it('stops a query after --timeout seconds and exits 1', () => {
      const result = run('--timeout', '1', RUNAWAY);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/crosswalk: The query ran longer than 1 s/);
    });
  });
});
