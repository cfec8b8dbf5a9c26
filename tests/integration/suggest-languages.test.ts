import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suggestText } from '../../electron/core/suggest/suggest-app.js';
import { projectRoot } from '../support/shared-data.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { makeTempDir } from '../support/temp-dir.js';
import { importFiles, writeMiniEsco, writeZip } from './vocab-fixtures.js';

/** A one-skill ESCO RDF package in one language, as the ESCO portal names its zips. */
function escoTtlZip(dir: string, language: string, label: string): string {
  const ttl = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix esco: <http://data.europa.eu/esco/model#> .
<http://data.europa.eu/esco/skill/k9> a skos:Concept, esco:Skill ; skos:prefLabel "${label}"@${language} ;
  esco:skillType <http://data.europa.eu/esco/skill-type/knowledge> ; skos:inScheme <http://data.europa.eu/esco/concept-scheme/skills> .
`;
  return writeZip(dir, `ESCO dataset - v9.9.8 - classification - ${language} - ttl.zip`, { [`esco-${language}.ttl`]: [ttl] });
}

describe('ESCO in several languages', () => {
  let app: TestApp;
  beforeEach(() => (app = createTestApp()));
  afterEach(() => app.cleanup());

  it('merges a second RDF language package of the same version into the vocabulary, adding its labels', async () => {
    expect((await importFiles(app, [escoTtlZip(app.dir, 'en', 'logic programming')])).state).toBe('succeeded');
    const job = await importFiles(app, [escoTtlZip(app.dir, 'de', 'Logikprogrammierung')]);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    expect(app.ctx.library.list().map((v) => v.id)).toEqual(['esco-v9.9.8']);
    expect(app.ctx.library.get('esco-v9.9.8').languages).toEqual(['de', 'en']);
    expect(app.ctx.library.concept('http://data.europa.eu/esco/skill/k9', 'esco-v9.9.8')!.prefLabel).toEqual({
      en: 'logic programming',
      de: 'Logikprogrammierung',
    });
    // The text's language picks the labels.
    expect(suggestText(app.ctx, { text: 'Logikprogrammierung', language: 'de' }).candidates[0]).toMatchObject({
      label: 'Logikprogrammierung',
    });
    expect(suggestText(app.ctx, { text: 'logic programming', language: 'en' }).candidates[0]).toMatchObject({ label: 'logic programming' });
  });

  it('merges RDF language packages given together, and a re-imported language replaces only its own labels', async () => {
    const job = await importFiles(app, [
      escoTtlZip(app.dir, 'en', 'logic programming'),
      escoTtlZip(app.dir, 'fr', 'programmation logique'),
    ]);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    expect(app.ctx.library.get('esco-v9.9.8').languages).toEqual(['en', 'fr']);
    const again = await importFiles(app, [escoTtlZip(app.dir, 'fr', 'programmation en logique')]);
    expect(again.state, JSON.stringify(again.error)).toBe('succeeded');
    expect(app.ctx.library.concept('http://data.europa.eu/esco/skill/k9', 'esco-v9.9.8')!.prefLabel).toEqual({
      en: 'logic programming',
      fr: 'programmation en logique',
    });
  });

  it('tells when there are no labels in the text language and suggests through identical labels', async () => {
    expect((await importFiles(app, writeMiniEsco(app.dir))).state).toBe('succeeded');
    const result = suggestText(app.ctx, { text: 'Ohjelmointi Haskell-kielellä', language: 'fi' });
    expect(result.labelsMissing).toEqual({ language: 'fi', available: ['en'] });
    expect(result.candidates.map((c) => [c.uri, c.via, c.labelLanguage])).toEqual([
      ['http://data.europa.eu/esco/skill/k1', 'identical-label', 'en'],
    ]);
  });
});

describe('crosswalk suggest with a language the library has no labels in', () => {
  const temp = makeTempDir();
  afterEach(() => temp.cleanup());

  it('prints a one-line notice on stderr once per language, and the identical-label candidates on stdout', () => {
    const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, CROSSWALK_HOME: temp.dir } });
    const library = path.join(temp.dir, 'library');
    expect(run('vocab', 'import', '--library', library, ...writeMiniEsco(temp.dir)).status).toBe(0);
    const input = path.join(temp.dir, 'in.csv');
    fs.writeFileSync(input, 'id,text,language\na,Haskell-ohjelmointi,fi\nb,Haskell ja koodi,fi\nc,write code,en\n');
    const result = run('suggest', '--library', library, '--input', input, '--top', '3');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^No vocabulary labels in "fi" \(available: en\)/)]);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; suggestions: { uri: string }[] });
    expect(lines.map((l) => l.suggestions[0]?.uri)).toEqual([
      'http://data.europa.eu/esco/skill/k1',
      'http://data.europa.eu/esco/skill/k1',
      'http://data.europa.eu/esco/skill/s1',
    ]);
  }, 60_000);
});
