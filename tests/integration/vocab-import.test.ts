import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/vocabulary.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { MINI_ESCO, MINI_RELATIONS, importFiles, librarySnapshot, writeMiniEsco, writeZip } from './vocab-fixtures.js';

const SKOS_TTL = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <http://example.org/voc/> .
ex:scheme a skos:ConceptScheme ; skos:prefLabel "Example scheme"@en ; skos:hasTopConcept ex:a .
ex:a a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "Alpha"@en, "Alpha DE"@de ; skos:notation "A" .
ex:b a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel " Beta "@en ; skos:altLabel "bee"@en, "bee"@en ; skos:broader ex:a .
`;

describe('vocabulary import (synthetic fixtures)', () => {
  let app: TestApp;
  beforeEach(() => (app = createTestApp()));
  afterEach(() => app.cleanup());

  it("imports a small ESCO CSV package following ESCO's model, with label cleaning counted", async () => {
    const job = await importFiles(app, writeMiniEsco(app.dir));
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    const report = job.result as ImportReport;
    expect(report.cleaning.duplicatesRemoved).toBeGreaterThanOrEqual(1);
    expect(report.cleaning.spacesNormalized).toBeGreaterThanOrEqual(1);
    const [info] = await app.api.vocabularies.list({});
    expect(info).toMatchObject({
      id: 'esco-v9.9.9',
      version: 'v9.9.9',
      languages: ['en'],
      counts: { skills: 2, knowledge: 1, occupations: 1, iscedFields: 2 },
    });
    expect(info!.sourceFiles[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const haskell = app.ctx.library.concept('http://data.europa.eu/esco/skill/k1');
    expect(haskell).toMatchObject({
      type: 'knowledge',
      reuseLevel: 'sector-specific',
      broader: ['http://data.europa.eu/esco/isced-f/0613'],
    });
    expect(haskell!.altLabels.en).toEqual(['Haskell programming', 'Haskell language']);

    const tops = await app.api.vocabularies.topConcepts({ id: info!.id, scheme: 'http://data.europa.eu/esco/concept-scheme/isced-f' });
    expect(tops.map((t) => t.notation)).toEqual(['06']);
    const kids = await app.api.vocabularies.children({
      id: info!.id,
      uri: 'http://data.europa.eu/esco/isced-f/0613',
      scheme: 'http://data.europa.eu/esco/concept-scheme/skills',
    });
    expect(kids.map((k) => k.label)).toEqual(['Haskell']);
    const hits = await app.api.vocabularies.search({ id: info!.id, text: 'haskell lang' });
    expect(hits[0]).toMatchObject({ uri: 'http://data.europa.eu/esco/skill/k1', matched: 'Haskell language' });
    const page = await app.api.vocabularies.concept({ id: info!.id, uri: 'http://data.europa.eu/esco/skill/k1' });
    expect(page.essential.map((l) => l.label)).toEqual(['software developer']);
    expect(page.related.map((l) => l.label)).toEqual(['write code']);

    const sparql = await app.api.vocabularies.sparql({
      query: `PREFIX esco: <http://data.europa.eu/esco/model#>
        SELECT ?skill WHERE { GRAPH <${info!.graph}> { <http://data.europa.eu/esco/occupation/o1> esco:hasEssentialSkill ?skill .
        ?skill esco:skillType <http://data.europa.eu/esco/skill-type/knowledge> } }`,
    });
    expect(sparql.kind === 'bindings' && sparql.json.results.bindings.map((b) => b.skill!.value)).toEqual([
      'http://data.europa.eu/esco/skill/k1',
    ]);
  });

  it('merges language packages of one version into one multilingual vocabulary, also when added later', async () => {
    const [en, relations] = writeMiniEsco(app.dir);
    const german = (file: string, lines: string[]) =>
      [
        file.replace('_en', '_de'),
        lines.map((l) => l.replace('Haskell,', 'Haskell (Programmiersprache),').replace('write code', 'Code schreiben')),
      ] as const;
    const deFiles = Object.fromEntries(Object.entries(MINI_ESCO).map(([f, lines]) => german(f, lines)));
    const de = writeZip(app.dir, 'ESCO dataset - v9.9.9 - classification - de - csv.zip', deFiles);
    expect((await importFiles(app, [en!, relations!])).state).toBe('succeeded');
    const job = await importFiles(app, [de]);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    const info = app.ctx.library.get('esco-v9.9.9');
    expect(info.languages).toEqual(['de', 'en']);
    expect(info.sourceFiles).toHaveLength(3);
    expect(app.ctx.library.concept('http://data.europa.eu/esco/skill/k1')!.prefLabel).toEqual({
      en: 'Haskell',
      de: 'Haskell (Programmiersprache)',
    });
    const hits = await app.api.vocabularies.search({ id: info.id, text: 'code schreiben', language: 'de' });
    expect(hits[0]).toMatchObject({ uri: 'http://data.europa.eu/esco/skill/s1', label: 'Code schreiben' });
  });

  it('imports an ESCO v1.2-style package: one zip per language with *_en.csv relation files inside', async () => {
    const withLabels = (lines: string[]) => lines.map((l, i) => (i === 0 ? `${l},extraLabel` : `${l},x`));
    const relations = Object.fromEntries(
      Object.entries(MINI_RELATIONS).map(([f, lines]) => [f.replace('.csv', '_en.csv'), withLabels(lines)]),
    );
    const zip = writeZip(app.dir, 'ESCO dataset - v1.2.0 - classification - en - csv.zip', { ...MINI_ESCO, ...relations });
    const job = await importFiles(app, [zip]);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    expect(app.ctx.library.get('esco-v1.2.0').counts).toMatchObject({
      occupationSkillRelations: 2,
      skillSkillRelations: 1,
      broaderRelations: 3,
    });
  });

  it('imports SKOS Turtle and JSON-LD', async () => {
    const ttl = path.join(app.dir, 'example.ttl');
    fs.writeFileSync(ttl, SKOS_TTL);
    const job = await importFiles(app, [ttl]);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    const info = await app.api.vocabularies.get({ id: 'example' });
    expect(info).toMatchObject({ title: 'Example scheme', languages: ['de', 'en'], counts: { concepts: 2 } });
    expect(app.ctx.library.concept('http://example.org/voc/b', 'example')).toMatchObject({
      prefLabel: { en: 'Beta' },
      altLabels: { en: ['bee'] },
      broader: ['http://example.org/voc/a'],
    });
    const jsonld = path.join(app.dir, 'other.jsonld');
    fs.writeFileSync(
      jsonld,
      JSON.stringify({
        '@id': 'http://example.org/x',
        '@type': 'http://www.w3.org/2004/02/skos/core#Concept',
        'http://www.w3.org/2004/02/skos/core#prefLabel': { '@value': 'X', '@language': 'en' },
      }),
    );
    expect((await importFiles(app, [jsonld])).state).toBe('succeeded');
    expect(
      app.ctx.library
        .list()
        .map((v) => v.id)
        .sort(),
    ).toEqual(['example', 'other']);
  });

  it('imports SKOS in N-Triples, N-Quads, TriG and RDF/XML', async () => {
    const c = '<http://example.org/f/c>';
    const type = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept>';
    const label = '<http://www.w3.org/2004/02/skos/core#prefLabel> "Format"@en';
    const files: Record<string, string> = {
      'f.nt': `${c} ${type} .\n${c} ${label} .\n`,
      'f.nq': `${c} ${type} <http://example.org/g> .\n${c} ${label} <http://example.org/g> .\n`,
      'f.trig': `<http://example.org/g> { ${c} ${type} . ${c} ${label} . }\n`,
      'f.rdf': `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">
  <skos:Concept rdf:about="http://example.org/f/c"><skos:prefLabel xml:lang="en">Format</skos:prefLabel></skos:Concept>
</rdf:RDF>`,
    };
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(app.dir, name);
      fs.writeFileSync(file, text);
      const job = await importFiles(app, [file]);
      expect(job.state, `${name}: ${JSON.stringify(job.error)}`).toBe('succeeded');
      const id = 'f'; // the id comes from the file name without its extension
      expect(app.ctx.library.concept('http://example.org/f/c', id)?.prefLabel, name).toEqual({ en: 'Format' });
    }
  });

  it('imports an ESCO RDF package (zip of Turtle) as that ESCO version', async () => {
    const ttl = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix esco: <http://data.europa.eu/esco/model#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<http://data.europa.eu/esco/skill/k9> a skos:Concept, esco:Skill ; skos:prefLabel "Prolog"@en ;
  esco:skillType <http://data.europa.eu/esco/skill-type/knowledge> ; esco:skillReuseLevel <http://data.europa.eu/esco/skill-reuse-level/sector-specific> ;
  skos:inScheme <http://data.europa.eu/esco/concept-scheme/skills> ;
  dcterms:description [ a esco:NodeLiteral ; esco:nodeLiteral "A logic programming language."@en ] .
`;
    const zip = writeZip(app.dir, 'ESCO dataset - v9.9.8 - classification - en - ttl.zip', { 'esco-v9.9.8.ttl': [ttl] });
    const job = await importFiles(app, [zip]);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    expect(app.ctx.library.concept('http://data.europa.eu/esco/skill/k9', 'esco-v9.9.8')).toMatchObject({
      type: 'knowledge',
      reuseLevel: 'sector-specific',
      description: { en: 'A logic programming language.' },
    });
  });

  describe('bad input names file, line and field and leaves the library unchanged', () => {
    const cases: [string, (dir: string) => string[], RegExp][] = [
      [
        'a truncated zip',
        (dir) => {
          const [en, rel] = writeMiniEsco(dir);
          const bytes = fs.readFileSync(en!);
          fs.writeFileSync(en!, bytes.subarray(0, bytes.length - 40));
          return [en!, rel!];
        },
        /classification - en - csv\.zip: damaged or truncated zip/,
      ],
      [
        'a file that is not a zip',
        (dir) => {
          const file = path.join(dir, 'ESCO dataset - v9.9.9 - classification - en - csv.zip');
          fs.writeFileSync(file, 'hello');
          return [file];
        },
        /not a zip archive/,
      ],
      ['a package with files missing', (dir) => [writeMiniEsco(dir)[0]!], /broaderRelationsSkillPillar\.csv.*missing/],
      ['a language zip without skills', (dir) => writeMiniEsco(dir, 'v9.9.9', { 'skills_en.csv': undefined }), /skills_en\.csv missing/],
      [
        'a malformed CSV row',
        (dir) =>
          writeMiniEsco(dir, 'v9.9.9', {
            'occupations_en.csv': [
              'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,inScheme',
              'Occupation,http://x/o,1,a,b,c',
              'Occupation,"http://x/o2,1,a,b,c',
            ],
          }),
        /occupations_en\.csv, line 3.*malformed CSV/,
      ],
      [
        'a row without a concept URI',
        (dir) =>
          writeMiniEsco(dir, 'v9.9.9', {
            'ISCOGroups_en.csv': [
              'conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description',
              'ISCOGroup,,1,x,released,,,',
            ],
          }),
        /ISCOGroups_en\.csv, line 2, field "conceptUri"/,
      ],
      [
        'an unknown encoding',
        (dir) =>
          writeMiniEsco(dir, 'v9.9.9', {
            'ISCOGroups_en.csv': Buffer.concat([
              Buffer.from('conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description\nISCOGroup,http://x/i,1,Caf'),
              Buffer.from([0xe9]),
              Buffer.from(',released,,,\n'),
            ]),
          }),
        /ISCOGroups_en\.csv, line 2: unknown text encoding/,
      ],
      [
        'invalid RDF',
        (dir) => {
          const file = path.join(dir, 'broken.ttl');
          fs.writeFileSync(file, '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated .\n');
          return [file];
        },
        /broken\.ttl, line 3: invalid RDF/,
      ],
      [
        'RDF that is not a vocabulary',
        (dir) => {
          const file = path.join(dir, 'people.ttl');
          fs.writeFileSync(file, '<http://example.org/alice> <http://xmlns.com/foaf/0.1/name> "Alice" .\n');
          return [file];
        },
        /people\.ttl: not a vocabulary/,
      ],
      [
        'a file of another kind',
        (dir) => {
          const file = path.join(dir, 'notes.txt');
          fs.writeFileSync(file, 'just text');
          return [file];
        },
        /notes\.txt: not a vocabulary/,
      ],
    ];
    for (const [name, make, message] of cases) {
      it(name, async () => {
        const ttl = path.join(app.dir, 'keep.ttl');
        fs.writeFileSync(ttl, SKOS_TTL);
        expect((await importFiles(app, [ttl])).state).toBe('succeeded');
        const before = librarySnapshot(app.ctx.paths.libraryDir);
        const inputs = fs.mkdtempSync(path.join(app.dir, 'in-'));
        const job = await importFiles(app, make(inputs));
        expect(job.state).toBe('failed');
        expect(job.error?.code).toBe('bad-input');
        expect(job.error?.message).toMatch(message);
        expect(librarySnapshot(app.ctx.paths.libraryDir)).toEqual(before);
        expect(app.ctx.library.list().map((v) => v.id)).toEqual(['keep']);
      });
    }
  });

  it('a cancelled import leaves the library exactly as it was', async () => {
    const [en] = writeMiniEsco(app.dir, 'v1.0.0');
    const rel = writeZip(app.dir, 'rel.zip', MINI_RELATIONS);
    expect((await importFiles(app, [en!, rel])).state).toBe('succeeded');
    const before = librarySnapshot(app.ctx.paths.libraryDir);
    // A SKOS file large enough that the import is still running when the cancel arrives.
    const big = path.join(app.dir, 'big.nt');
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++)
      lines.push(`<http://example.org/c${i}> <http://www.w3.org/2004/02/skos/core#prefLabel> "concept ${i}"@en .`);
    fs.writeFileSync(big, lines.join('\n'));
    const { jobId } = await app.api.vocabularies.import({ files: [{ path: big }, { path: en! }, { path: rel }] });
    await app.api.app.jobCancel({ id: jobId });
    const job = await app.ctx.jobs.wait(jobId);
    expect(job.state).toBe('cancelled');
    expect(librarySnapshot(app.ctx.paths.libraryDir)).toEqual(before);
  });
});
