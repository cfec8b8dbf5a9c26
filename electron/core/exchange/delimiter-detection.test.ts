import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter-detection.js';

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });

  it('is not fooled by decimal commas in a semicolon file', () => {
    expect(detectDelimiter('code;share;label\n1;2,5;x\n2;10,25;y\n3;7;z, w, v\n')).toBe(';');
  });

  it('is not fooled by commas in the labels of a TSV', () => {
    expect(detectDelimiter('id\tlabel\trelation\n1\tbakers, pastry cooks\t=\n2\tcooks\t<\n')).toBe('\t');
  });

  it('lets the table outvote a key,value preamble above it', () => {
    const preamble = 'Mapping project name;ESCO - X, v1\nMapping project author;someone\n\n';
    const table = 'uri;label;id;relation\n' + 'http://x/1;a, b;1;skos:exactMatch\n'.repeat(5);
    expect(detectDelimiter(preamble + table)).toBe(';');
  });

  it('does not count delimiters inside quoted fields', () => {
    expect(detectDelimiter('"a;b;c",x\n"d;e;f",y\n')).toBe(',');
  });

  it('is undefined when no line holds a delimiter', () => {
    expect(detectDelimiter('one\ntwo\n')).toBeUndefined();
    expect(detectDelimiter('"a,b,c"\n"d,e,f"\n')).toBeUndefined();
  });
});
