import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { readSssom } from './sssom-reader.js';
import { SSSOM_COLUMNS, writeSssom } from './sssom-writer.js';
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
    expect(meta.extension_definitions).toEqual([expect.objectContaining({ slot_name: 'curation_status' }), expect.objectContaining({ slot_name: 'subject_source_title' })]);
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

  it('writes learning outcomes without URIs as literal mappings, negatives with Not, no match as NoTermFound', () => {
    expect(rows[0]).toMatchObject({ subject_id: '', subject_type: 'rdfs literal', subject_label: 'Design a relational schema', predicate_id: 'skos:exactMatch' });
    expect(rows.find((r) => r.predicate_modifier === 'Not')).toMatchObject({ predicate_id: 'skos:mappingRelation', object_id: 'esco:skill/eee-555' });
    expect(rows.find((r) => r.object_id === 'sssom:NoTermFound')).toMatchObject({ subject_label: 'Unmapped outcome', curation_status: 'accepted' });
    expect(rows[0]).toMatchObject({ author_id: 'orcid:0000-0002-1825-0097', author_label: 'Ada Lovelace', reviewer_label: 'Grace Hopper', mapping_date: '2026-11-20', confidence: '0.9' });
    expect(rows[1]).toMatchObject({ similarity_score: '0.72', mapping_justification: 'semapv:LexicalMatching', curation_status: 'proposed' });
  });

  it('reports what SSSOM cannot carry', () => {
    expect(limits.join(' ')).toMatch(/Groups/);
    expect(limits.join(' ')).toMatch(/literal mappings/);
  });

  it('leaves out mappings that are not accepted with status accepted', () => {
    const accepted = split(String(writeSssom(sampleTable(), { status: 'accepted' }).content)).rows;
    expect(accepted.map((r) => r.curation_status)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('mints subject ids under the scheme URI for classification items without URIs', () => {
    const cls = split(String(writeSssom(sampleTable('classification'), { status: 'all' }).content));
    expect(cls.rows[0]!.subject_id).toBe('ns1:LO1');
    expect(cls.rows[2]!.subject_id).toBe('local:LO%202%2F%C3%A4');
  });
});

describe('SSSOM/TSV reader', () => {
  it('round-trips mappings, statuses, relations and provenance', () => {
    for (const kind of ['learning-outcomes', 'classification'] as const) {
      const original = sampleTable(kind);
      const first = String(writeSssom(original, { status: 'all' }).content);
      const read = readSssom(first, { file: 'set.sssom.tsv', uriBase: 'https://example.org/crosswalk/', defaultStatus: 'proposed' });
      expect(read.problems.filter((p) => p.severity !== 'info')).toEqual([]);
      expect(comparable(read.table)).toEqual(comparable(original));
      const second = String(writeSssom(read.table, { status: 'all' }).content);
      expect(split(second).rows).toEqual(split(first).rows);
    }
  });

  it('recovers item keys from minted subject ids', () => {
    const read = readSssom(String(writeSssom(sampleTable('classification'), { status: 'all' }).content), { file: 'x.tsv', uriBase: 'https://e/', defaultStatus: 'proposed' });
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
    expect(table.mappings[0]).toMatchObject({ relation: 'exactMatch', status: 'proposed', justification: 'accepted-suggestion', object: { uri: 'http://purl.obolibrary.org/obo/MP_0000003' } });
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', line: 8, field: 'predicate_id' }));
  });

  it('rejects a file without the required columns, naming file, line and field', () => {
    expect(() => readSssom('# license: x\nsubject_id\tobject_id\na\tb\n', { file: 'bad.tsv', uriBase: 'https://e/', defaultStatus: 'proposed' })).toThrow(/bad\.tsv, line 2, field "predicate_id"/);
  });

  it('rejects a broken metadata block', () => {
    expect(() => readSssom('# curie_map: [\nsubject_id\n', { file: 'bad.tsv', uriBase: 'https://e/', defaultStatus: 'proposed' })).toThrow(/not valid YAML/);
  });
});
