import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../electron/core/context.js';
import {
  ESCO_V110_EN,
  ESCO_V110_RELATIONS,
  ESCO_V111_EN,
  ESCO_V111_RELATIONS,
  ISCED_F_SNB,
  projectRoot,
  sharedFile,
} from '../support/shared-data.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { importFiles } from './vocab-fixtures.js';

const en = sharedFile(ESCO_V111_EN);
const relations = sharedFile(ESCO_V111_RELATIONS);
const en110 = sharedFile(ESCO_V110_EN);
const relations110 = sharedFile(ESCO_V110_RELATIONS);
const isced = sharedFile(ISCED_F_SNB);
const SKILLS = 'http://data.europa.eu/esco/concept-scheme/skills';
const OCCUPATIONS = 'http://data.europa.eu/esco/concept-scheme/occupations';
const ISCED_SCHEME = 'http://data.europa.eu/esco/concept-scheme/isced-f';

describe.skipIf(!en || !relations || !isced || !en110 || !relations110)('ESCO v1.1.1 acceptance (shared zips)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = createTestApp();
    const job = await importFiles(app, [en!, relations!]);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
  }, 120_000);
  afterAll(() => app.cleanup());

  it('has the published numbers of concepts, types and relations', () => {
    const concepts = app.ctx.library.concepts('esco-v1.1.1');
    const skills = concepts.filter((c) => c.schemes.includes(SKILLS) && (c.type === 'skill' || c.type === 'knowledge'));
    expect(skills).toHaveLength(13_896);
    expect(skills.filter((c) => c.type === 'knowledge')).toHaveLength(3_059);
    const info = app.ctx.library.get('esco-v1.1.1');
    expect(info.counts.skillCompetence).toBe(10_831);
    expect(concepts.filter((c) => c.schemes.includes(OCCUPATIONS) && c.type === 'occupation')).toHaveLength(3_007);
    expect(info.counts.occupationSkillRelations).toBe(123_855);
    expect(concepts.filter((c) => c.type === 'isced-field' && c.schemes.includes(ISCED_SCHEME))).toHaveLength(220);
  });

  it('answers the same numbers in SPARQL over the named graph', async () => {
    const result = await app.api.vocabularies.sparql({
      query: `PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX esco: <http://data.europa.eu/esco/model#>
        SELECT ?type (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a esco:Skill ; skos:inScheme <${SKILLS}> ; esco:skillType ?type } } GROUP BY ?type ORDER BY ?type`,
    });
    expect(result.kind).toBe('bindings');
    if (result.kind !== 'bindings') return;
    expect(result.json.results.bindings.map((b) => [b.type!.value.split('/').pop(), Number(b.n!.value)])).toEqual([
      ['knowledge', 3_059],
      ['skill', 10_831],
    ]);
  });

  it('browses knowledge by ISCED-F field and opens a concept page', async () => {
    const roots = await app.api.vocabularies.topConcepts({ id: 'esco-v1.1.1', scheme: ISCED_SCHEME });
    expect(roots).toHaveLength(12);
    const ict = roots.find((r) => r.notation === '06')!;
    const narrow = await app.api.vocabularies.children({ id: 'esco-v1.1.1', uri: ict.uri, scheme: SKILLS });
    expect(narrow.map((n) => n.notation)).toContain('061');
    const detailed = await app.api.vocabularies.children({
      id: 'esco-v1.1.1',
      uri: 'http://data.europa.eu/esco/isced-f/0613',
      scheme: SKILLS,
    });
    const haskell = detailed.find((d) => d.label === 'Haskell')!;
    expect(haskell.type).toBe('knowledge');
    const page = await app.api.vocabularies.concept({ id: 'esco-v1.1.1', uri: haskell.uri });
    expect(page.record.collections).toContain('digital');
    expect(page.essential.length + page.optional.length).toBeGreaterThan(0);
    const hits = await app.api.vocabularies.search({ id: 'esco-v1.1.1', text: 'haskel' });
    expect(hits[0]!.uri).toBe(haskell.uri);
  });

  it('keeps v1.1.0 side by side and the SNB ISCED-F scheme', async () => {
    expect((await importFiles(app, [en110!, relations110!])).state).toBe('succeeded');
    expect((await importFiles(app, [isced!])).state).toBe('succeeded');
    const snb = app.ctx.library.concepts('isced-f-2013-snb').filter((c) => c.schemes.includes('http://data.europa.eu/snb/isced-f/25831c2'));
    expect(snb).toHaveLength(220);
    expect(app.ctx.library.get('esco-v1.1.0').counts.skills).toBe(13_891);
    const graphs = await app.api.vocabularies.sparql({
      query: 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <http://rdfs.org/ns/void#Dataset> } } ORDER BY ?g',
    });
    expect(graphs.kind === 'bindings' && graphs.json.results.bindings.map((b) => b.g!.value.split('/').pop())).toEqual([
      'esco-v1.1.0',
      'esco-v1.1.1',
      'isced-f-2013-snb',
    ]);
  }, 120_000);

  it('reopens from the library folder and lists through the CLI', () => {
    const reopened = createAppContext({
      host: 'cli',
      version: 't',
      userDataDir: app.dir,
      workersDir: path.join(projectRoot, 'dist', 'workers'),
    });
    try {
      expect(reopened.library.index('esco-v1.1.1').search('haskell')[0]!.label).toBe('Haskell');
    } finally {
      reopened.dispose();
    }
    const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
    const listed = spawnSync(process.execPath, [cli, 'vocab', 'list', '--library', app.ctx.paths.libraryDir, '--json'], {
      encoding: 'utf8',
    });
    expect(listed.status, listed.stderr).toBe(0);
    const rows = listed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; counts: Record<string, number> });
    expect(rows.find((r) => r.id === 'esco-v1.1.1')!.counts.occupationSkillRelations).toBe(123_855);
    const sparql = spawnSync(
      process.execPath,
      [
        cli,
        'sparql',
        '--library',
        app.ctx.paths.libraryDir,
        '--format',
        'csv',
        'SELECT (COUNT(?c) AS ?n) WHERE { GRAPH <https://w3id.org/crosswalk/vocabulary/isced-f-2013-snb> { ?c a <http://www.w3.org/2004/02/skos/core#Concept> } }',
      ],
      { encoding: 'utf8' },
    );
    expect(sparql.status, sparql.stderr).toBe(0);
    expect(sparql.stdout).toBe('n\r\n220\r\n');
  }, 60_000);
});
