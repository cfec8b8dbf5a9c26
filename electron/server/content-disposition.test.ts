import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.js';

describe('contentDisposition', () => {
  it('keeps a plain ASCII name as it is', () => {
    expect(contentDisposition('table.tsv')).toBe('attachment; filename="table.tsv"');
  });

  it("gives other names as filename*=UTF-8'' with an ASCII fallback", () => {
    expect(contentDisposition('Łódź.tsv')).toBe(`attachment; filename="__d_.tsv"; filename*=UTF-8''%C5%81%C3%B3d%C5%BA.tsv`);
    expect(contentDisposition('数据.csv')).toBe(`attachment; filename="__.csv"; filename*=UTF-8''%E6%95%B0%E6%8D%AE.csv`);
  });

  it('never lets quotes, backslashes or line breaks into the header', () => {
    const header = contentDisposition('a"b\\c\r\nSet-Cookie: x=1 (it\'s*).csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(
      `attachment; filename="a_b_cSet-Cookie: x=1 (it's*).csv"; filename*=UTF-8''a%22b%5CcSet-Cookie%3A%20x%3D1%20%28it%27s%2A%29.csv`,
    );
  });
});
