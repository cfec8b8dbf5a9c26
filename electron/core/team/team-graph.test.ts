import { describe, expect, it } from 'vitest';
import { MappingStore } from '../mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../mappings/testing.js';
import { decide } from '../review/review-service.js';
import { reviewerFor } from '../review/reviewers.js';
import { sameRecord } from './merge.js';
import { readSkos } from '../exchange/skos-reader.js';
import { readLocalState, teamUriBase } from './project-records.js';
import { readTeamGraph, teamQuads, toNTriples } from './team-graph.js';

describe('the shared graph', () => {
  it('round-trips every record field through N-Triples, beside the SKOS export triples', async () => {
    const t = tempProject();
    try {
      const db = t.project.db;
      const scheme = addScheme(db, { title: 'Catalogue' });
      const [i1, i2, i3] = addItems(db, scheme, [
        { key: 'LO1', text: 'Analyse data 📊' },
        { key: 'LO 2', text: 'Line one\nline two "quoted"' },
        { key: 'LO3', text: 'Third' },
      ]);
      const store = new MappingStore(db);
      store.create(
        [
          {
            sourceItemId: i1!,
            target: { uri: skill(1), label: 'analyse Daten', labelLanguage: 'de', vocabularyId: ESCO },
            relation: 'exactMatch',
            status: 'accepted',
            score: 0.8125,
            confidence: 0.9,
            comment: 'ok → fine',
            evidence: [
              { start: 0, end: 7 },
              { start: 8, end: 12 },
            ],
          },
          { sourceItemId: i2!, kind: 'no-match', targetVocabularyId: ESCO, status: 'proposed' },
          {
            sourceItemId: i3!,
            kind: 'must-not-map',
            target: { uri: skill(3), label: 'x', vocabularyId: ESCO },
            status: 'rejected',
            justification: 'accepted-suggestion',
          },
        ],
        { author: 'ana' },
      );
      const first = store.list().rows[0]!;
      decide(
        db,
        { reviewerId: reviewerFor(db, 'rita', '0000-0002-1825-0097').id, mappingId: first.id, decision: 'accept', comment: 'fine' },
        'rita',
      );
      const local = readLocalState(t.project, 'https://example.org/g');
      expect(local.records).toHaveLength(3);
      const nt = await toNTriples(
        teamQuads(local.table, local.records, 'https://example.org/g', { revision: '4', pushId: 'p', pushedBy: 'ana', at: '2026-01-01' }),
      );
      expect(nt).not.toMatch(/[^\x20-\x7e\n]/);
      expect(nt).toContain('<http://www.w3.org/2004/02/skos/core#exactMatch>');
      expect(nt).toContain('<https://w3id.org/crosswalk/vocab#curationStatus> "rejected"');
      const back = await readTeamGraph(nt, 'https://example.org/g');
      expect(back).toMatchObject({ revision: '4', pushId: 'p', torn: false });
      const byKey = new Map(back.records.map((r) => [r.key, r]));
      for (const r of local.records) expect(sameRecord(byKey.get(r.key), r), JSON.stringify([r, byKey.get(r.key)])).toBe(true);
      // The outcome evidence travels as its ranges; a mapping without any has none.
      expect(nt).toContain('<https://w3id.org/crosswalk/vocab#evidence> "0-7 8-12"');
      const withEvidence = back.records.filter((r) => r.evidence);
      expect(withEvidence.map((r) => [r.itemKey, r.evidence])).toEqual([
        [
          'LO1',
          [
            { start: 0, end: 7 },
            { start: 8, end: 12 },
          ],
        ],
      ]);
    } finally {
      t.cleanup();
    }
  });
});

describe('the order of the shared catalogue', () => {
  it('travels as cw:position: items read from the triples in any order come back in the order the author has them', async () => {
    const t = tempProject();
    try {
      const keys = ['LO10', 'LO2', 'B', 'A1', 'LO1'];
      addItems(
        t.project.db,
        addScheme(t.project.db, { title: 'Catalogue' }),
        keys.map((key) => ({ key, text: `Outcome ${key}` })),
      );
      const graph = 'https://example.org/g';
      const local = readLocalState(t.project, graph);
      expect(local.table.source.items.map((i) => i.key)).toEqual(keys);
      const nt = await toNTriples(
        teamQuads(local.table, local.records, graph, { revision: '1', pushId: 'p', pushedBy: 'ana', at: '2026-01-01' }),
      );
      // A store returns triples in its own order: reversed here.
      const shuffled = nt.trim().split('\n').reverse().join('\n');
      const { table } = await readSkos(shuffled, { file: graph, uriBase: teamUriBase(graph), defaultStatus: 'proposed' });
      expect(table.source.items.map((i) => i.key)).toEqual(keys);
    } finally {
      t.cleanup();
    }
  });
});
