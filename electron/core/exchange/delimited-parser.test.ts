import { describe, expect, it } from 'vitest';
import { parseDelimited } from './delimited-parser.js';

describe('parseDelimited', () => {
  it('reads RFC 4180: doubled quotes, delimiters and line ends inside quoted fields', () => {
    const parsed = parseDelimited('a,b,c\n1,"x, ""y""\nz",3\n4,5,6', ',', 't.csv');
    expect(parsed.rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"\nz', '3'],
      ['4', '5', '6'],
    ]);
    expect(parsed.lines).toEqual([1, 2, 4]);
    expect(parsed.repairs).toEqual([]);
  });

  it('keeps trailing empty columns and empty lines, and pads nothing', () => {
    expect(parseDelimited('a,b,,\n\n1\n', ',', 't.csv').rows).toEqual([['a', 'b', '', ''], [''], ['1']]);
  });

  it('marks rows that are one quoted field', () => {
    expect(parseDelimited('"a,b"\nc\n"d",e\n', ',', 't.csv').wholeRowQuoted).toEqual([true, false, false]);
  });

  it('prefers the multi-line reading unless only the one-line reading keeps the width of the rows', () => {
    // Both readings parse; one line keeps 2 columns like the row before, the multi-line one makes 3.
    const parsed = parseDelimited('a,b\n1,"x\ny",2\n3,4\n', ',', 't.csv');
    expect(parsed.rows).toEqual([
      ['a', 'b'],
      ['1', '"x'],
      ['y"', '2'],
      ['3', '4'],
    ]);
    expect(parsed.repairs.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reads an unclosed quote on the last line as a character', () => {
    const parsed = parseDelimited('a,b\n1,"x', ',', 't.csv');
    expect(parsed.rows).toEqual([
      ['a', 'b'],
      ['1', '"x'],
    ]);
    expect(parsed.repairs).toHaveLength(1);
  });

  it('lists a kind of repair for 20 lines, then sums up the rest in one line', () => {
    const text = 'a,b\n' + Array.from({ length: 25 }, (_, i) => `${i},5" screen\n`).join('');
    const { repairs } = parseDelimited(text, ',', 't.csv');
    expect(repairs).toHaveLength(21);
    expect(repairs[20]).toMatchObject({ line: 22, message: expect.stringContaining('5 more lines') });
  });

  it('refuses a delimiter that is not one character', () => {
    expect(() => parseDelimited('a', '||', 't.csv')).toThrow(/t\.csv: the delimiter must be one character/);
  });
});
