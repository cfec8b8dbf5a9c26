import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import { readSssom } from './sssom-reader.js';
import { SSSOM_COLUMNS, writeSssom } from './sssom-writer.js';
import { writeSkos } from './skos-writer.js';
import { CZECH_LABEL, comparableItems, itemsTable } from './items-table.test-helper.js';
import { comparable, sampleTable } from './sample-table.test-helper.js';

function split(text: string): { meta: Record<string, unknown>; rows: Record<string, string>[] } {
  const lines = text.split('\n');
  const header = lines.filter((l) => l.startsWith('#')).map((l) => l.slice(1));
  const body = lines.filter((l) => !l.startsWith('#')).join('\n');
  return { meta: YAML.parse(header.join('\n')), rows: parse(body, { columns: true, delimiter: '\t', skip_empty_lines: true }) };
}

describe('SSSOM/TSV writer', () => {
  const { content, limits } = writeSssom(sampleTable(), { status: 'all', orcids: { 'Ada Lovelace': '0000-0002-1825-0097' } });
  const text = String(content);
  const { meta, rows } = split(text);

  it('writes a valid YAML metadata block with the mapping set slots', () => {
    expect(meta).toMatchObject({
      mapping_set_id: 'https://example.org/crosswalk/mapping-set/data-course',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      mapping_set_version: '2',
      object_source_version: 'ESCO v1.1.1',
      mapping_tool: 'Crosswalk',
      publication_date: '2026-11-23',
      creator_id: ['orcid:0000-0002-1825-0097'],
    });
    const curieMap = meta.curie_map as Record<string, string>;
    expect(curieMap.skos).toBe('http://www.w3.org/2004/02/skos/core#');
    expect(curieMap.semapv).toBe('https://w3id.org/semapv/vocab/');
    expect(meta.subject_source).toMatch(/^local:|^[a-z_0-9]+:/i);
    expect(meta.extension_definitions).toEqual([
      expect.objectContaining({ slot_name: 'curation_status' }),
      expect.objectContaining({ slot_name: 'subject_source_title' }),
    ]);
    expect(meta.subject_source_title).toBe('Data course');
  });

  it('gives every row the required columns', () => {
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...SSSOM_COLUMNS]);
      expect(row.predicate_id).toMatch(/^skos:/);
      expect(row.object_id).not.toBe('');
      expect(row.mapping_justification).toMatch(/^semapv:/);
      expect(row.subject_id !== '' || (row.subject_type === 'rdfs literal' && row.subject_label !== '')).toBe(true);
    }
  });

  it('writes learning outcomes without URIs as literal mappings with a minted subject_id, negatives with Not, no match as NoTermFound', () => {
    expect(rows[0]).toMatchObject({
      subject_id: 'local:LO1',
      subject_type: 'rdfs literal',
      subject_label: 'Design a relational schema',
      predicate_id: 'skos:exactMatch',
      predicate_modifier: '',
    });
    expect(rows.find((r) => r.object_id === 'esco:skill/eee-555')).toMatchObject({
      predicate_id: 'skos:mappingRelation',
      predicate_modifier: 'Not',
    });
    expect(rows.find((r) => r.object_id === 'sssom:NoTermFound')).toMatchObject({
      subject_label: 'Unmapped outcome',
      curation_status: 'accepted',
    });
    expect(rows[0]).toMatchObject({
      author_id: 'orcid:0000-0002-1825-0097',
      author_label: 'Ada Lovelace',
      reviewer_label: 'Grace Hopper',
      mapping_date: '2026-11-20',
      confidence: '0.9',
    });
    expect(rows[1]).toMatchObject({
      similarity_score: '0.72',
      mapping_justification: 'semapv:LexicalMatching',
      curation_status: 'proposed',
    });
  });

  it('never states a rejected mapping without Not, nor claims manual curation for one nobody has accepted', () => {
    expect(rows.find((r) => r.curation_status === 'rejected')).toMatchObject({
      predicate_id: 'skos:narrowMatch',
      predicate_modifier: 'Not',
      object_id: 'esco:skill/ddd-444',
    });
    const positive = rows.filter((r) => r.predicate_modifier !== 'Not' && r.object_id !== 'sssom:NoTermFound');
    expect(positive.map((r) => r.curation_status).sort()).toEqual(['accepted', 'proposed', 'unsure']);
    for (const row of positive.filter((r) => r.curation_status !== 'accepted'))
      expect(row.mapping_justification).not.toBe('semapv:ManualMappingCuration');
    // The unsure mapping was curated by hand but not accepted: unspecified matching, and its status.
    expect(rows.find((r) => r.curation_status === 'unsure')).toMatchObject({
      mapping_justification: 'semapv:UnspecifiedMatching',
      confidence: '0.5',
    });
    expect(rows.find((r) => r.curation_status === 'accepted' && r.predicate_id === 'skos:exactMatch')).toMatchObject({
      mapping_justification: 'semapv:ManualMappingCuration',
    });
  });

  it('says how many not-accepted mappings it included and how they are marked', () => {
    expect(writeSssom(sampleTable(), { status: 'all' }).notAccepted).toEqual({
      proposed: 1,
      unsure: 1,
      rejected: 1,
      marking: expect.stringMatching(/curation_status.*predicate_modifier Not/),
    });
    expect(writeSssom(sampleTable(), { status: 'accepted' }).notAccepted).toBeUndefined();
  });

  it('gives two learning outcomes with the same text two subject_ids: the URIs the SKOS export mints for them', async () => {
    const table: CorrespondenceTable = sampleTable();
    table.source.items.push({ ...table.source.items[0]!, key: 'LO1-again' });
    table.mappings.push({
      ...table.mappings[0]!,
      subjectKey: 'LO1-again',
      object: { uri: 'http://data.europa.eu/esco/skill/fff-666', label: 'model data' },
    });
    const twins = split(String(writeSssom(table, { status: 'accepted' }).content));
    const ids = twins.rows.filter((r) => r.subject_label === 'Design a relational schema').map((r) => r.subject_id);
    expect(ids).toEqual(['local:LO1', 'local:LO1-again']);
    const local = (twins.meta.curie_map as Record<string, string>).local!;
    const skos = String((await writeSkos(table, 'skos-nt', { status: 'accepted' })).content);
    for (const id of ids) expect(skos).toContain(`<${id!.replace('local:', local)}> <http://www.w3.org/2004/02/skos/core#exactMatch>`);
  });

  it('reports what SSSOM cannot carry', () => {
    expect(limits.join(' ')).toMatch(/Groups/);
    expect(limits.join(' ')).toMatch(/literal mappings/);
  });

  it('leaves out mappings that are not accepted with status accepted, and says so', () => {
    const written = writeSssom(sampleTable(), { status: 'accepted' });
    const accepted = split(String(written.content)).rows;
    // LO 2/ä, whose only mapping is unsure, stays listed as an item.
    expect(accepted.map((r) => r.curation_status)).toEqual(['accepted', 'accepted', 'accepted', 'unmapped']);
    expect(written.limits.join(' ')).toMatch(/3 mappings not accepted \(proposed, unsure or rejected\) were left out/);
  });

  it('lists each item without an exported mapping as a NoTermFound row marked unmapped, and says how many', () => {
    const written = writeSssom(itemsTable(), { status: 'accepted' });
    const unmapped = split(String(written.content)).rows.filter((r) => r.curation_status === 'unmapped');
    expect(
      unmapped.map((r) => [
        r.subject_id,
        r.subject_label,
        r.subject_type,
        r.predicate_id,
        r.predicate_modifier,
        r.object_id,
        r.mapping_justification,
      ]),
    ).toEqual([
      [
        'local:LO%202%2F%C3%A4',
        'Write SQL queries\twith joins',
        'rdfs literal',
        'skos:exactMatch',
        '',
        'sssom:NoTermFound',
        'semapv:UnspecifiedMatching',
      ],
      ['local:LO5', 'Never mapped', 'rdfs literal', 'skos:exactMatch', '', 'sssom:NoTermFound', 'semapv:UnspecifiedMatching'],
      ['local:LO6', 'Only proposed', 'rdfs literal', 'skos:exactMatch', '', 'sssom:NoTermFound', 'semapv:UnspecifiedMatching'],
    ]);
    for (const row of unmapped) expect(Object.keys(row)).toEqual([...SSSOM_COLUMNS]);
    expect((split(String(written.content)).meta.curie_map as Record<string, string>).sssom).toBe('https://w3id.org/sssom/');
    expect(written.limits.join(' ')).toMatch(
      /3 items without an exported mapping are listed as rows with object_id sssom:NoTermFound and curation_status "unmapped"/,
    );
    expect(written.limits.join(' ')).toMatch(/Labels in other languages of 1 item are not carried/);
    // With every status only LO5, which has no mapping at all.
    expect(writeSssom(itemsTable(), { status: 'all' }).limits.join(' ')).toMatch(/1 item without an exported mapping is listed as a row /);
  });

  it('mints subject ids under the scheme URI for classification items without URIs', () => {
    const cls = split(String(writeSssom(sampleTable('classification'), { status: 'all' }).content));
    expect(cls.rows[0]!.subject_id).toBe('ns1:LO1');
    expect(cls.rows[2]!.subject_id).toBe('local:LO%202%2F%C3%A4');
  });
});

describe('SSSOM/TSV reader', () => {
  it('round-trips accepted mappings, relations and provenance', () => {
    for (const kind of ['learning-outcomes', 'classification'] as const) {
      const original = sampleTable(kind);
      const first = String(writeSssom(original, { status: 'accepted' }).content);
      const read = readSssom(first, { file: 'set.sssom.tsv', uriBase: 'https://example.org/crosswalk/', defaultStatus: 'proposed' });
      expect(read.problems.filter((p) => p.severity !== 'info')).toEqual([]);
      expect(comparable(read.table)).toEqual(
        comparable({ ...original, mappings: original.mappings.filter((m) => m.status === 'accepted') }),
      );
      const second = String(writeSssom(read.table, { status: 'accepted' }).content);
      expect(split(second).rows).toEqual(split(first).rows);
    }
  });

  it('reads back every status of an export with status all; what the reader cannot yet tell apart is pinned here', () => {
    const original = sampleTable();
    const read = readSssom(String(writeSssom(original, { status: 'all' }).content), {
      file: 'set.sssom.tsv',
      uriBase: 'https://example.org/crosswalk/',
      defaultStatus: 'proposed',
    });
    expect(read.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    // Known gap of the reader, not of the file: an unaccepted hand-made mapping (written as
    // semapv:UnspecifiedMatching so SSSOM tools do not take it as curated) comes back as imported.
    const expected = original.mappings.map((m) =>
      (m.status === 'proposed' || m.status === 'unsure') && m.justification === 'manual-curation'
        ? { ...m, justification: 'imported' as const }
        : m,
    );
    expect(comparable(read.table)).toEqual(comparable({ ...original, mappings: expected }));
  });

  it('reads "Not narrowMatch" as a rejected narrowMatch and only "Not mappingRelation" as must not map', () => {
    const read = readSssom(String(writeSssom(sampleTable(), { status: 'all' }).content), {
      file: 'set.sssom.tsv',
      uriBase: 'https://example.org/crosswalk/',
      defaultStatus: 'proposed',
    });
    const negated = read.table.mappings.filter((m) => m.object?.uri.endsWith('ddd-444') || m.object?.uri.endsWith('eee-555'));
    expect(negated.map((m) => [m.object!.uri.slice(-7), m.kind, m.relation, m.status])).toEqual([
      ['ddd-444', 'match', 'narrowMatch', 'rejected'],
      ['eee-555', 'must-not-map', null, 'accepted'],
    ]);
  });

  it('reads a negated SKOS match without a curation_status (another tool) as rejected, and warns when the status says otherwise', () => {
    const text = [
      'subject_id\tsubject_label\tpredicate_id\tpredicate_modifier\tobject_id\tmapping_justification\tcuration_status',
      'https://x.org/a\ta\tskos:exactMatch\tNot\thttp://data.europa.eu/esco/skill/a\tsemapv:ManualMappingCuration\t',
      'https://x.org/b\tb\tskos:closeMatch\tNot\thttp://data.europa.eu/esco/skill/b\tsemapv:ManualMappingCuration\taccepted',
    ].join('\n');
    const { table, problems } = readSssom(text, { file: 'neg.sssom.tsv', uriBase: 'https://e/', defaultStatus: 'proposed' });
    expect(table.mappings.map((m) => [m.kind, m.relation, m.status])).toEqual([
      ['match', 'exactMatch', 'rejected'],
      ['match', 'closeMatch', 'rejected'],
    ]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 3, field: 'curation_status' })]);
  });

  it('accepted-only round trip: unmapped items and those whose only mapping was left out come back as items; identical outcome texts stay two items', () => {
    const original = itemsTable();
    const written = String(writeSssom(original, { status: 'accepted' }).content);
    const read = readSssom(written, { file: 'set.sssom.tsv', uriBase: 'https://example.org/crosswalk/', defaultStatus: 'proposed' });
    expect(read.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(comparableItems(read.table, 'labels')).toEqual(comparableItems(original, 'labels'));
    expect(read.table.source.items.filter((i) => i.label === 'Design a relational schema').map((i) => i.key)).toEqual(['LO1', 'LO7']);
    // An "unmapped" row is an item only, not a no-match statement.
    expect(read.table.mappings.map((m) => m.subjectKey).sort()).toEqual(['LO1', 'LO3', 'LO4', 'LO7']);
    expect(read.table.mappings.find((m) => m.kind === 'no-match')?.subjectKey).toBe('LO4');
    // SSSOM labels have no language: the Czech label comes back as text only.
    expect(read.table.mappings.find((m) => m.subjectKey === 'LO7')?.object).toEqual({ uri: CZECH_LABEL.uri, label: CZECH_LABEL.label });
    expect(split(String(writeSssom(read.table, { status: 'accepted' }).content)).rows).toEqual(split(written).rows);
  });

  it('recovers item keys from minted subject ids', () => {
    const read = readSssom(String(writeSssom(sampleTable('classification'), { status: 'all' }).content), {
      file: 'x.tsv',
      uriBase: 'https://e/',
      defaultStatus: 'proposed',
    });
    expect(read.table.source.items.map((i) => i.key)).toContain('LO 2/ä');
  });

  it('reads a plain SSSOM file from another tool, flagging bad rows with line and field', () => {
    const text = [
      '# curie_map:',
      '#   HP: http://purl.obolibrary.org/obo/HP_',
      '#   MP: http://purl.obolibrary.org/obo/MP_',
      '# mapping_set_id: https://w3id.org/sssom/mappings/test',
      '# license: https://creativecommons.org/publicdomain/zero/1.0/',
      'subject_id\tpredicate_id\tobject_id\tmapping_justification\tsubject_label\tobject_label',
      'HP:0009124\tskos:exactMatch\tMP:0000003\tsemapv:LexicalMatching\tAbnormal adipose\tabnormal adipose',
      'HP:0008551\towl:equivalentClass\tMP:0000018\tsemapv:LexicalMatching\tMicrotia\tsmall ears',
    ].join('\n');
    const { table, problems } = readSssom(text, { file: 'hp-mp.sssom.tsv', uriBase: 'https://e/', defaultStatus: 'proposed' });
    expect(table.mappings).toHaveLength(1);
    expect(table.mappings[0]).toMatchObject({
      relation: 'exactMatch',
      status: 'proposed',
      justification: 'accepted-suggestion',
      object: { uri: 'http://purl.obolibrary.org/obo/MP_0000003' },
    });
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', line: 8, field: 'predicate_id' }));
  });

  it('rejects a file without the required columns, naming file, line and field', () => {
    expect(() =>
      readSssom('# license: x\nsubject_id\tobject_id\na\tb\n', { file: 'bad.tsv', uriBase: 'https://e/', defaultStatus: 'proposed' }),
    ).toThrow(/bad\.tsv, line 2, field "predicate_id"/);
  });

  it('rejects a broken metadata block', () => {
    expect(() => readSssom('# curie_map: [\nsubject_id\n', { file: 'bad.tsv', uriBase: 'https://e/', defaultStatus: 'proposed' })).toThrow(
      /not valid YAML/,
    );
  });
});
