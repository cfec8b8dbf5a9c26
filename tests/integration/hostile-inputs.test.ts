import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../shared/domain/job.js';
import { DEFAULT_INPUT_LIMITS_MIB } from '../../electron/core/files/input-file.js';
import { createProjectFile } from '../../electron/core/projects/project-service.js';
import type { TestApp } from '../support/test-context.js';
import { HOSTILE_KINDS, type HostileKind } from './hostile-kinds.js';
import { appWithProject, failure, writeFixture } from './source-support.js';

// Every bad input is made here, in the test. Each is refused or accepted as documented (README,
// "Errors and hostile inputs"): a refusal is one line naming file, line and field where they apply
// (never a stack), and leaves the project file and the vocabulary library byte-identical; the
// process's peak RSS stays under 1.5 GiB over all of them. The kinds (47):
//   1–6 (below): a NUL byte in a CSV id; in a CSV text; a file mixing UTF-8 and Latin-1; entity
//     references such as &amp; left in a text (warning); truncated RDF/XML as a source; a damaged
//     project file.
//   7–47 (hostile-kinds.ts), sources: a folder, a named pipe, /dev/zero, a link to /dev/zero, a link
//     to itself, a table over the size cap, an empty CSV, a header without rows, binary bytes named
//     .csv, a truncated XLSX, an XLSX zip bomb, duplicate ids, a billion laughs in RDF/XML, a quadratic entity
//     blow-up, an external entity (XXE), JSON-LD nested 10,000 deep, JSON cut off, a Turtle syntax
//     error, a NUL escape in Turtle; accepted: UTF-16 with BOM, terminal escapes and a bell in a text, a spreadsheet formula
//     as a text. Mapping tables: a named pipe, over the size cap, a truncated XLSX, an XLSX zip bomb, SSSOM CURIEs with
//     an undeclared prefix (row error), a NUL byte in an SSSOM row and in a mapping-table CSV.
//     Vocabularies: a folder, a named pipe, over the size cap, a zip over the zip cap, a zip bomb,
//     a truncated zip, a billion laughs in RDF/XML, an external entity, truncated RDF/XML, JSON-LD
//     nested 10,000 deep, a NUL escape in a Turtle label, Latin-1 Turtle.
// Elsewhere: oversized and malformed HTTP requests (http tests), SPARQL CONSTRUCT over a cross join
// (sparql-construct-memory.test.ts), terminal escapes printed by the CLI (cli-adapter.test.ts).

let app: TestApp;

const MAPPING = { id: 'id', text: 'text' };

/** The project file and its WAL, byte for byte. */
function projectBytes(): Buffer[] {
  const file = app.ctx.projects.require().path;
  return [file, `${file}-wal`].map((f) => (fs.existsSync(f) ? fs.readFileSync(f) : Buffer.alloc(0)));
}

async function refusedCommit(file: string) {
  const before = projectBytes();
  const error = await failure(app.api.sources.importCommit({ file: { path: file }, mapping: MAPPING }));
  expect(error.message).not.toMatch(/\n|\bat \S+:\d+/);
  expect(projectBytes()).toEqual(before);
  expect(await app.api.sources.listItems({})).toEqual([]);
  return error;
}

describe('hostile inputs', () => {
  beforeEach(async () => {
    app = await appWithProject();
  });
  afterEach(() => app.cleanup());

  it('a NUL byte in a CSV id is refused, naming file, line and field', async () => {
    const file = writeFixture(app, 'nul-id.csv', 'id,text\nLO1,Fine\nLO\u00002,Has a NUL in its id\n');
    const error = await refusedCommit(file);
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe('nul-id.csv, line 3, field "id": contains a NUL byte (U+0000); remove it from the file');
  });

  it('a NUL byte in a CSV text is refused, naming file, line and field', async () => {
    const file = writeFixture(app, 'nul-text.csv', 'id,text\nLO1,Fine\nLO2,Cut\u0000short\n');
    const error = await refusedCommit(file);
    expect(error.message).toBe('nul-text.csv, line 3, field "text": contains a NUL byte (U+0000); remove it from the file');
  });

  it('a file mixing UTF-8 and Latin-1 is refused (not read as Windows-1252 with mojibake), naming the first Latin-1 line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('id,text\nLO1,Erklärt Grundsätze\n', 'utf8'),
      Buffer.from('LO2,Prüft Ergebnisse\n', 'latin1'),
    ]);
    const file = writeFixture(app, 'mixed.csv', bytes);
    const preview = await failure(app.api.sources.importPreview({ file: { path: file } }));
    const expected =
      'mixed.csv, line 3, field "encoding": the file mixes encodings: parts are UTF-8, this line is not (byte 0xFC); save the whole file as UTF-8 and import it again';
    expect(preview).toMatchObject({ code: 'bad-input', message: expected });
    expect((await refusedCommit(file)).message).toBe(expected);
    // The same text all in Latin-1 is still read, as Windows-1252.
    const latin1 = writeFixture(app, 'latin1.csv', Buffer.from('id,text\nLO1,Erklärt Grundsätze\nLO2,Prüft Ergebnisse\n', 'latin1'));
    expect((await app.api.sources.importPreview({ file: { path: latin1 } })).encoding).toBe('windows-1252');
  });

  it('an entity reference left in a text is accepted as written, with a warning naming line and field', async () => {
    const file = writeFixture(app, 'entities.csv', 'id,text\nLO1,Research &amp; development\nLO2,Plain & simple\n');
    const preview = await app.api.sources.importPreview({ file: { path: file }, mapping: MAPPING });
    expect(preview.rows[0]!.problems).toEqual([
      {
        row: 2,
        field: 'text',
        severity: 'warning',
        message: 'contains the entity reference "&amp;" as text; kept as written (was the file escaped twice?)',
      },
    ]);
    expect(preview.rows[1]!.problems).toEqual([]);
    const result = await app.api.sources.importCommit({ file: { path: file }, mapping: MAPPING });
    expect(result.added).toBe(2);
    expect((await app.api.sources.listItems({})).map((i) => i.text)).toEqual(['Research &amp; development', 'Plain & simple']);
  });

  it('truncated RDF/XML is refused with file, line and field', async () => {
    const rdf = [
      '<?xml version="1.0"?>',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">',
      '  <skos:ConceptScheme rdf:about="http://example.org/s"/>',
      '  <skos:Concept rdf:about="http://example.org/c1"><skos:prefLabel xml:lang="en">One</skos:prefLabel><skos:inScheme rdf:resource="http://example.org/s"/></skos:Concept>',
      '  <skos:Concept rdf:about="http://example.org/c2"><skos:prefLabel xml:lang="en">Tw',
    ].join('\n');
    const file = writeFixture(app, 'truncated.rdf', rdf);
    const before = projectBytes();
    const error = await failure(app.api.sources.importCommit({ file: { path: file }, format: 'skos' }));
    expect(error.code).toBe('bad-input');
    expect(error.message).toMatch(/^truncated\.rdf, line \d+, field "syntax": not valid RDF\/XML: /);
    expect(error.message).not.toContain('\n');
    expect(projectBytes()).toEqual(before);
  });

  it('a damaged project file is refused on open with one line naming it, and is left as it was', async () => {
    const file = path.join(app.dir, 'damaged.crosswalk');
    createProjectFile(file, { title: 'To be damaged' });
    const bytes = fs.readFileSync(file);
    // Page 1 (the header and the schema root) stays; every later page is overwritten.
    bytes.fill(0xff, 4096);
    fs.writeFileSync(file, bytes);
    const error = await failure(app.api.projects.open({ path: file }));
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged \\(.+\\); open a backup or a Save As copy of it instead\\.$`),
    );
    expect(fs.readFileSync(file)).toEqual(bytes);
    // The project that was open stays open.
    expect(app.ctx.projects.current()?.metadata().title).toBe('Sources test');
  });
});

/** Peak resident memory of this test process (the file's imports run in it and its worker threads). */
function peakRssBytes(): number {
  const line = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return line ? Number(line[1]) * 1024 : process.memoryUsage().rss;
}

/** Every file under `dir` with its SHA-256, so that "byte-identical" means bytes. */
function treeHashes(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .map((f) => `${path.relative(dir, f)} ${createHash('sha256').update(fs.readFileSync(f)).digest('hex')}`)
    .sort();
}

describe(`hostile inputs, ${HOSTILE_KINDS.length} more kinds: refused or accepted as documented`, () => {
  let shared: TestApp;
  let inputs: string;
  beforeAll(async () => {
    shared = await appWithProject();
    inputs = fs.mkdtempSync(path.join(shared.dir, 'inputs-'));
  });
  afterAll(() => {
    const peak = peakRssBytes();
    console.log(`hostile inputs: peak RSS ${Math.round(peak / 1024 / 1024)} MiB`);
    shared.cleanup();
    expect(peak).toBeLessThan(1.5 * 1024 * 1024 * 1024);
  });

  const state = () => {
    const project = shared.ctx.projects.require().path;
    return {
      project: [project, `${project}-wal`].map((f) =>
        fs.existsSync(f) ? createHash('sha256').update(fs.readFileSync(f)).digest('hex') : '',
      ),
      library: treeHashes(shared.ctx.paths.libraryDir),
    };
  };

  async function run(k: HostileKind, file: string): Promise<{ ok: true; value: unknown } | { ok: false; code: string; message: string }> {
    try {
      if (k.route === 'source') return { ok: true, value: await shared.api.sources.importCommit({ file: { path: file }, ...k.args }) };
      if (k.route === 'mapping-table')
        return { ok: true, value: await shared.api.export.importPreview({ file: { path: file }, format: 'auto', ...k.args }) };
      const { jobId } = await shared.api.vocabularies.import({ files: [{ path: file }] });
      const job: JobInfo = await shared.ctx.jobs.wait(jobId);
      return job.state === 'succeeded'
        ? { ok: true, value: job.result }
        : { ok: false, code: job.error?.code ?? job.state, message: job.error?.message ?? '' };
    } catch (error) {
      return { ok: false, code: (error as { code: string }).code, message: (error as Error).message };
    }
  }

  for (const k of HOSTILE_KINDS) {
    it(`${k.refused ? 'refuses' : 'accepts'} ${k.kind}`, async () => {
      shared.ctx.settings.update({ ...DEFAULT_INPUT_LIMITS_MIB, ...k.settings });
      const file = k.make(inputs);
      const before = state();
      const outcome = await run(k, file);
      if (k.refused) {
        expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: false, code: 'bad-input' });
        const message = outcome.ok ? '' : outcome.message;
        expect(message).not.toContain('\n');
        expect(message).not.toMatch(/\bat \S+:\d+/);
        if (typeof k.refused === 'string') expect(message).toBe(k.refused);
        else expect(message).toMatch(k.refused);
        expect(state()).toEqual(before);
      } else {
        expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
        k.accepted!(outcome.ok ? outcome.value : undefined);
      }
    });
  }
});
