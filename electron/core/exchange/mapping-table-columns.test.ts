import { describe, expect, it } from 'vitest';
import { guessMappingColumns, resolveColumns } from './mapping-table-columns.js';

describe('guessMappingColumns', () => {
  it('reads SSSOM-style names', () => {
    expect(
      guessMappingColumns([
        'subject_id',
        'subject_label',
        'predicate_id',
        'object_id',
        'object_label',
        'mapping_date',
        'author_label',
        'confidence',
        'comment',
      ]),
    ).toEqual({
      source: 'subject_id',
      sourceLabel: 'subject_label',
      relation: 'predicate_id',
      target: 'object_id',
      targetLabel: 'object_label',
      date: 'mapping_date',
      author: 'author_label',
      confidence: 'confidence',
      comment: 'comment',
    });
  });

  it('reads plain names, case-insensitive, each column once', () => {
    expect(guessMappingColumns(['ID', 'Label', 'Description', 'ESCO URI', 'ESCO label', 'Type of Match', 'Status', 'Notes'])).toEqual({
      source: 'ID',
      sourceLabel: 'Label',
      sourceDescription: 'Description',
      target: 'ESCO URI',
      targetLabel: 'ESCO label',
      relation: 'Type of Match',
      status: 'Status',
      comment: 'Notes',
    });
    expect(guessMappingColumns(['Source ID', 'Target URI', 'Mapping relation'])).toEqual({
      source: 'Source ID',
      target: 'Target URI',
      relation: 'Mapping relation',
    });
  });

  it('falls back to patterns and leaves out what it cannot place', () => {
    expect(guessMappingColumns(['course outcome', 'source LO code', 'target skill uri', 'relation (SKOS)', 'weight'])).toEqual({
      source: 'source LO code',
      target: 'target skill uri',
      relation: 'relation (SKOS)',
    });
  });
});

describe('resolveColumns', () => {
  const header = ['Code', 'Skill', 'Rel'];
  const where = { file: 'm.csv', line: 3 };

  it('finds columns case-insensitively and takes "=" values as constants', () => {
    expect(resolveColumns(header, { source: 'code', target: ' SKILL ', relation: '=exactMatch', status: '=accepted' }, where)).toEqual({
      index: { source: 0, target: 1 },
      constant: { relation: 'exactMatch', status: 'accepted' },
      name: { source: 'Code', target: 'Skill', relation: 'relation', status: 'status' },
    });
  });

  it('refuses a column not in the header, naming file, line, field and the columns', () => {
    expect(() => resolveColumns(header, { source: 'Code', target: 'URI', relation: 'Rel' }, where)).toThrow(
      'm.csv, line 3, field "target": no column "URI" in the header; the columns are: "Code", "Skill", "Rel"',
    );
  });

  it('refuses an unknown field, and a mapping without source, target or relation', () => {
    expect(() => resolveColumns(header, { source: 'Code', target: 'Skill', relation: 'Rel', weight: 'Rel' } as never, where)).toThrow(
      /field "weight": unknown field/,
    );
    expect(() => resolveColumns(header, { target: 'Skill', relation: 'Rel' }, where)).toThrow(/field "source": no column for the source/);
    expect(() => resolveColumns(header, { source: 'Code', target: 'Skill' }, where)).toThrow(
      /field "relation": no relation column.*"=exactMatch"/,
    );
    expect(() => resolveColumns(header, { source: '=x', target: 'Skill', relation: 'Rel' }, where)).toThrow(/source must name a column/);
  });

  it('carries header and columns in the error details for a UI to offer the mapping again', () => {
    try {
      resolveColumns(header, { source: 'Code' }, where);
      expect.unreachable();
    } catch (error) {
      expect((error as { details: unknown }).details).toMatchObject({ header, columns: { source: 'Code' }, field: 'target' });
    }
  });
});
