import { describe, expect, it } from 'vitest';
import { readDelimitedRows } from './delimited-text.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readDelimitedRows', () => {
  it('reads a BOM and LF, CRLF and lone CR line ends, mixed', () => {
    const read = readDelimitedRows(bytes('\uFEFFa,b\r\n1,2\r3,4\n5,"x\r\ny"\n'), 'mixed.csv');
    expect(read.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', 'x\ny'],
    ]);
    expect(read.lines).toEqual([1, 2, 3, 4]);
    expect(read.repairs).toEqual([]);
  });

  it('reads Windows-1252 when the file is not UTF-8 and says so, at the first line with such a character', () => {
    // "Příbram" cannot be Latin-1; "café" and "Ø" can: 0xE9, 0xD8.
    const latin1 = Uint8Array.from([...bytes('id;label\n1;caf'), 0xe9, ...bytes('\n2;'), 0xd8, ...bytes('re\n')]);
    const read = readDelimitedRows(latin1, 'latin1.csv');
    expect(read.rows).toEqual([
      ['id', 'label'],
      ['1', 'café'],
      ['2', 'Øre'],
    ]);
    expect(read.repairs).toEqual([{ severity: 'info', message: expect.stringMatching(/not UTF-8.*Windows-1252/), line: 2 }]);
  });

  it('detects semicolon and tab, and takes a given delimiter', () => {
    expect(readDelimitedRows('a;b\n1;2,5\n', 'eu.csv')).toMatchObject({
      delimiter: ';',
      rows: [
        ['a', 'b'],
        ['1', '2,5'],
      ],
    });
    expect(readDelimitedRows('a\tb\n1\tx, y\n', 't.tsv')).toMatchObject({
      delimiter: '\t',
      rows: [
        ['a', 'b'],
        ['1', 'x, y'],
      ],
    });
    expect(readDelimitedRows('a;b,c\n', 'given.csv', { delimiter: ',' }).rows).toEqual([['a;b', 'c']]);
  });

  it('keeps a quote inside an unquoted field as a character and lists it', () => {
    const read = readDelimitedRows('id,label\n1,5" screen\n2,ok\n', 'inch.csv');
    expect(read.rows[1]).toEqual(['1', '5" screen']);
    expect(read.repairs).toEqual([{ severity: 'info', message: expect.stringContaining('quote inside an unquoted field'), line: 2 }]);
  });

  it('keeps undoubled quotes inside a quoted field that closes on its line', () => {
    const read = readDelimitedRows('id,label,x\n1,"He said "hi" there",3\n', 'q.csv');
    expect(read.rows[1]).toEqual(['1', 'He said "hi" there', '3']);
    expect(read.repairs).toMatchObject([{ line: 2 }]);
  });

  it('repairs a field whose quote never closes when the next line starts a row of the same width', () => {
    const read = readDelimitedRows('a,b,c\n1,"abc,3\n4,5,6\n7,"x, y",9\n', 'open.csv');
    expect(read.rows).toEqual([
      ['a', 'b', 'c'],
      ['1', '"abc', '3'],
      ['4', '5', '6'],
      ['7', 'x, y', '9'],
    ]);
    expect(read.lines).toEqual([1, 2, 3, 4]);
    expect(read.repairs).toEqual([{ severity: 'info', message: expect.stringContaining('never closed'), line: 2 }]);
  });

  it('refuses with file and line when it cannot tell where a quoted field ends', () => {
    expect(() => readDelimitedRows('a,b,c\n1,2,3\n4,"abc,6\n7,8\n9,10\n', 'broken.csv')).toThrow(
      /^broken\.csv, line 3: .*cannot tell where the field ends/,
    );
  });

  it('unwraps a CSV saved inside a CSV, one repair, lines as in the file', () => {
    const text = '"Mapping project name,ESCO - CZ"\n\n"uri,label,relation"\n"http://x/1,""a, b"",skos:broadMatch"\n';
    const read = readDelimitedRows(text, 'wrapped.csv');
    expect(read.rows).toEqual([
      ['Mapping project name', 'ESCO - CZ'],
      [''],
      ['uri', 'label', 'relation'],
      ['http://x/1', 'a, b', 'skos:broadMatch'],
    ]);
    expect(read.lines).toEqual([1, 2, 3, 4]);
    expect(read.delimiter).toBe(',');
    expect(read.repairs).toEqual([{ severity: 'info', message: expect.stringContaining('CSV saved inside a CSV'), line: 1 }]);
  });

  it('leaves a one-column file of quoted words alone', () => {
    expect(readDelimitedRows('"alpha"\n"beta"\n', 'list.csv').rows).toEqual([['alpha'], ['beta']]);
  });

  it('keeps empty rows and trailing empty columns without padding', () => {
    expect(readDelimitedRows('k,v\nname,x,,\n\n,,\nuri,label\n', 'blank.csv').rows).toEqual([
      ['k', 'v'],
      ['name', 'x', '', ''],
      [''],
      ['', '', ''],
      ['uri', 'label'],
    ]);
  });

  it('reads a 12,000-row, 3 MB file in well under a second', () => {
    const label = 'a label with some words, and a comma'.padEnd(150, '.');
    const lines = ['uri,label,id,relation,note'];
    for (let i = 0; i < 12_000; i++)
      lines.push(`http://data.europa.eu/esco/occupation/${i},"${label}",${i}.0,skos:broadMatch,"note ""${i}"""`);
    const data = bytes(lines.join('\r\n'));
    expect(data.length).toBeGreaterThan(2_500_000);
    const started = performance.now();
    const read = readDelimitedRows(data, 'big.csv');
    const elapsed = performance.now() - started;
    expect(read.rows).toHaveLength(12_001);
    expect(read.rows[12_000]).toEqual(['http://data.europa.eu/esco/occupation/11999', label, '11999.0', 'skos:broadMatch', 'note "11999"']);
    expect(elapsed).toBeLessThan(1000);
  });
});
