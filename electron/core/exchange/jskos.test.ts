import { validate } from 'jskos-validate';
import { describe, expect, it } from 'vitest';
import { readJskos, writeJskos } from './jskos.js';
import { CZECH_LABEL, FRENCH_TRANSLATION, comparableItems, itemsTable } from './items-table.test-helper.js';
import { comparable, sampleTable } from './sample-table.test-helper.js';

const READ = { file: 'c.jskos.json', uriBase: 'https://example.org/crosswalk/', defaultStatus: 'proposed' as const };

describe('JSKOS concordance', async () => {
  it('passes jskos-validate', async () => {
    const { content } = await writeJskos(sampleTable(), { status: 'all', orcids: { 'Grace Hopper': '0000-0002-1825-0097' } });
    const data = JSON.parse(String(content));
    const ok = validate.concordance(data);
    expect(validate.concordance.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(data.mappings).toHaveLength(6);
    expect(data.mappings[0].identifier.some((id: string) => id.startsWith('urn:jskos:mapping:content:'))).toBe(true);
  });

  it('writes no match as an empty target set and votes for accepted and rejected', async () => {
    const data = JSON.parse(String((await writeJskos(sampleTable(), { status: 'all' })).content));
    const noMatch = data.mappings.find((m: { to: { memberSet: unknown[] } }) => m.to.memberSet.length === 0);
    expect(noMatch.annotations).toContainEqual({ type: 'Annotation', motivation: 'assessing', bodyValue: '+1' });
    expect(data.mappings[3].annotations).toContainEqual(
      expect.objectContaining({ motivation: 'assessing', bodyValue: '-1', creator: expect.objectContaining({ name: 'Grace Hopper' }) }),
    );
  });

  it('gives must-not-map statements a -1 vote whatever their status, as the report says', async () => {
    const table = sampleTable();
    const negative = table.mappings.find((m) => m.kind === 'must-not-map')!;
    for (const status of ['accepted', 'proposed'] as const) {
      negative.status = status;
      const { content, limits } = await writeJskos(table, { status: 'all' });
      const written = JSON.parse(String(content)).mappings.find((m: { annotations: { bodyValue: string }[] }) =>
        m.annotations.some((a) => a.bodyValue === 'crosswalk:must-not-map'),
      );
      const votes = written.annotations
        .filter((a: { motivation: string }) => a.motivation === 'assessing')
        .map((a: { bodyValue: string }) => a.bodyValue);
      expect(votes).toEqual(['-1']);
      expect(limits.join('\n')).toMatch(/must-not-map statement.*-1 vote/);
      expect(readJskos(String(content), READ).table.mappings.find((m) => m.kind === 'must-not-map')?.status).toBe(status);
    }
  });

  it('round-trips mappings, statuses, relations and provenance', async () => {
    for (const kind of ['learning-outcomes', 'classification'] as const) {
      const original = sampleTable(kind);
      const first = String((await writeJskos(original, { status: 'all' })).content);
      const read = readJskos(first, READ);
      expect(read.problems).toEqual([]);
      expect(comparable(read.table)).toEqual(comparable(original));
      expect(JSON.parse(String((await writeJskos(read.table, { status: 'all' })).content)).mappings).toEqual(JSON.parse(first).mappings);
    }
  });

  it('accepted-only: lists every item in fromScheme.concepts (valid per jskos-validate) and reads them back, with translations and label languages', async () => {
    const original = itemsTable();
    const data = JSON.parse(String((await writeJskos(original, { status: 'accepted' })).content));
    expect(validate.concordance(data)).toBe(true);
    expect(validate.concordance.errors ?? []).toEqual([]);
    expect(data.fromScheme.concepts.find((c: { uri: string }) => c.uri.endsWith('/LO1')).prefLabel).toEqual({
      en: 'Design a relational schema',
      ...FRENCH_TRANSLATION,
    });
    const czech = data.mappings.find((m: { to: { memberSet: { uri: string }[] } }) => m.to.memberSet[0]?.uri === CZECH_LABEL.uri);
    expect(czech.to.memberSet[0].prefLabel).toEqual({ cs: CZECH_LABEL.label });
    const read = readJskos(JSON.stringify(data), READ);
    expect(read.problems).toEqual([]);
    // LO5 (no mapping), LO6 (only proposed), LO 2/ä (only unsure) included; LO1 and LO7 (same text) two items.
    expect(comparableItems(read.table)).toEqual(comparableItems(original));
    expect(read.table.source.items.find((i) => i.key === 'LO1')).toMatchObject({ notation: '1.1', description: 'Tables, keys.' });
    expect(read.table.mappings.map((m) => m.subjectKey)).not.toContain('LO6');
    expect(read.table.mappings.find((m) => m.subjectKey === 'LO7')?.object).toEqual(CZECH_LABEL);
    expect(read.table.mappings.find((m) => m.subjectKey === 'LO1')?.object).toEqual({
      uri: 'http://data.europa.eu/esco/skill/aaa-111',
      label: 'design database scheme',
    });
  });

  it('reads a concordance whose export had no mapping to write: its items only', async () => {
    const original = itemsTable();
    original.mappings = original.mappings.filter((m) => m.status === 'proposed');
    const data = JSON.parse(String((await writeJskos(original, { status: 'accepted' })).content));
    expect(data.mappings).toEqual([]);
    expect(validate.concordance(data)).toBe(true);
    const { table } = readJskos(JSON.stringify(data), READ);
    expect(table.mappings).toEqual([]);
    expect(comparableItems(table)).toEqual(comparableItems(original));
  });

  it('reads Cocoda-style mappings and JSON Lines', async () => {
    const mapping = {
      from: { memberSet: [{ uri: 'http://dewey.info/class/612.112/e22/', notation: ['612.112'] }] },
      to: { memberSet: [{ uri: 'http://d-nb.info/gnd/4074195-3', prefLabel: { de: 'Leukozyt' } }] },
      type: ['http://www.w3.org/2004/02/skos/core#closeMatch'],
      annotations: [{ type: 'Annotation', motivation: 'assessing', bodyValue: '+1' }],
    };
    const { table } = readJskos(`${JSON.stringify(mapping)}\n${JSON.stringify({ ...mapping, annotations: [] })}\n`, READ);
    expect(table.mappings.map((m) => [m.relation, m.status, m.object?.label])).toEqual([
      ['closeMatch', 'accepted', 'Leukozyt'],
      ['closeMatch', 'proposed', 'Leukozyt'],
    ]);
  });

  it('names the file for broken JSON', async () => {
    expect(() => readJskos('{ nope', READ)).toThrow(/c\.jskos\.json/);
    expect(() => readJskos('{}', READ)).toThrow(/no JSKOS mappings/);
  });
});
