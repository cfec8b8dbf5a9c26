import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sharedFile } from '../support/shared-data.js';
import type { TestApp } from '../support/test-context.js';
import { appWithProject, failure, snapshot, writeFixture } from './source-support.js';

const QL_SI = sharedFile('courses/qualitylink/examples/SI0001.ttl');
const QL_DIR = QL_SI ? path.dirname(QL_SI) : null;
const ELM_SAMPLE = sharedFile('courses/elm-samples/ELM3_Sample-MC-Annex1-unsigned.jsonld');
const OOAPI = sharedFile('courses/ooapi/tue_ooapi_courses.json');
const ISCED_HBZ = sharedFile('vocabularies/isced-f-2013.hbz.ttl');

let app: TestApp;
beforeEach(async () => {
  app = await appWithProject();
});
afterEach(() => app.cleanup());

describe.skipIf(!QL_DIR)('ELM: the QualityLink examples', () => {
  it('imports every example with its learning outcomes, EQF level and ISCED-F field', async () => {
    const withOutcomes = fs
      .readdirSync(QL_DIR!)
      .filter((f) => f.endsWith('.ttl') && fs.readFileSync(path.join(QL_DIR!, f), 'utf8').includes('elm:learningOutcome'));
    expect(withOutcomes.length).toBeGreaterThanOrEqual(3);
    for (const name of withOutcomes) {
      const preview = await app.api.sources.importPreview({ file: { path: path.join(QL_DIR!, name) } });
      expect(preview.format, name).toBe('elm');
      expect(preview.counts.errors, name).toBe(0);
      expect(preview.counts.items, name).toBeGreaterThan(0);
      await app.api.sources.importCommit({ file: { path: path.join(QL_DIR!, name) } });
    }
    const groups = await app.api.sources.listGroups({});
    const si = groups.find((g) => g.key === 'urn:schac:courseId:uni-lj.si:123' && g.metadata.eqfLevel === 7);
    expect(si).toMatchObject({ title: 'Computer Science - Linked Open Data', metadata: { iscedF: '0611' } });
    const items = await app.api.sources.listItems({ groupId: si!.id });
    // SI0001 has one outcome without a title: it is skipped with a warning.
    expect(items.map((i) => i.text)).toEqual(['The learner is able to explain different serialisation formats for RDF data.']);
  });

  it('refuses a file without learning outcomes (alliance.ttl) naming the missing property', async () => {
    const before = snapshot(app);
    const error = await failure(app.api.sources.importCommit({ file: { path: path.join(QL_DIR!, 'alliance.ttl') }, format: 'elm' }));
    expect(error.message).toMatch(/^alliance\.ttl, field "elm:learningOutcome": no learning opportunity/);
    expect(snapshot(app)).toEqual(before);
  });

  it('fails on broken Turtle naming file and line, writing nothing', async () => {
    const text = fs.readFileSync(QL_SI!, 'utf8').replace('dcterms:title "Computer Science', 'dcterms:title Computer Science');
    const file = writeFixture(app, 'broken.ttl', text);
    const before = snapshot(app);
    const error = await failure(app.api.sources.importCommit({ file: { path: file } }));
    expect(error.message).toMatch(/^broken\.ttl, line \d+, field "syntax": not valid Turtle/);
    expect(snapshot(app)).toEqual(before);
  });
});

describe.skipIf(!ELM_SAMPLE)('ELM: the EC sample micro-credential (JSON-LD)', () => {
  it('imports outcomes, credits and EQF, and relatedESCOSkill links as accepted imported mappings', async () => {
    const result = await app.api.sources.importCommit({ file: { path: ELM_SAMPLE! } });
    expect(result.added).toBe(2);
    expect(result.schemes[0]!.mappingsImported).toBe(4);
    const groups = await app.api.sources.listGroups({});
    expect(groups[0]).toMatchObject({
      title: 'Digital micro-credential creation',
      metadata: { ects: 2, eqfLevel: 6, workloadHours: 60, language: 'en' },
    });
    const items = await app.api.sources.listItems({});
    expect(items.map((i) => [i.text, i.mappings])).toEqual([
      ['Communication, collaboration and creativity', 3],
      ['Developing digital content', 1],
    ]);
    const detail = await app.api.sources.getItem({ id: items[1]!.id });
    expect(detail.extra.translations).toEqual({ es: 'Contento digital' });
    const mapping = app.ctx.projects.require().db.prepare('SELECT * FROM mappings WHERE source_item_id = ?').get(items[1]!.id) as Record<
      string,
      unknown
    >;
    expect(mapping).toMatchObject({
      target_uri: 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a',
      relation: 'relatedMatch',
      status: 'accepted',
      justification: 'imported',
      target_label: 'develop digital content',
    });
    // Re-importing keeps one mapping per statement.
    const again = await app.api.sources.importCommit({ file: { path: ELM_SAMPLE! } });
    expect(again).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(again.schemes[0]!.mappingsImported).toBe(0);
  });

  it('fails on broken JSON naming file and line, writing nothing', async () => {
    const text = fs.readFileSync(ELM_SAMPLE!, 'utf8').replace('"learningOutcome"', '"learningOutcome" "');
    const file = writeFixture(app, 'broken.jsonld', text);
    const before = snapshot(app);
    const error = await failure(app.api.sources.importCommit({ file: { path: file } }));
    expect(error.message).toMatch(/^broken\.jsonld, line \d+, field "syntax": not valid JSON/);
    expect(snapshot(app)).toEqual(before);
  });
});

describe.skipIf(!OOAPI)('OOAPI: the TU/e courses', () => {
  it('imports courses with bullet outcomes split into items, study load, level, language', async () => {
    const result = await app.api.sources.importCommit({ file: { path: OOAPI! } });
    expect(result.added).toBeGreaterThan(40);
    const groups = await app.api.sources.listGroups({});
    expect(groups).toHaveLength(10);
    const cognition = groups.find((g) => g.title === 'Advanced cognition')!;
    expect(cognition.metadata).toMatchObject({ ects: 5, eqfLevel: 7, qfEheaCycle: 'second', language: 'en' });
    const items = await app.api.sources.listItems({ groupId: cognition.id });
    expect(items.map((i) => i.text)).toEqual([
      'interpret empirical findings in cognitive science in light of theoretical ideas',
      'interpret classical findings and paradigms in cognitive science',
      'explain empirical findings from different theoretical perspectives',
      'apply scientific knowledge in a technical domain and for government policy',
      'critically evaluate ongoing scientific research.',
    ]);
    expect(items[0]!.language).toBe('en');
  });

  it('fails on a course without courseId naming the record and field, writing nothing', async () => {
    const doc = JSON.parse(fs.readFileSync(OOAPI!, 'utf8')) as { items: Record<string, unknown>[] };
    delete doc.items[3]!.courseId;
    delete doc.items[3]!.primaryCode;
    const file = writeFixture(app, 'courses.json', JSON.stringify(doc, null, 2));
    const before = snapshot(app);
    const error = await failure(app.api.sources.importCommit({ file: { path: file }, format: 'ooapi' }));
    expect(error.message).toMatch(/^courses\.json, field "items\[3\]\.courseId": items\[3\]: the course has no courseId/);
    expect(snapshot(app)).toEqual(before);
  });
});

describe.skipIf(!ISCED_HBZ)('SKOS: ISCED-F 2013 (hbz)', () => {
  it('imports the concepts as items with notations and the hierarchy as groups', async () => {
    const result = await app.api.sources.importCommit({ file: { path: ISCED_HBZ! } });
    expect(result.added).toBe(110);
    const items = await app.api.sources.listItems({ search: 'Literacy and numeracy' });
    expect(items[0]).toMatchObject({
      notation: '0021',
      uri: 'https://w3id.org/isced/2013/n0021',
      key: 'https://w3id.org/isced/2013/n0021',
    });
    expect(items[0]!.groupKey).toBe('https://w3id.org/isced/2013/n00');
  });

  it('fails on broken Turtle naming the line, writing nothing', async () => {
    const text = fs.readFileSync(ISCED_HBZ!, 'utf8').replace('skos:broader :n00 ;', 'skos:broader :n00 ;;;; <<');
    const file = writeFixture(app, 'isced.ttl', text);
    const before = snapshot(app);
    const error = await failure(app.api.sources.importCommit({ file: { path: file }, format: 'skos' }));
    expect(error.message).toMatch(/^isced\.ttl, line \d+, field "syntax"/);
    expect(snapshot(app)).toEqual(before);
  });

  it('refuses a file without concepts', async () => {
    const file = writeFixture(
      app,
      'empty.ttl',
      '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<http://x/s> a skos:ConceptScheme .\n',
    );
    const error = await failure(app.api.sources.importCommit({ file: { path: file }, format: 'skos' }));
    expect(error.message).toMatch(/^empty\.ttl, field "skos:Concept": no skos:Concept found/);
  });
});
