import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../shared/domain/correspondence.js';
import { detectFormat, readTable, writeTable } from './formats.js';
import { sampleTable } from './sample-table.test-helper.js';

const bytes = (s: string | Uint8Array) => (typeof s === 'string' ? new TextEncoder().encode(s) : s);
const OPTIONS = { uriBase: 'https://example.org/crosswalk/', defaultStatus: 'proposed' as const };

describe('format dispatch', () => {
  it.each(EXPORT_FORMATS)('%s writes content and a report of what it could not carry', async (format) => {
    const { content, limits } = await writeTable(sampleTable(), format, { status: 'all' });
    expect(content.length).toBeGreaterThan(100);
    expect(limits.length).toBeGreaterThan(0);
  });

  it.each([
    ['sssom', 'set.sssom.tsv'],
    ['jskos', 'c.jskos.json'],
    ['esco-csv', 'c.csv'],
    ['xlsx', 'c.xlsx'],
    ['skos-ttl', 'c.ttl'],
    ['skos-rdfxml', 'c.rdf'],
    ['skos-jsonld', 'c.jsonld'],
    ['skos-nt', 'c.nt'],
  ] as const)('detects and reads back %s', async (format, name) => {
    const { content } = await writeTable(sampleTable(), format, { status: 'all' });
    const detected = detectFormat(name, bytes(content));
    expect(detected).toBe(format.startsWith('skos-') ? 'skos' : format);
    const { table } = await readTable(bytes(content), 'auto', { ...OPTIONS, file: name });
    expect(table.mappings.length).toBeGreaterThanOrEqual(3);
  });

  it('detects by content when the name says nothing', async () => {
    const sssom = (await writeTable(sampleTable(), 'sssom', { status: 'all' })).content;
    expect(detectFormat('upload', bytes(sssom))).toBe('sssom');
    const jskos = (await writeTable(sampleTable(), 'jskos', { status: 'all' })).content;
    expect(detectFormat('upload', bytes(jskos))).toBe('jskos');
    expect(() => detectFormat('notes.md', bytes('hello'))).toThrow(/cannot tell the format/);
  });

  it("tells ESCO's layouts from any other table by content", () => {
    expect(detectFormat('table.csv', bytes('Column1,Column2\nMapping project name,ESCO - SE NOC\n'))).toBe('esco-csv');
    expect(detectFormat('upload', bytes('\uFEFF"Mapping project name,ESCO - CS NOC"\r\n'))).toBe('esco-csv');
    expect(detectFormat('table.tsv', bytes('Classification 1 URI\tClassification 2 ID\tMapping relation\n'))).toBe('esco-csv');
    expect(detectFormat('links.csv', bytes('from,to,relation\nA,http://x/1,=\n'))).toBe('mapping-table');
    expect(detectFormat('links.tsv', bytes('from\tto\nA\thttp://x/1\n'))).toBe('mapping-table');
  });
});
