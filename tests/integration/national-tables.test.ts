import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot, sharedDataDir, sharedFile } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';
import { createTestApp } from '../support/test-context.js';

const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
const NATIONAL = sharedFile('crosswalks/national/CZ_mapping_25.11.2022.csv') ? path.join(sharedDataDir()!, 'crosswalks/national') : null;
const TURNED: Record<string, string> = {
  broadMatch: 'narrowMatch',
  narrowMatch: 'broadMatch',
  exactMatch: 'exactMatch',
  closeMatch: 'closeMatch',
  relatedMatch: 'relatedMatch',
};

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('crosswalk-national-')));
afterEach(() => cleanup());

const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, '--author', 'Test Curator', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CROSSWALK_HOME: dir },
  });

interface StoredStatement {
  source: string;
  target: string | null;
  relation: string | null;
  kind: string;
}

/** The statements of a project file, in the order they were stored. */
function statementsIn(project: string): StoredStatement[] {
  const db = new Database(project, { readonly: true });
  try {
    return db
      .prepare(
        'SELECT i.key AS source, m.target_uri AS target, m.relation, m.kind FROM mappings m JOIN source_items i ON i.id = m.source_item_id ORDER BY m.id',
      )
      .all() as StoredStatement[];
  } finally {
    db.close();
  }
}

/** `crosswalk import-mappings --project P FILE`, with no options, as a user runs it. */
function importWithCli(file: string): { project: string; mappings: StoredStatement[] } {
  const project = path.join(dir, `${path.basename(file).replace(/\W+/g, '-')}.crosswalk`);
  const imported = run('import-mappings', '--project', project, file);
  expect(imported.stderr, file).toBe('');
  expect(imported.status, file).toBe(0);
  return { project, mappings: statementsIn(project) };
}

/**
 * The statements of a table in ESCO's mapping-tool layout as this test reads them, independently of
 * the importer: distinct (national concept, ESCO concept, relation) among rows that have all three.
 */
function statementsOf(file: string): { relations: Record<string, number>; noRelation: number } {
  const rows = parse(fs.readFileSync(file), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  const h = rows.findIndex((r) => r.some((c) => /^mapping relation$/i.test(c.trim())));
  const header = rows[h]!.map((c) => c.trim().toLowerCase());
  const col = (re: RegExp) => header.findIndex((c) => re.test(c));
  const esco = col(/^classification 1 (uri|id)$/);
  const escoUrl = col(/^classification 1 url$/);
  const national = [col(/^classification 2 id$/), col(/^classification 2 uri$/)].filter((i) => i >= 0);
  const relation = col(/^mapping relation$/);
  const seen = new Set<string>();
  const relations: Record<string, number> = {};
  let noRelation = 0;
  for (const row of rows.slice(h + 1)) {
    const cell = (i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
    const target = /^http/.test(cell(esco)) ? cell(esco) : cell(escoUrl) || cell(esco);
    const source = national.map(cell).find(Boolean) ?? '';
    const r = cell(relation).replace(/^skos:/, '');
    if (/^no relation$/i.test(r)) noRelation++;
    if (!source || !target || !TURNED[r]) continue;
    const key = `${source}\u0000${target.split('/').pop()}\u0000${r}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations[TURNED[r]!] = (relations[TURNED[r]!] ?? 0) + 1;
  }
  return { relations, noRelation };
}

const count = (mappings: StoredStatement[]) =>
  mappings.reduce<Record<string, number>>((acc, m) => (m.relation ? ((acc[m.relation] = (acc[m.relation] ?? 0) + 1), acc) : acc), {});

describe.skipIf(!NATIONAL)('the national ESCO tables open as published', () => {
  const files = NATIONAL ? fs.readdirSync(NATIONAL).filter((f) => f.endsWith('.csv')) : [];

  it.each(files)('%s: every statement stored from the national concept, relations turned, preamble written back', (name) => {
    const file = path.join(NATIONAL!, name);
    const { project, mappings } = importWithCli(file);
    const expected = statementsOf(file);
    expect(count(mappings)).toEqual(expected.relations);
    expect(mappings.every((m) => m.target === null || m.target.startsWith('http://data.europa.eu/esco/'))).toBe(true);
    // Sources are national concepts, never ESCO URIs.
    expect(mappings.some((m) => m.source.startsWith('http://data.europa.eu/esco/occupation/'))).toBe(false);

    const out = path.join(dir, 'back.csv');
    const exported = run('export', '--project', project, '--format', 'esco-csv', '--out', out);
    expect(exported.status).toBe(0);
    const preamble = (csv: string) =>
      (parse(csv, { bom: true, relax_column_count: true }) as string[][])
        .filter((r) => /^(mapping project|classification [12] (name|concept type|version|language|landing page)$)/i.test(r[0] ?? ''))
        .map((r) => [r[0], r[1]]);
    expect(preamble(fs.readFileSync(out, 'utf8'))).toEqual(preamble(fs.readFileSync(file, 'utf8')));
  });
});

/** A table in ESCO's mapping-tool layout, written by this test. */
const TABLE = [
  ['Mapping project name', 'ESCO - XX NOC'],
  ['Mapping project author', 'A ministry'],
  ['Mapping project version', '2'],
  ['Mapping project version date', '2024-02-01'],
  ['Classification 1 Name', 'ESCO zanimanja'],
  ['Classification 1 Concept type', 'Occupation'],
  ['Classification 1 Version', '1.1.1'],
  ['Classification 1 Language', 'hr'],
  ['Classification 1 Landing page', 'https://esco.ec.europa.eu/'],
  ['Classification 2 Name', 'Nacionalna klasifikacija'],
  ['Classification 2 Concept type', 'occupation'],
  ['Classification 2 Version', 'NKZ'],
  ['Classification 2 Language', 'hr'],
  ['Classification 2 Landing page', ''],
  [],
  [],
  [
    'Classification 1 URI',
    'Classification 1 PrefLabel',
    'Classification 2 URI',
    'Classification 2 PrefLabel',
    'Mapping relation',
    'Editorial note',
  ],
  [
    'http://data.europa.eu/esco/occupation/aaa',
    'pekar/pekarica',
    'http://example.org/nkz/7412.12',
    'pekar, "majstor"',
    'skos:broadMatch',
    'provjereno; 5" zaslon',
  ],
  [
    'http://data.europa.eu/esco/occupation/bbb',
    'čistač/čistačica',
    'http://example.org/nkz/9112.1',
    'čistač prostorija',
    'skos:narrowMatch',
    '',
  ],
  ['http://data.europa.eu/esco/occupation/ccc', 'kuhar/kuharica', 'http://example.org/nkz/5120.1', 'kuhar', 'skos:exactMatch', ''],
  ['', '', 'http://example.org/nkz/1113.1', 'poglavar', 'no relation', ''],
];

const quote = (c: string, d: string) => (/["\r\n]/.test(c) || c.includes(d) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = (rows: string[][], d = ',', eol = '\r\n') => rows.map((r) => r.map((c) => quote(c, d)).join(d)).join(eol) + eol;

describe('tables of the same layout in the forms tools save them', () => {
  it('reads the same statements from every form, listing what it repaired', async () => {
    const forms: [string, string | Buffer][] = [
      ['crlf.csv', csv(TABLE)],
      ['lf-bom.csv', `\uFEFF${csv(TABLE, ',', '\n')}`],
      ['semicolons.csv', csv(TABLE, ';')],
      ['tabs.tsv', csv(TABLE, '\t')],
      ['junk-row.csv', csv([['Column1', 'Column2', 'Column3'], ...TABLE])],
      ['windows-1252.csv', iconv.encode(csv(TABLE.map((r) => r.map((c) => c.replace(/č/g, 'è')))), 'win1252')],
      [
        'csv-in-csv.csv',
        csv(TABLE)
          .split('\r\n')
          .filter(Boolean)
          .map((line) => quote(line, ','))
          .join('\r\n'),
      ],
    ];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    for (const row of TABLE) sheet.addRow(row);
    forms.push(['saved.xlsx', Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer)]);

    const app = createTestApp();
    try {
      const results: { name: string; problems: string; statements: (string | null)[][] }[] = [];
      for (const [name, content] of forms) {
        const file = path.join(dir, name);
        fs.writeFileSync(file, content);
        const project = path.join(dir, `${name}.crosswalk`);
        await app.api.projects.create({ title: name, path: project });
        const preview = await app.api.export.importPreview({ file: { path: file } });
        await app.api.export.importCommit({ token: preview.token });
        await app.api.projects.close({});
        const problems = preview.problems.map((p) => `${p.line ? `line ${p.line}: ` : ''}${p.message}`).join('\n');
        results.push({ name, problems, statements: statementsIn(project).map((m) => [m.source, m.target, m.relation ?? m.kind]) });
      }
      expect(results[0]!.statements).toEqual([
        ['http://example.org/nkz/7412.12', 'http://data.europa.eu/esco/occupation/aaa', 'narrowMatch'],
        ['http://example.org/nkz/9112.1', 'http://data.europa.eu/esco/occupation/bbb', 'broadMatch'],
        ['http://example.org/nkz/5120.1', 'http://data.europa.eu/esco/occupation/ccc', 'exactMatch'],
        ['http://example.org/nkz/1113.1', null, 'no-match'],
      ]);
      for (const r of results.slice(1)) expect(r.statements, r.name).toEqual(results[0]!.statements);
      const problems = Object.fromEntries(results.map((r) => [r.name, r.problems]));
      expect(problems['junk-row.csv']).toMatch(/line 1: row above the preamble ignored/);
      expect(problems['windows-1252.csv']).toMatch(/not UTF-8/);
      expect(problems['csv-in-csv.csv']).toMatch(/CSV saved inside a CSV/);
    } finally {
      app.cleanup();
    }
  });

  it('refuses a table whose rows cannot be read unambiguously, naming file and line, and writes nothing', () => {
    const file = path.join(dir, 'broken.csv');
    fs.writeFileSync(
      file,
      csv(TABLE.slice(0, 17)) +
        'http://data.europa.eu/esco/occupation/aaa,"pekar,http://example.org/nkz/1,x,skos:broadMatch\r\nhttp://data.europa.eu/esco/occupation/bbb,a,b\r\n',
    );
    const project = path.join(dir, 'broken.crosswalk');
    const out = run('import-mappings', '--project', project, file);
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/^crosswalk: broken\.csv, line 18/);
    // The project the command created for the import holds nothing.
    expect(fs.existsSync(project) ? statementsIn(project) : []).toEqual([]);
  });
});
