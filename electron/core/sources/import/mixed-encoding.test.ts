import { describe, expect, it } from 'vitest';
import { mixedEncodingLine } from './mixed-encoding.js';

describe('mixedEncodingLine', () => {
  it('finds the first non-UTF-8 byte in a file that also holds UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('a\nä\n', 'utf8'), Buffer.from('x\nö\n', 'latin1')]);
    expect(mixedEncodingLine(bytes)).toEqual({ line: 4, byte: 0xf6 });
  });

  it('also when the Latin-1 line comes first', () => {
    expect(mixedEncodingLine(Buffer.concat([Buffer.from('ö\n', 'latin1'), Buffer.from('ä\n', 'utf8')]))).toEqual({ line: 1, byte: 0xf6 });
  });

  it('leaves plain legacy files and ASCII alone', () => {
    expect(mixedEncodingLine(Buffer.from('Grüße\nçà\n', 'latin1'))).toBeUndefined();
    expect(mixedEncodingLine(Buffer.from('plain\n'))).toBeUndefined();
  });
});
