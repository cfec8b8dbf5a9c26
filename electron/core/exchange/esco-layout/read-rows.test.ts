import { describe, expect, it } from 'vitest';
import { readEscoLayoutRows } from './read-rows.js';

const OPTIONS = { file: 'table.csv', uriBase: 'https://example.org/crosswalk/', defaultStatus: 'accepted' as const };
const OCC = 'http://data.europa.eu/esco/occupation/';
const UUID_A = '00030d09-2b3a-4efd-87cc-c4ea39d27c34';
const UUID_B = '0019b951-c699-4191-8208-9822882d150c';

/** Rows as a CSV reader returns them, from lines written here (not copied from any published file). */
const rowsOf = (lines: string[]): string[][] => lines.map((l) => (l === '' ? [''] : l.split('|')));

const preamble = (name1: string, name2: string, language1: string, language2: string, version1 = '1.1.1') => [
  'Mapping project name|ESCO - XX NOC',
  'Mapping project author|A ministry',
  'Mapping project version|V2',
  'Mapping project version date|2023-05-04',
  `Classification 1 Name|${name1}`,
  'Classification 1 Concept type|Occupation',
  `Classification 1 Version|${version1}`,
  `Classification 1 Language|${language1}`,
  'Classification 1 Landing page|https://esco.ec.europa.eu/',
  `Classification 2 Name|${name2}`,
  'Classification 2 Concept type|occupation',
  'Classification 2 Version|2020',
  `Classification 2 Language|${language2}`,
  'Classification 2 Landing page|https://example.org/noc',
  '',
  '',
];

describe('ESCO mapping tool layout (national tables)', () => {
  it('stores the national concept as source, ESCO as target, and turns the relation', () => {
    const { table, problems } = readEscoLayoutRows(
      rowsOf([
        'Column1|Column2|Column3',
        ...preamble('ESCO povolání', 'Národní klasifikace', 'cs', 'cs', '1.0.9'),
        'Classification 1 URI|Classification 1 PrefLabel|Classification 1 URL|Classification 2 ID|Classification 2 PrefLabel|Classification 2 URL|Mapping relation|Editorial note',
        `${OCC}aaa|sklář|${OCC}aaa|7315.1|Skláři||skos:broadMatch|z podskupiny 7315`,
        `${OCC}bbb|režisér|${OCC}bbb|2654.1|Režiséři||skos:narrowMatch|`,
        `${OCC}ccc|kuchař|${OCC}ccc|5120.1|Kuchaři||skos:exactMatch|`,
        `|||9999.9|Náčelníci||no relation|nothing fits`,
        `${OCC}ddd|eskort|${OCC}ddd||||no relation|`,
      ]),
      OPTIONS,
    );
    expect(problems).toEqual([
      { severity: 'info', line: 1, message: 'row above the preamble ignored ("Column1, Column2, Column3")' },
      expect.objectContaining({
        severity: 'info',
        message: expect.stringMatching(/^1 ESCO concept the table says has no counterpart in Národní klasifikace/),
      }),
    ]);
    expect(table.source).toMatchObject({
      title: 'Národní klasifikace',
      language: 'cs',
      version: '2020',
      conceptType: 'occupation',
      landingPage: 'https://example.org/noc',
      kind: 'classification',
    });
    expect(table.source.items.map((i) => [i.key, i.label, i.notation])).toEqual([
      ['7315.1', 'Skláři', '7315.1'],
      ['2654.1', 'Režiséři', '2654.1'],
      ['5120.1', 'Kuchaři', '5120.1'],
      ['9999.9', 'Náčelníci', '9999.9'],
    ]);
    expect(table.mappings.map((m) => [m.subjectKey, m.kind, m.relation, m.object?.uri ?? null, m.comment])).toEqual([
      // "<ESCO sklář> skos:broadMatch <7315.1>": the national group is broader, so from it ESCO is narrower.
      ['7315.1', 'match', 'narrowMatch', `${OCC}aaa`, 'z podskupiny 7315'],
      ['2654.1', 'match', 'broadMatch', `${OCC}bbb`, ''],
      ['5120.1', 'match', 'exactMatch', `${OCC}ccc`, ''],
      ['9999.9', 'no-match', null, null, 'nothing fits'],
    ]);
    expect(table.mappings[0]!.object).toEqual({ uri: `${OCC}aaa`, label: 'sklář', labelLanguage: 'cs' });
    expect(table.targets).toEqual([
      expect.objectContaining({ id: 'esco-v1.0.9', version: 'v1.0.9', language: 'cs', versionDeclared: true }),
    ]);
    expect(table.metadata).toMatchObject({ title: 'ESCO - XX NOC', creator: 'A ministry', version: 'V2', publicationDate: '2023-05-04' });
    expect(table.mappings.every((m) => m.author === 'A ministry' && m.created === '2023-05-04' && m.vocabularyId === 'esco-v1.0.9')).toBe(
      true,
    );
    expect(table.provenance).toMatchObject({
      layout: 'esco-mapping-tool',
      escoSide: 1,
      relationStyle: 'curie',
      unmatchedTargets: [{ uri: `${OCC}ddd`, label: 'eskort', comment: '' }],
    });
    expect(table.provenance!.preamble[0]).toEqual(['Mapping project name', 'ESCO - XX NOC']);
    expect(table.provenance!.preamble).toHaveLength(14);
  });

  it('resolves bare ESCO UUIDs against the library and merges statements repeated once per label language', () => {
    const rows = rowsOf([
      ...preamble('Professions ESCO', 'Competent', 'nl', 'nl/fr', '1.0.3'),
      'Classification 1 URI|Classification 1 PrefLabel|Classification 2 URI|Classification 2 ID|Classification 2 PrefLabel NL|Classification 2 PrefLabel FR|Mapping relation|Classification 2 PrefLabel',
      `${UUID_A}|inspiciënt|06e9b608-c338-4109-a2e0-01034dd89baa|OP-410|Productieleider|Responsable production|skos:narrowMatch|Productieleider`,
      `${UUID_A}|inspiciënt|06e9b608-c338-4109-a2e0-01034dd89baa|OP-410|Productieleider|Responsable production|skos:narrowMatch|Responsable production`,
      `${UUID_B}|naaldkunstenaar|aa-1|OP-129|Inspecteur|Inspecteur fr|skos:closeMatch|Inspecteur`,
    ]);
    const skill = `http://data.europa.eu/esco/skill/${UUID_B}`;
    const { table, problems } = readEscoLayoutRows(rows, {
      ...OPTIONS,
      conceptExists: (uri) => uri === skill || uri === `${OCC}${UUID_A}`,
    });
    expect(table.mappings.map((m) => [m.subjectKey, m.relation, m.object!.uri])).toEqual([
      ['OP-410', 'broadMatch', `${OCC}${UUID_A}`],
      ['OP-129', 'closeMatch', skill],
    ]);
    expect(table.source.items[0]).toMatchObject({
      key: 'OP-410',
      label: 'Productieleider',
      language: 'nl',
      translations: { fr: 'Responsable production' },
      identifiers: { uri: '06e9b608-c338-4109-a2e0-01034dd89baa', id: 'OP-410' },
    });
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringMatching(/^1 repeated statement merged/) }),
    ]);

    // Without a library the concept type of the ESCO side decides, and the preview says so.
    const guessed = readEscoLayoutRows(rows, OPTIONS);
    expect(guessed.table.mappings.map((m) => m.object!.uri)).toEqual([`${OCC}${UUID_A}`, `${OCC}${UUID_B}`]);
    expect(guessed.problems.map((p) => p.message).join(' ')).toMatch(
      /2 bare ESCO UUIDs not found in the vocabulary library: read as occupations/,
    );
  });

  it('gives each repeated row its language when the table has one label column for several languages', () => {
    const { table } = readEscoLayoutRows(
      rowsOf([
        ...preamble('ESCO', 'Competent', 'nl', 'nl/fr'),
        'Classification 1 URI|Classification 2 ID|Classification 2 PrefLabel|Mapping relation',
        `${OCC}aaa|OP-1|kok|skos:exactMatch`,
        `${OCC}aaa|OP-1|cuisinier|skos:exactMatch`,
      ]),
      OPTIONS,
    );
    expect(table.source.items).toEqual([expect.objectContaining({ key: 'OP-1', label: 'kok', translations: { fr: 'cuisinier' } })]);
    expect(table.mappings).toHaveLength(1);
  });

  it('reads header variants, ESCO in either column and relation words', () => {
    const { table } = readEscoLayoutRows(
      rowsOf([
        ...preamble('ROME', 'ESCO', 'fr', 'fr'),
        'classification 1 ID|classification 1 prefered label|classification 2 ID|classification 2 prefered label|mapping relation',
        `12862|Conducteur d'abatteuses|${OCC}aaa|conducteur d'engins forestiers|skos:broadMatch`,
        `13201|Conducteur de tracteur|${OCC}bbb|conducteur d'engins agricoles|narrowMatch`,
      ]),
      OPTIONS,
    );
    expect(table.provenance).toMatchObject({ escoSide: 2 });
    expect(table.source.title).toBe('ROME');
    expect(table.mappings.map((m) => [m.subjectKey, m.relation])).toEqual([
      ['12862', 'narrowMatch'],
      ['13201', 'broadMatch'],
    ]);
  });

  it('reports rows it cannot read with line and field, and refuses a table without a relation column', () => {
    const { problems, table } = readEscoLayoutRows(
      rowsOf([
        ...preamble('ESCO', 'NOC', 'en', 'en'),
        'Classification 1 URI|Classification 2 ID|Mapping relation',
        `${OCC}aaa|N1|skos:broader`,
        `not-a-uri|N2|skos:exactMatch`,
        `|N3|skos:exactMatch`,
        `${OCC}bbb|N4|exactMatch`,
      ]),
      OPTIONS,
    );
    expect(problems).toEqual([
      { severity: 'error', line: 18, field: 'Mapping relation', message: 'unknown relation "skos:broader": row skipped' },
      { severity: 'error', line: 19, field: 'Classification 1 URI', message: '"not-a-uri" is not an ESCO URI or UUID: row skipped' },
      { severity: 'error', line: 20, field: 'Classification 1 URI', message: 'exactMatch without an ESCO concept: row skipped' },
    ]);
    expect(table.mappings.map((m) => m.subjectKey)).toEqual(['N4']);
    expect(() => readEscoLayoutRows(rowsOf(['a|b', 'c|d']), OPTIONS)).toThrow(
      /table\.csv.*no header row with a "Mapping relation" or "Type of Match" column/,
    );
  });
});

describe('ESCO–O*NET layout', () => {
  it('reads O*NET as source, turns broad/narrow and keeps exactISCO rows as exactMatch to the ISCO group', () => {
    const rows = rowsOf([
      'Mapping project name|ESCO-O*NET Crosswalk',
      'Mapping project author|ESCO Secretariat',
      'Mapping project version|1',
      'Mapping project version date|Sep-22',
      'Classification 1 Name|O*NET',
      'Classification 1 Language|English',
      'Classification 2 Name|ESCO',
      'Classification 2 Version|v1.1.0',
      'Classification 2 Language|English',
      '',
      '',
      'O*NET Id|O*NET Title|O*NET Description|ESCO or ISCO URI|ESCO or ISCO Title|ESCO or ISCO Description|Type of Match',
      `47-2061.00|Construction Laborers|Perform tasks|${OCC}civil|civil engineering worker|Civil engineering workers…|broadMatch`,
      `47-2061.00|Construction Laborers|Perform tasks|http://data.europa.eu/esco/isco/C9312|Civil engineering labourers||exactISCO`,
      '11-9999.00|Managers, All Other|Not mapped yet||||',
    ]);
    const { table, problems } = readEscoLayoutRows(rows, OPTIONS);
    expect(problems).toEqual([]);
    expect(table.provenance).toMatchObject({ layout: 'esco-crosswalk', escoSide: 2, relationStyle: 'name' });
    expect(table.source.items.map((i) => [i.key, i.label, i.description])).toEqual([
      ['47-2061.00', 'Construction Laborers', 'Perform tasks'],
      ['11-9999.00', 'Managers, All Other', 'Not mapped yet'],
    ]);
    expect(table.mappings.map((m) => [m.relation, m.object!.uri, m.object!.description ?? ''])).toEqual([
      ['narrowMatch', `${OCC}civil`, 'Civil engineering workers…'],
      ['exactMatch', 'http://data.europa.eu/esco/isco/C9312', ''],
    ]);
    expect(table.metadata.publicationDate).toBe('2022-09-01');
    expect(table.targets[0]).toMatchObject({ id: 'esco-v1.1.0', language: 'en' });
  });
});
