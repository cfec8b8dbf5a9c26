import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './text-decoding.js';

const TEXT = 'Lernergebnis;Größe\nÉtudier;façade\n';

describe('decodeText', () => {
  it('recognises BOMs, BOM-less UTF-16, UTF-8 and Windows-1252', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
    expect(decodeText(iconv.encode(TEXT, 'utf-16le'))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(iconv.encode(TEXT, 'utf-16be'))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeText(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(iconv.encode(TEXT, 'windows-1252'))).toEqual({ text: TEXT, encoding: 'windows-1252' });
  });

  it('decodes with a given encoding and rejects unknown names', () => {
    expect(decodeText(iconv.encode(TEXT, 'latin1'), 'latin1').text).toBe(TEXT);
    expect(() => decodeText(Buffer.from(TEXT), 'klingon-8')).toThrow(/Unknown text encoding/);
  });
});
