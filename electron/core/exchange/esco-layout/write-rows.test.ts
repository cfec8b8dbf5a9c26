import { describe, expect, it } from 'vitest';
import { sampleTable } from '../sample-table.test-helper.js';
import { readEscoLayoutRows } from './read-rows.js';
import { escoLayoutRows } from './write-rows.js';

const OPTIONS = { file: 'table.csv', uriBase: 'https://example.org/crosswalk/', defaultStatus: 'accepted' as const };
const OCC = 'http://data.europa.eu/esco/occupation/';

/** Cells without the trailing empty ones, so "a,b,," and "a,b" compare equal. */
const trimmed = (rows: string[][]) =>
  rows.map((r) => {
    const out = [...r];
    while (out.length && !out[out.length - 1]) out.pop();
    return out;
  });
const rowsOf = (lines: string[]): string[][] => lines.map((l) => (l === '' ? [] : l.split('|')));

const NATIONAL = rowsOf([
  'Mapping project name|ESCO - XX NOC',
  'Mapping project author|default-author',
  'Mapping project version|N/A',
  'Mapping project version date|2022-11-25',
  'Classification 1 Name|ESCO povolání',
  'Classification 1 Concept type|Occupation',
  'Classification 1 Version|1.0.9',
  'Classification 1 Language|cs',
  'Classification 1 Landing page|https://esco.ec.europa.eu/',
  'Classification 2 Name|Národní klasifikace',
  'Classification 2 Concept type|unknown',
  'Classification 2 Version|2020',
  'Classification 2 Language|cs',
  'Classification 2 Landing page|',
  '',
  '',
  'Classification 1 URI|Classification 1 PrefLabel|Classification 1 URL|Classification 2 ID|Classification 2 PrefLabel|Classification 2 URL|Mapping relation|Editorial note',
  `${OCC}aaa|sklář|${OCC}aaa|7315.1|Skláři||skos:broadMatch|z podskupiny 7315`,
  `${OCC}bbb|režisér|${OCC}bbb|2654.1|Režiséři||skos:narrowMatch|`,
  `${OCC}ccc|sklenář|${OCC}ccc|7315.1|Skláři||skos:closeMatch|`,
  `|||9999.9|Náčelníci||no relation|nothing fits`,
  `|||8888.8|Bez mapování|||`,
  `${OCC}ddd|eskort|${OCC}ddd||||no relation|`,
]);

describe('writing ESCO layouts', () => {
  it('gives a national table back word for word: preamble, header, relations from the ESCO side, notes, no-relation rows', () => {
    const { table } = readEscoLayoutRows(NATIONAL, OPTIONS);
    const written = escoLayoutRows(table, { status: 'all' });
    expect(trimmed(written.rows)).toEqual(trimmed(NATIONAL));
    expect(written.headerRow).toBe(17);
    expect(written.limits.join(' ')).not.toMatch(/moved|now in/);
  });

  it('says so in the preamble and the report when the targets were moved to another ESCO version', () => {
    const { table } = readEscoLayoutRows(NATIONAL, OPTIONS);
    table.mappings = table.mappings.map((m) => ({ ...m, vocabularyId: 'esco-v1.2.0' }));
    const written = escoLayoutRows(table, { status: 'all' });
    expect(written.rows[6]).toEqual(['Classification 1 Version', 'v1.2.0']);
    expect(written.limits[0]).toBe('The table was made against ESCO 1.0.9; its targets are now in ESCO v1.2.0, and the preamble says so.');
  });

  it('writes only accepted statements unless asked, and counts the others it includes', () => {
    const { table } = readEscoLayoutRows(NATIONAL, OPTIONS);
    table.mappings[1]!.status = 'proposed';
    table.mappings[2]!.status = 'rejected';
    const accepted = escoLayoutRows(table, { status: 'accepted' });
    const relations = (rows: string[][]) => rows.slice(17).map((r) => r[6]);
    expect(relations(accepted.rows)).toEqual(['skos:broadMatch', '', 'no relation', '', 'no relation']);
    const all = escoLayoutRows(table, { status: 'all' });
    expect(relations(all.rows)).toEqual(['skos:broadMatch', 'skos:narrowMatch', 'no relation', '', 'no relation']);
    expect(all.notAccepted).toMatchObject({ proposed: 1, unsure: 0, rejected: 0 });
  });

  it('writes a table made in Crosswalk in the ESCO–O*NET layout with headers naming the label languages', () => {
    const table = sampleTable();
    table.mappings[0]!.object = { ...table.mappings[0]!.object!, labelLanguage: 'de' };
    const { rows } = escoLayoutRows(table, { status: 'all' });
    expect(rows[16]).toEqual([
      'Data course Id',
      'Data course Title (en)',
      'Data course Description',
      'ESCO URI',
      'ESCO Title (en)',
      'ESCO Description',
      'Type of Match',
    ]);
    // A label in another language than the column's is not written under the wrong language.
    expect(rows[17]![4]).toBe('');
    const reread = readEscoLayoutRows(rows, OPTIONS).table;
    expect(reread.mappings.map((m) => [m.subjectKey, m.relation, m.object?.uri])).toEqual(
      table.mappings.filter((m) => m.kind === 'match' && m.status !== 'rejected').map((m) => [m.subjectKey, m.relation, m.object!.uri]),
    );
  });

  it('writes exactISCO for an exact match to an ISCO group in the ESCO–O*NET layout', () => {
    const rows = rowsOf([
      'Mapping project name|ESCO-O*NET Crosswalk',
      'Classification 1 Name|O*NET',
      'Classification 2 Name|ESCO',
      'Classification 2 Version|v1.1.0',
      '',
      '',
      'O*NET Id|O*NET Title|O*NET Description|ESCO or ISCO URI|ESCO or ISCO Title|ESCO or ISCO Description|Type of Match',
      `47-2061.00|Construction Laborers|Perform tasks|${OCC}civil|civil engineering worker||broadMatch`,
      `47-2061.00|Construction Laborers|Perform tasks|http://data.europa.eu/esco/isco/C9312|Civil engineering labourers||exactISCO`,
      '11-9999.00|Managers, All Other|Not mapped yet',
    ]);
    const { table } = readEscoLayoutRows(rows, OPTIONS);
    expect(trimmed(escoLayoutRows(table, { status: 'all' }).rows)).toEqual(trimmed(rows));
  });
});
