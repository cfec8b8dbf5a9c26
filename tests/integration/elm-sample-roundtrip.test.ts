import fs from 'node:fs';
import path from 'node:path';
import * as oxigraph from 'oxigraph';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NS } from '../../shared/skos.js';
import { loadRdf } from '../../electron/core/sources/import/rdf-load.js';
import { EDC_CONSTRAINTS, edcViolations } from '../support/edc-shacl.js';
import { sharedFile } from '../support/shared-data.js';
import type { TestApp } from '../support/test-context.js';
import { appWithProject } from './source-support.js';

const ELM_SAMPLE = sharedFile('courses/elm-samples/ELM3_Sample-MC-Annex1-unsigned.jsonld');
const CONSTRAINTS = sharedFile(EDC_CONSTRAINTS);
const FORMATS = { 'elm-ttl': ['turtle', 'text/turtle', 'ttl'], 'elm-jsonld': ['jsonld', 'application/ld+json', 'jsonld'] } as const;

/** "learning outcome → ESCO skill" for every elm:relatedESCOSkill in an RDF store. */
function links(store: oxigraph.Store): string[] {
  const rows = store.query(`SELECT ?lo ?skill WHERE { ?lo <${NS.elm}relatedESCOSkill> ?skill }`) as Map<string, { value: string }>[];
  return rows.map((r) => `${r.get('lo')!.value} → ${r.get('skill')!.value}`).sort();
}

function load(file: string, mediaType: string): oxigraph.Store {
  const store = new oxigraph.Store();
  store.load(fs.readFileSync(file, 'utf8'), { format: mediaType, base_iri: 'http://example.org/' });
  return store;
}

let app: TestApp;
beforeEach(async () => {
  app = await appWithProject();
});
afterEach(() => app.cleanup());

describe.skipIf(!ELM_SAMPLE)('the EC ELM sample micro-credential: imported as a source, exported as ELM', () => {
  it.each(Object.entries(FORMATS))(
    'keeps its relatedESCOSkill links with the default export options (%s), and again after a second round',
    async (name, [, mediaType, ext]) => {
      const format = name as keyof typeof FORMATS;
      // What the sample links, read with the same offline JSON-LD loading the import uses.
      const sample = await loadRdf(fs.readFileSync(ELM_SAMPLE!, 'utf8'), path.basename(ELM_SAMPLE!), 'jsonld');
      const expected = sample.store
        .getQuads(null, `${NS.elm}relatedESCOSkill`, null, null)
        .map((q) => `${q.subject.value} → ${q.object.value}`)
        .sort();
      expect(expected).toHaveLength(4);

      const imported = await app.api.sources.importCommit({ file: { path: ELM_SAMPLE! } });
      expect(imported.schemes[0]!.mappingsImported).toBe(4);
      const first = path.join(app.dir, `first.${ext}`);
      const report = await app.api.export.export({ format, output: { path: first } });
      expect(report.notAccepted).toBeNull();
      expect(report.limits.join(' ')).toMatch(
        /4 relatedESCOSkill links read from an ELM file \(stored as relatedMatch\) were written back/,
      );
      expect(links(load(first, mediaType))).toEqual(expected);

      // The export imports again as a source and exports the same links.
      await app.api.projects.create({ title: 'Second round', path: path.join(app.dir, 'second.crosswalk') });
      await app.api.sources.importCommit({ file: { path: first } });
      const second = path.join(app.dir, `second.${ext}`);
      await app.api.export.export({ format, output: { path: second } });
      expect(links(load(second, mediaType))).toEqual(expected);
    },
  );

  it.skipIf(!CONSTRAINTS)('exports ELM that conforms to the EDC SHACL constraints', async () => {
    await app.api.sources.importCommit({ file: { path: ELM_SAMPLE! } });
    const file = path.join(app.dir, 'sample.ttl');
    await app.api.export.export({ format: 'elm-ttl', output: { path: file } });
    const ntriples = load(file, 'text/turtle').dump({ format: 'application/n-triples', from_graph_name: oxigraph.defaultGraph() });
    expect(await edcViolations(CONSTRAINTS!, ntriples, 'as-published')).toEqual([]);
    expect(await edcViolations(CONSTRAINTS!, ntriples, 'elm-v3')).toEqual([]);
  });
});
