import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { UserSettings } from '../../shared/contract/app.js';

// The hostile inputs of tests/integration/hostile-inputs.test.ts, each made here from nothing.

/** Which import reads the input: sources, mapping tables (export-importPreview) or the vocabulary library. */
export type Route = 'source' | 'mapping-table' | 'vocabulary';

export interface HostileKind {
  kind: string;
  route: Route;
  /** Writes the input into `dir` and returns its path. */
  make: (dir: string) => string;
  /** Extra arguments of the import call (format, column mapping). */
  args?: Record<string, unknown>;
  /** Settings in force for this input only. */
  settings?: Partial<UserSettings>;
  /** The one-line refusal (exact text or pattern), or what an accepted import must show. */
  refused?: string | RegExp;
  accepted?: (value: unknown) => void;
}

const write = (dir: string, name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

const RDF_HEAD = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">';
const CONCEPT =
  '<skos:Concept rdf:about="http://example.org/c1"><skos:prefLabel xml:lang="en">One</skos:prefLabel><skos:inScheme rdf:resource="http://example.org/s"/></skos:Concept>';

export function skosRdfXml(declarations: string[], label = 'One'): string {
  const doctype = declarations.length ? ['<!DOCTYPE rdf:RDF [', ...declarations, ']>'] : [];
  return [
    '<?xml version="1.0"?>',
    ...doctype,
    RDF_HEAD,
    '<skos:ConceptScheme rdf:about="http://example.org/s"/>',
    CONCEPT.replace('>One<', `>${label}<`),
    '</rdf:RDF>',
    '',
  ].join('\n');
}

export function billionLaughs(): string[] {
  const declarations = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) declarations.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return declarations;
}

export function deepJsonLd(depth: number): string {
  let value = '"deep"';
  for (let i = 0; i < depth; i++) value = `{"http://example.org/p": ${value}}`;
  return `{\n"@context": {"skos": "http://www.w3.org/2004/02/skos/core#"},\n"@id": "http://example.org/c1",\n"@type": "skos:Concept",\n"http://example.org/p": ${value}\n}\n`;
}

const skosTurtle =
  '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<http://example.org/s> a skos:ConceptScheme .\n<http://example.org/c1> a skos:Concept ; skos:prefLabel "One"@en ; skos:inScheme <http://example.org/s> .\n';
const MiB = 1024 * 1024;
const csv = { mapping: { id: 'id', text: 'text' } };
const overCap = (dir: string, name: string) => write(dir, name, `id,text\n${'LO1,'.padEnd(MiB + 512 * 1024, 'x')}\n`);
const fifo = (dir: string, name: string) => {
  const file = path.join(dir, name);
  execFileSync('mkfifo', [file]);
  return file;
};
const folder = (dir: string, name: string) => {
  const file = path.join(dir, name);
  fs.mkdirSync(file);
  return file;
};
const cutZip = (dir: string, name: string, files: Record<string, string>) => {
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  return write(dir, name, bytes.subarray(0, Math.floor(bytes.length / 2)));
};
const sssom = (rows: string[]) =>
  [
    '# curie_map:',
    '#   ex: http://example.org/',
    '#   skos: http://www.w3.org/2004/02/skos/core#',
    '#   semapv: https://w3id.org/semapv/vocab/',
    'subject_id\tpredicate_id\tobject_id\tmapping_justification',
    ...rows,
    '',
  ].join('\n');

const NOT_REGULAR = 'not a regular file; choose a file to import';

export const HOSTILE_KINDS: HostileKind[] = [
  // Source imports: what is not a file, or too big, is refused before reading.
  {
    kind: 'a folder as a source',
    route: 'source',
    make: (d) => folder(d, 'folder.csv'),
    args: csv,
    refused: `folder.csv: a folder, ${NOT_REGULAR}`,
  },
  {
    kind: 'a named pipe as a source',
    route: 'source',
    make: (d) => fifo(d, 'pipe.csv'),
    args: csv,
    refused: `pipe.csv: a named pipe, ${NOT_REGULAR}`,
  },
  {
    kind: '/dev/zero as a source',
    route: 'source',
    make: () => '/dev/zero',
    args: csv,
    refused: `zero: a character device, ${NOT_REGULAR}`,
  },
  {
    kind: 'a link to /dev/zero as a source',
    route: 'source',
    make: (d) => {
      fs.symlinkSync('/dev/zero', path.join(d, 'zero.csv'));
      return path.join(d, 'zero.csv');
    },
    args: csv,
    refused: `zero.csv: a character device, ${NOT_REGULAR}`,
  },
  {
    kind: 'a link that points to itself',
    route: 'source',
    make: (d) => {
      fs.symlinkSync(path.join(d, 'loop.csv'), path.join(d, 'loop.csv'));
      return path.join(d, 'loop.csv');
    },
    args: csv,
    refused: 'loop.csv: cannot read the file (ELOOP)',
  },
  {
    kind: 'a source table over the size cap',
    route: 'source',
    make: (d) => overCap(d, 'big.csv'),
    args: csv,
    settings: { maxSourceFileMiB: 1 },
    refused:
      'big.csv, field "size": the file is 1.5 MiB, over the 1 MiB cap for source files; raise the setting maxSourceFileMiB to import it',
  },
  // Source imports: damaged or empty files.
  {
    kind: 'an empty CSV file',
    route: 'source',
    make: (d) => write(d, 'empty.csv', ''),
    args: csv,
    refused: 'empty.csv, line 1: the file holds no table (no header row)',
  },
  {
    kind: 'a CSV with a header and no rows',
    route: 'source',
    make: (d) => write(d, 'header.csv', 'id,text\n'),
    args: csv,
    refused: 'header.csv, field "text": nothing to import: no row has a text',
  },
  {
    kind: 'binary bytes named .csv',
    route: 'source',
    make: (d) =>
      write(
        d,
        'picture.csv',
        Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(2000, 0xff)]),
      ),
    args: csv,
    refused: /^picture\.csv, field "id": no column "id" \(columns: .*\)$/,
  },
  {
    kind: 'a truncated XLSX workbook',
    route: 'source',
    make: (d) => cutZip(d, 'cut.xlsx', { '[Content_Types].xml': '<Types/>'.repeat(400), 'xl/workbook.xml': '<workbook/>'.repeat(400) }),
    args: csv,
    refused: "cut.xlsx: not a readable XLSX workbook (Corrupted zip: can't find end of central directory)",
  },
  {
    kind: 'a zip bomb as an XLSX workbook',
    route: 'source',
    make: (d) => write(d, 'bomb.xlsx', zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(80 * MiB) }, { level: 9 })),
    args: csv,
    refused: /^bomb\.xlsx: the entry xl\/worksheets\/sheet1\.xml would inflate to 80 MiB from \d+ KiB \(a zip bomb\?\); refused$/,
  },
  {
    kind: 'duplicate ids in a CSV',
    route: 'source',
    make: (d) => write(d, 'dupes.csv', 'id,text\nLO1,First\nLO1,Second\n'),
    args: csv,
    refused: 'dupes.csv, line 3, field "id": duplicate id "LO1" (also row 2)',
  },
  // Source imports: RDF that would take the memory.
  {
    kind: 'a billion laughs in an RDF/XML source',
    route: 'source',
    make: (d) => write(d, 'laughs.rdf', skosRdfXml(billionLaughs(), '&lol9;')),
    args: { format: 'skos' },
    refused: /^laughs\.rdf, line 8, field "DOCTYPE": the entity "lol5" expands to more than 65,536 characters/,
  },
  {
    kind: 'an entity referenced a million times over (quadratic blow-up) in an RDF/XML source',
    route: 'source',
    make: (d) => write(d, 'quadratic.rdf', skosRdfXml([`<!ENTITY big "${'x'.repeat(60_000)}">`], '&big;'.repeat(2000))),
    args: { format: 'skos' },
    refused: /^quadratic\.rdf, line 7, field "DOCTYPE": entity references expand to more than 64 MiB/,
  },
  {
    kind: 'an external entity (XXE) in an RDF/XML source',
    route: 'source',
    make: (d) => write(d, 'xxe.rdf', skosRdfXml(['<!ENTITY xxe SYSTEM "file:///etc/passwd">'], '&xxe;')),
    args: { format: 'skos' },
    refused: 'xxe.rdf, line 3, field "DOCTYPE": the external entity "xxe" is refused (it would read another file or URL)',
  },
  {
    kind: 'JSON-LD nested 10,000 deep as a source',
    route: 'source',
    make: (d) => write(d, 'deep.jsonld', deepJsonLd(10_000)),
    args: { format: 'elm' },
    refused: 'deep.jsonld, line 5, field "syntax": nested deeper than 64 levels; such JSON-LD is refused',
  },
  {
    kind: 'JSON cut off mid-object (OOAPI)',
    route: 'source',
    make: (d) => write(d, 'cut.json', '{\n"items": [\n{"courseId": "C1", "name": [{"language": "en", "value": "Cou'),
    args: { format: 'ooapi' },
    refused: /^cut\.json, line \d+, field "syntax": not valid JSON/,
  },
  {
    kind: 'a Turtle syntax error',
    route: 'source',
    make: (d) => write(d, 'broken.ttl', `${skosTurtle}<http://example.org/c2> a skos:Concept ; skos:prefLabel "Two .\n`),
    args: { format: 'skos' },
    refused: /^broken\.ttl, line 4, field "syntax": not valid Turtle/,
  },
  {
    kind: 'a NUL written as \\u0000 in a Turtle source',
    route: 'source',
    make: (d) => write(d, 'nul-source.ttl', skosTurtle.replace('"One"', '"On\\u0000e"')),
    args: { format: 'skos' },
    refused: 'nul-source.ttl, line 3, field "text": contains a NUL character (U+0000); remove it from the file',
  },
  // Source imports: accepted as documented.
  {
    kind: 'UTF-16 with a byte-order mark',
    route: 'source',
    make: (d) =>
      write(d, 'utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,text\nLO1,Réalise un schéma\n', 'utf16le')])),
    args: csv,
    accepted: (value) => expectAdded(value, 1),
  },
  {
    kind: 'terminal escapes and a bell in a text (kept; the CLI prints them escaped)',
    route: 'source',
    make: (d) => write(d, 'ansi.csv', 'id,text\nLO1,Red \u001b[31mtext\u001b[0m and a bell\u0007\n'),
    args: csv,
    accepted: (value) => expectAdded(value, 1),
  },
  {
    kind: 'a spreadsheet formula as a text (kept; CSV exports neutralise it)',
    route: 'source',
    make: (d) => write(d, 'formula.csv', 'id,text\nLO1,"=HYPERLINK(""http://evil.example/"",""click"")"\n'),
    args: csv,
    accepted: (value) => expectAdded(value, 1),
  },
  // Mapping tables.
  {
    kind: 'a named pipe as a mapping table',
    route: 'mapping-table',
    make: (d) => fifo(d, 'pipe.sssom.tsv'),
    args: { format: 'sssom' },
    refused: `pipe.sssom.tsv: a named pipe, ${NOT_REGULAR}`,
  },
  {
    kind: 'a mapping table over the size cap',
    route: 'mapping-table',
    make: (d) => overCap(d, 'big-table.csv'),
    settings: { maxMappingTableMiB: 1 },
    refused:
      'big-table.csv, field "size": the file is 1.5 MiB, over the 1 MiB cap for mapping tables; raise the setting maxMappingTableMiB to import it',
  },
  {
    kind: 'a truncated XLSX mapping table',
    route: 'mapping-table',
    make: (d) =>
      cutZip(d, 'cut-table.xlsx', { '[Content_Types].xml': '<Types/>'.repeat(400), 'xl/workbook.xml': '<workbook/>'.repeat(400) }),
    args: { format: 'xlsx' },
    refused: "cut-table.xlsx: not a readable XLSX workbook (Corrupted zip: can't find end of central directory)",
  },
  {
    kind: 'a zip bomb as an XLSX mapping table',
    route: 'mapping-table',
    make: (d) => write(d, 'bomb-table.xlsx', zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(80 * MiB) }, { level: 9 })),
    args: { format: 'xlsx' },
    refused: /^bomb-table\.xlsx: the entry xl\/worksheets\/sheet1\.xml would inflate to 80 MiB from \d+ KiB \(a zip bomb\?\); refused$/,
  },
  {
    kind: 'SSSOM CURIEs with an undeclared prefix',
    route: 'mapping-table',
    make: (d) =>
      write(
        d,
        'prefixes.sssom.tsv',
        sssom(['ex:a\tskos:exactMatch\tex:b\tsemapv:ManualMappingCuration', 'nope:a\tskos:exactMatch\tex:c\tsemapv:ManualMappingCuration']),
      ),
    args: { format: 'sssom' },
    accepted: (value) =>
      expectProblem(
        value,
        /"subject_id \\"nope:a\\" uses the prefix \\"nope\\", which the curie_map does not declare: row skipped","line":7,"field":"subject_id"/,
      ),
  },
  {
    kind: 'a NUL byte in an SSSOM row',
    route: 'mapping-table',
    make: (d) =>
      write(
        d,
        'nul.sssom.tsv',
        sssom([
          'ex:a\tskos:exactMatch\tex:b\tsemapv:ManualMappingCuration',
          'ex:a\u0000x\tskos:exactMatch\tex:c\tsemapv:ManualMappingCuration',
        ]),
      ),
    args: { format: 'sssom' },
    refused: 'nul.sssom.tsv, line 7, field "subject_id": contains a NUL byte (U+0000); remove it from the file',
  },
  {
    kind: 'a NUL byte in a mapping-table CSV',
    route: 'mapping-table',
    make: (d) =>
      write(
        d,
        'nul-table.csv',
        'source,target,relation\nLO1,http://data.europa.eu/esco/skill/s1,exactMatch\nLO2,http://data.europa.eu/esco/skill/s\u00002,closeMatch\n',
      ),
    args: { format: 'mapping-table' },
    refused: 'nul-table.csv, line 3, field "target": contains a NUL byte (U+0000); remove it from the file',
  },
  // Vocabularies.
  {
    kind: 'a folder as a vocabulary',
    route: 'vocabulary',
    make: (d) => folder(d, 'folder.ttl'),
    refused: `folder.ttl: a folder, ${NOT_REGULAR}`,
  },
  {
    kind: 'a named pipe as a vocabulary',
    route: 'vocabulary',
    make: (d) => fifo(d, 'pipe.ttl'),
    refused: `pipe.ttl: a named pipe, ${NOT_REGULAR}`,
  },
  {
    kind: 'a vocabulary over the size cap',
    route: 'vocabulary',
    make: (d) => write(d, 'big.ttl', `${skosTurtle}${'#'.padEnd(MiB + 512 * 1024, ' ')}\n`),
    settings: { maxVocabularyFileMiB: 1 },
    refused:
      'big.ttl, field "size": the file is 1.5 MiB, over the 1 MiB cap for vocabulary files; raise the setting maxVocabularyFileMiB to import it',
  },
  {
    kind: 'a zip package over the zip cap',
    route: 'vocabulary',
    make: (d) => write(d, 'big.zip', Buffer.concat([Buffer.from('PK'), Buffer.alloc(MiB + 512 * 1024)])),
    settings: { maxEscoZipMiB: 1 },
    refused:
      'big.zip, field "size": the file is 1.5 MiB, over the 1 MiB cap for zip packages; raise the setting maxEscoZipMiB to import it',
  },
  {
    kind: 'a zip bomb (80 MiB of zeros in 80 KiB)',
    route: 'vocabulary',
    make: (d) => write(d, 'bomb.zip', zipSync({ 'skills_en.csv': new Uint8Array(80 * MiB) }, { level: 9 })),
    refused: /^bomb\.zip: the entry skills_en\.csv would inflate to 80 MiB from \d+ KiB \(a zip bomb\?\); refused$/,
  },
  {
    kind: 'a truncated zip package',
    route: 'vocabulary',
    make: (d) => cutZip(d, 'cut.zip', { 'a.ttl': skosTurtle.repeat(50) }),
    refused: /^cut\.zip: damaged or truncated zip archive/,
  },
  {
    kind: 'a billion laughs in an RDF/XML vocabulary',
    route: 'vocabulary',
    make: (d) => write(d, 'laughs.rdf', skosRdfXml(billionLaughs(), '&lol9;')),
    refused: /^laughs\.rdf, line 8, field "DOCTYPE": the entity "lol5" expands/,
  },
  {
    kind: 'an external entity (XXE) in an RDF/XML vocabulary',
    route: 'vocabulary',
    make: (d) => write(d, 'xxe.rdf', skosRdfXml(['<!ENTITY xxe SYSTEM "file:///etc/passwd">'], '&xxe;')),
    refused: /^xxe\.rdf, line 3, field "DOCTYPE": the external entity "xxe" is refused/,
  },
  {
    kind: 'a truncated RDF/XML vocabulary (imported up to the cut before)',
    route: 'vocabulary',
    make: (d) =>
      write(
        d,
        'cut.rdf',
        skosRdfXml([])
          .replace(/<\/rdf:RDF>\n$/, '')
          .slice(0, -30),
      ),
    refused: /^cut\.rdf, line 4, field "syntax": not valid RDF\/XML: the file ends before its root element <rdf:RDF> is closed/,
  },
  {
    kind: 'JSON-LD nested 10,000 deep as a vocabulary (an Oxigraph panic before)',
    route: 'vocabulary',
    make: (d) => write(d, 'deep.jsonld', deepJsonLd(10_000)),
    refused: /^deep\.jsonld, line 5, field "syntax": nested deeper than 64 levels/,
  },
  {
    kind: 'a NUL written as \\u0000 in a Turtle vocabulary label',
    route: 'vocabulary',
    make: (d) => write(d, 'nul.ttl', skosTurtle.replace('"One"', '"On\\u0000e"')),
    refused: 'nul.ttl, line 3, field "text": contains a NUL character (U+0000); remove it from the file',
  },
  {
    kind: 'Latin-1 Turtle (not UTF-8)',
    route: 'vocabulary',
    make: (d) => write(d, 'latin1.ttl', Buffer.from(skosTurtle.replace('"One"', '"Café"'), 'latin1')),
    refused: /^latin1\.ttl, line 3: unknown text encoding: the file is not UTF-8/,
  },
];

function expectAdded(value: unknown, added: number): void {
  if ((value as { added?: number }).added !== added) throw new Error(`expected ${added} item(s) added, got ${JSON.stringify(value)}`);
}

function expectProblem(value: unknown, pattern: RegExp): void {
  const problems = (value as { problems?: unknown[] }).problems ?? [];
  if (!problems.some((p) => pattern.test(typeof p === 'string' ? p : JSON.stringify(p))))
    throw new Error(`expected a problem matching ${pattern}, got ${JSON.stringify(problems)}`);
}
