import { describe, expect, it } from 'vitest';
import { csvLine, fromSpreadsheetSafe, spreadsheetSafe } from './csv.js';

describe('review report CSV cells', () => {
  it('prefixes cells a spreadsheet would run as formulas with a single quote', () => {
    expect(csvLine(['=1+1', '+x', '-y', '@z', '\tt', 'plain', 0.5, null])).toBe(`'=1+1,'+x,'-y,'@z,'\tt,plain,0.5,\r\n`);
    expect(csvLine(['=A1,"b"'])).toBe(`"'=A1,""b"""\r\n`);
  });

  it('reads the escaped form back exactly, also for values that began with a quote', () => {
    for (const value of ['=1', "'=1", "''+2", "'plain", 'plain', '-']) expect(fromSpreadsheetSafe(spreadsheetSafe(value))).toBe(value);
  });
});
