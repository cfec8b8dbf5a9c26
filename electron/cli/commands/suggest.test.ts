import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../tests/support/shared-data.js';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { onnxRuntimeMissing, writeTinyModelFolder } from '../../../tests/support/tiny-onnx.js';
import { DATA_PEOPLE_VECTORS, wordPieceTokenizerJson } from '../../../tests/support/tiny-tokenizers.js';

const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
const missingRuntime = await onnxRuntimeMissing();
if (missingRuntime) console.log(`suggest.test.ts: the --model tests are skipped, ${missingRuntime}`);

const EX = 'http://example.org/skills/';
const TURTLE = `
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <${EX}> .
ex:scheme a skos:ConceptScheme ; skos:prefLabel "Test skills"@en .
ex:systems a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "manage systems"@en .
ex:sql a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "SQL database"@en .
ex:staff a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "manage staff"@en .
ex:bake a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "bake bread"@en .
`;

interface Line {
  id: string;
  suggestions: { uri: string; label: string; score: number; spans?: { start: number; end: number }[]; supportedBy?: string }[];
}

describe('crosswalk suggest --per-statement and --model (the real CLI on a temp data folder)', () => {
  const temp = makeTempDir();
  const home = path.join(temp.dir, 'home');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, 'suggest', '--input', input, ...args], {
      encoding: 'utf8',
      env: { ...process.env, CROSSWALK_HOME: home },
    });
  const input = path.join(temp.dir, 'in.csv');
  const lines = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
  const settingsFile = path.join(home, 'settings.json');

  beforeAll(() => {
    const vocabulary = path.join(temp.dir, 'skills.ttl');
    fs.writeFileSync(vocabulary, TURTLE);
    const imported = spawnSync(process.execPath, [cli, 'vocab', 'import', vocabulary], {
      encoding: 'utf8',
      env: { ...process.env, CROSSWALK_HOME: home },
    });
    expect(imported.status, imported.stderr).toBe(0);
    fs.writeFileSync(input, 'id,text\nlo1,manage database systems\nlo2,bake bread and manage staff\n');
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('--per-statement suggests for each skill statement too, saying which words of the text support a candidate', () => {
    const whole = lines(run('--top', '4').stdout);
    expect(whole[1]!.suggestions.every((s) => s.spans === undefined)).toBe(true);

    const result = run('--top', '4', '--per-statement');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const byUri = new Map(lines(result.stdout)[1]!.suggestions.map((s) => [s.uri, s]));
    expect(byUri.get(`${EX}bake`)).toMatchObject({ spans: [{ start: 0, end: 10 }], supportedBy: 'bake bread' });
    expect(byUri.get(`${EX}staff`)).toMatchObject({ spans: [{ start: 15, end: 27 }], supportedBy: 'manage staff' });

    const csv = run('--top', '4', '--per-statement', '--format', 'csv').stdout.trim().split('\n');
    expect(csv[0]).toBe('id,rank,uri,label,score,supported_by');
    expect(csv.find((r) => r.startsWith('lo2,') && r.includes(`${EX}bake`))).toMatch(/,bake bread$/);
  });

  it('refuses a model folder it cannot use with one line naming the problem, exit 1, writing nothing', () => {
    const empty = path.join(temp.dir, 'empty-model');
    fs.mkdirSync(empty);
    const result = run('--model', empty);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    // The message names the folder and what it lacks (or, without onnxruntime-node, that package).
    expect(result.stderr).toMatch(
      missingRuntime
        ? /^crosswalk: .*onnxruntime-node/
        : /^crosswalk: Sentence-embedding model folder .*empty-model has no model\.onnx and tokenizer\.json/,
    );
    const absent = run('--model', path.join(temp.dir, 'no-such-folder'));
    expect(absent.status).toBe(1);
    if (!missingRuntime) expect(absent.stderr).toMatch(/^crosswalk: Sentence-embedding model folder .*no-such-folder does not exist/);
    expect(fs.existsSync(settingsFile)).toBe(false);
    expect(fs.existsSync(path.join(home, 'embeddings'))).toBe(false);
  });

  describe.skipIf(missingRuntime !== null)('with a tiny ONNX model the test builds', () => {
    it('--model DIR fuses the model for this run only: vectors are computed once, then cached', () => {
      const model = path.join(temp.dir, 'tiny');
      writeTinyModelFolder(model, DATA_PEOPLE_VECTORS, wordPieceTokenizerJson);
      const lexical = lines(run('--top', '4').stdout)[0]!.suggestions.map((s) => s.uri);
      expect(lexical[0]).toBe(`${EX}systems`);

      const first = run('--top', '4', '--model', model);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stderr).toMatch(/^Embedding skills \(en\) for suggestions/);
      expect(lines(first.stdout)[0]!.suggestions[0]!.uri).toBe(`${EX}sql`);
      expect(fs.readdirSync(path.join(home, 'embeddings'))).toHaveLength(1);

      const second = run('--top', '4', '--model', model);
      expect(second.stderr).toBe('');
      expect(second.stdout).toBe(first.stdout);
      // Not saved: the next run without --model is lexical again, and Settings were never written.
      expect(lines(run('--top', '4').stdout)[0]!.suggestions.map((s) => s.uri)).toEqual(lexical);
      expect(fs.existsSync(settingsFile)).toBe(false);

      // A model saved in the app's Settings is used as well; --no-model leaves it out for one run.
      fs.writeFileSync(settingsFile, JSON.stringify({ settings: { embeddingModelFolder: model }, recent: [] }));
      expect(run('--top', '4').stdout).toBe(first.stdout);
      expect(lines(run('--top', '4', '--no-model').stdout)[0]!.suggestions.map((s) => s.uri)).toEqual(lexical);
      expect(JSON.parse(fs.readFileSync(settingsFile, 'utf8'))).toEqual({ settings: { embeddingModelFolder: model }, recent: [] });
      fs.rmSync(settingsFile);
    });
  });
});
