import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { SparqlJson } from '../../../../shared/domain/vocabulary.js';
import { fromSpreadsheetSafe } from '../../../../shared/csv.js';
import { sparqlCsvForSpreadsheets } from './sparql-csv.js';

const literal = (value: string) => ({ type: 'literal' as const, value });

describe('sparqlCsvForSpreadsheets', () => {
  it('prefixes cells a spreadsheet would run as formulas with a single quote', () => {
    const hostile = ['=HYPERLINK("http://evil/","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', "'=1"];
    const json: SparqlJson = { head: { vars: ['v'] }, results: { bindings: hostile.map((value) => ({ v: literal(value) })) } };
    const csv = sparqlCsvForSpreadsheets(json);
    expect(csv).toBe(`v\r\n"'=HYPERLINK(""http://evil/"",""x"")"\r\n'+1+1\r\n'-2+3\r\n'@SUM(A1)\r\n'\tcmd\r\n"'\rcmd"\r\n''=1\r\n`);
    // Reading our own CSV back gives the values exactly.
    const rows = parse(csv, { from_line: 2, relax_quotes: false }) as string[][];
    expect(rows.map(([cell]) => fromSpreadsheetSafe(cell ?? ''))).toEqual(hostile);
  });

  it('leaves ordinary values, URIs and empty cells as they are', () => {
    const json: SparqlJson = {
      head: { vars: ['s', 'label'] },
      results: {
        bindings: [
          { s: { type: 'uri', value: 'http://data.europa.eu/esco/skill/1' }, label: literal('data, analysis') },
          { s: { type: 'uri', value: 'http://x/2' } },
        ],
      },
    };
    expect(sparqlCsvForSpreadsheets(json)).toBe('s,label\r\nhttp://data.europa.eu/esco/skill/1,"data, analysis"\r\nhttp://x/2,\r\n');
  });
});
