import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConceptChange } from '../../shared/domain/vocabulary-diff.js';
import { projectRoot } from '../support/shared-data.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { importFiles, MINI_ESCO, writeMiniEsco } from './vocab-fixtures.js';

const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
const E = 'http://data.europa.eu/esco/';

/** The mini ESCO with Haskell relabelled, "write code" made transversal, a new skill and no occupation. */
const NEWER = {
  'skills_en.csv': [
    MINI_ESCO['skills_en.csv'][0]!,
    MINI_ESCO['skills_en.csv'][1]!.replace(',Haskell,', ',Haskell (language),'),
    MINI_ESCO['skills_en.csv'][2]!.replace(',cross-sector,', ',transversal,'),
    `KnowledgeSkillCompetence,${E}skill/s2,skill/competence,cross-sector,test code,,,released,,,,${E}concept-scheme/skills,Test code.`,
  ],
  'occupations_en.csv': [MINI_ESCO['occupations_en.csv'][0]!],
};

const skos = (body: string) => `@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dct: <http://purl.org/dc/terms/> . @prefix ex: <http://example.org/v/> .
ex:s a skos:ConceptScheme . ${body}`;

describe('vocabularies.diff and crosswalk vocab diff', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = createTestApp();
    for (const [version, overrides] of [
      ['v9.9.8', {}],
      ['v9.9.9', NEWER],
    ] as const) {
      const dir = path.join(app.dir, version);
      fs.mkdirSync(dir);
      const job = await importFiles(app, writeMiniEsco(dir, version, overrides));
      expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    }
  }, 60_000);
  afterAll(() => app.cleanup());

  it('lists each changed concept of two imported ESCO-shaped versions with before and after', async () => {
    const diff = await app.api.vocabularies.diff({ from: 'esco-v9.9.8', to: 'esco-v9.9.9' });
    expect(diff.changes.map((c) => [c.uri, c.changes])).toEqual([
      [`${E}skill/s2`, ['added']],
      [`${E}occupation/o1`, ['removed']],
      [`${E}skill/k1`, ['relabelled']],
      [`${E}skill/s1`, ['reuse-level-changed']],
    ]);
    expect(diff.changes[2]).toMatchObject({ before: { prefLabel: { en: 'Haskell' } }, after: { prefLabel: { en: 'Haskell (language)' } } });
    expect(diff.changes[3]).toMatchObject({ type: 'skill', before: { reuseLevel: 'cross-sector' }, after: { reuseLevel: 'transversal' } });
    expect(diff.counts).toMatchObject({ added: 1, removed: 1, relabelled: 1, 'reuse-level-changed': 1, changed: 4, before: 6, after: 6 });
  });

  it('refuses an unknown version with not-found', async () => {
    await expect(app.api.vocabularies.diff({ from: 'esco-v9.9.8', to: 'esco-v0' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reads replacement and deprecation from SKOS files (dcterms:isReplacedBy, dcterms:replaces, owl:deprecated)', async () => {
    const older = path.join(app.dir, 'scheme-old.ttl');
    const newer = path.join(app.dir, 'scheme-new.ttl');
    fs.writeFileSync(
      older,
      skos(
        'ex:a a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "a"@en . ex:b a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "b"@en .',
      ),
    );
    fs.writeFileSync(
      newer,
      skos(`ex:a a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "a"@en ; owl:deprecated true ; dct:isReplacedBy ex:c , ex:d .
        ex:c a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "c"@en . ex:d a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "d"@en ; dct:replaces ex:b .`),
    );
    for (const file of [older, newer]) expect((await importFiles(app, [file])).state).toBe('succeeded');
    const diff = await app.api.vocabularies.diff({ from: 'scheme-old', to: 'scheme-new' });
    const byUri = new Map(diff.changes.map((c) => [c.uri.replace('http://example.org/v/', ''), c]));
    expect(byUri.get('a')).toMatchObject({
      change: 'replaced',
      changes: ['replaced', 'deprecated'],
      replacement: 'split',
      after: { status: 'deprecated', replacedBy: ['http://example.org/v/c', 'http://example.org/v/d'] },
    });
    expect(byUri.get('b')).toMatchObject({ change: 'replaced', replacement: 'merged', after: { replacedBy: ['http://example.org/v/d'] } });
    expect([...byUri.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('prints one JSON object per changed concept with --json, and counts without', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cli, 'vocab', 'diff', '--library', app.ctx.library.dir, ...args], {
        encoding: 'utf8',
        env: { ...process.env, CROSSWALK_HOME: app.dir },
      });
    const json = run('esco-v9.9.8', 'esco-v9.9.9', '--json');
    expect(json.stderr).toBe('');
    const lines = json.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ConceptChange);
    expect(lines.map((l) => [l.uri, l.change])).toEqual([
      [`${E}skill/s2`, 'added'],
      [`${E}occupation/o1`, 'removed'],
      [`${E}skill/k1`, 'relabelled'],
      [`${E}skill/s1`, 'reuse-level-changed'],
    ]);
    expect(lines[0]!.after!.prefLabel).toEqual({ en: 'test code' });
    const text = run('esco-v9.9.8', 'esco-v9.9.9');
    expect(text.stdout).toContain('esco-v9.9.8 (6 concepts) → esco-v9.9.9 (6 concepts): 4 changed, 3 unchanged');
    expect(text.stdout).toContain('relabelled\t1\n');
    const missing = run('esco-v9.9.8', 'nope');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('No vocabulary "nope"');
  });
});
