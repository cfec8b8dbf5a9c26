import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { refuseZipBomb } from './zip-guard.js';

describe('refuseZipBomb', () => {
  it('lets ordinary archives and damaged ones through (the reader words the damage)', () => {
    const csv = strToU8('id,text\n'.concat(Array.from({ length: 5000 }, (_, i) => `LO${i},Outcome number ${i}\n`).join('')));
    expect(() => refuseZipBomb(zipSync({ 'a.csv': csv }), 'ok.zip')).not.toThrow();
    expect(() => refuseZipBomb(strToU8('PK not really'), 'damaged.zip')).not.toThrow();
  });

  it('refuses an entry that inflates past 200:1 beyond 64 MiB, before inflating it', () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(70 * 1024 * 1024) }, { level: 9 });
    const before = process.memoryUsage().arrayBuffers;
    expect(() => refuseZipBomb(bomb, 'bomb.xlsx')).toThrow(
      /^bomb\.xlsx: the entry xl\/worksheets\/sheet1\.xml would inflate to 70 MiB from \d+ KiB \(a zip bomb\?\); refused$/,
    );
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });
});
