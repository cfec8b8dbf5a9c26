import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-context.js';
import { appWithProject, failure, snapshot, writeFixture } from './source-support.js';

/** ELM v3 in RDF/XML, written for this test: one learning achievement specification, two outcomes. */
const RDF_XML = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:elm="http://data.europa.eu/snb/model/elm/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:skos="http://www.w3.org/2004/02/skos/core#">
  <elm:LearningAchievementSpecification rdf:about="https://uni.example/course/GIS-1">
    <dcterms:title xml:lang="en">Introduction to GIS</dcterms:title>
    <elm:EQFLevel rdf:resource="http://data.europa.eu/snb/eqf/5"/>
    <elm:ISCEDFCode rdf:resource="http://data.europa.eu/snb/isced-f/0532"/>
    <elm:creditPoint><elm:CreditPoint><elm:point>3</elm:point></elm:CreditPoint></elm:creditPoint>
    <elm:learningOutcome>
      <elm:LearningOutcome rdf:about="https://uni.example/lo/GIS-1-1">
        <dcterms:title xml:lang="en">Create thematic maps from open data</dcterms:title>
        <elm:relatedESCOSkill rdf:resource="http://data.europa.eu/esco/skill/gis"/>
      </elm:LearningOutcome>
    </elm:learningOutcome>
    <elm:learningOutcome>
      <elm:LearningOutcome rdf:about="https://uni.example/lo/GIS-1-2">
        <dcterms:title xml:lang="en">Explain coordinate reference systems</dcterms:title>
      </elm:LearningOutcome>
    </elm:learningOutcome>
  </elm:LearningAchievementSpecification>
</rdf:RDF>
`;

let app: TestApp;
beforeEach(async () => {
  app = await appWithProject();
});
afterEach(() => app.cleanup());

describe('ELM in RDF/XML', () => {
  it('imports outcomes with their URIs, credits, EQF level, ISCED-F and ESCO links', async () => {
    const result = await app.api.sources.importCommit({ file: { path: writeFixture(app, 'gis.rdf', RDF_XML) } });
    expect(result).toMatchObject({ added: 2 });
    expect(result.schemes[0]!.mappingsImported).toBe(1);
    const [group] = await app.api.sources.listGroups({});
    expect(group).toMatchObject({
      key: 'https://uni.example/course/GIS-1',
      title: 'Introduction to GIS',
      metadata: { ects: 3, eqfLevel: 5, iscedF: '0532' },
    });
    const items = await app.api.sources.listItems({});
    expect(items.map((i) => [i.key, i.mappings])).toEqual([
      ['https://uni.example/lo/GIS-1-1', 1],
      ['https://uni.example/lo/GIS-1-2', 0],
    ]);
  });

  it('fails on malformed RDF/XML naming the file and line, writing nothing', async () => {
    const broken = RDF_XML.replace(
      '</elm:LearningOutcome>\n    </elm:learningOutcome>\n    <elm:learningOutcome>',
      '</elm:LearningOutcomes>\n    </elm:learningOutcome>\n    <elm:learningOutcome>',
    );
    const before = snapshot(app);
    const error = await failure(app.api.sources.importCommit({ file: { path: writeFixture(app, 'broken.rdf', broken) } }));
    expect(error.message).toMatch(/^broken\.rdf, line \d+, field "syntax": not valid RDF\/XML/);
    expect(snapshot(app)).toEqual(before);
  });
});
