import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ISCED_F_SNB, sharedFile } from '../support/shared-data.js';
import type { TestApp } from '../support/test-context.js';
import { appWithProject, failure, writeFixture } from './source-support.js';
import { importFiles } from './vocab-fixtures.js';

const SKOS_TTL = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <http://example.org/nqf/> .
ex:scheme a skos:ConceptScheme ; skos:prefLabel "National framework"@en ; skos:hasTopConcept ex:a .
ex:a a skos:Concept ; skos:inScheme ex:scheme ; skos:topConceptOf ex:scheme ; skos:prefLabel "Digital skills"@en, "Digitale Kompetenzen"@de ; skos:notation "D" .
ex:b a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "Data handling"@en ; skos:notation "D.1" ; skos:broader ex:a .
`;

let app: TestApp;
beforeEach(async () => {
  app = await appWithProject();
});
afterEach(() => app.cleanup());

describe('sources from the vocabulary library', () => {
  it('imports a library concept scheme as a classification source, and refuses an unknown scheme', async () => {
    const job = await importFiles(app, [writeFixture(app, 'nqf.ttl', SKOS_TTL)]);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    const [vocab] = await app.api.vocabularies.list({});
    const result = await app.api.sources.importFromLibrary({ vocabularyId: vocab!.id, schemeUri: 'http://example.org/nqf/scheme' });
    expect(result.added).toBe(2);
    const items = await app.api.sources.listItems({});
    expect(items.map((i) => [i.notation, i.text, i.groupTitle])).toEqual([
      ['D', 'Digital skills', null],
      ['D.1', 'Data handling', 'D Digital skills'],
    ]);
    const error = await failure(app.api.sources.importFromLibrary({ vocabularyId: vocab!.id, schemeUri: 'http://example.org/other' }));
    expect(error.message).toMatch(/has no concept scheme/);
  });
});

describe.skipIf(!sharedFile(ISCED_F_SNB))('ISCED-F pickers and checks from the library', () => {
  it('offers the library ISCED-F fields and flags codes it does not have', async () => {
    const csv = writeFixture(app, 'fields.csv', 'id,text,isced\nA,One,0688\nB,Two,0699\n');
    const mapping = { id: 'id', text: 'text', iscedF: 'isced' };
    // Without the vocabulary only the pattern is checked.
    let preview = await app.api.sources.importPreview({ file: { path: csv }, mapping });
    expect(preview.counts.errors).toBe(0);
    expect((await app.api.sources.pickerOptions({})).iscedF).toBeNull();

    const job = await importFiles(app, [sharedFile(ISCED_F_SNB)!]);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    const pickers = await app.api.sources.pickerOptions({});
    expect(pickers.eqfLevels).toHaveLength(8);
    expect(pickers.iscedF!.find((o) => o.code === '0613')!.label).toMatch(/software/i);
    preview = await app.api.sources.importPreview({ file: { path: csv }, mapping });
    expect(preview.rows[1]!.problems.map((p) => p.message)).toEqual(['"0699" is not a known ISCED-F 2013 code']);
  });
});
