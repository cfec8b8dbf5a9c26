import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { checkInputFile, DEFAULT_INPUT_LIMITS_MIB, inputLimits } from './input-file.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const at = (name: string) => ({ path: path.join(temp.dir, name), name });
const small = { ...DEFAULT_INPUT_LIMITS_MIB, maxSourceFileMiB: 1, maxVocabularyFileMiB: 2, maxEscoZipMiB: 1 };

describe('checkInputFile', () => {
  it('accepts a regular file within its cap and returns its size', () => {
    fs.writeFileSync(at('ok.csv').path, 'id,text\n');
    expect(checkInputFile(at('ok.csv'), 'source', small)).toBe(8);
  });

  it('refuses folders, named pipes and devices without opening them', () => {
    fs.mkdirSync(at('folder.csv').path);
    expect(() => checkInputFile(at('folder.csv'), 'source', small)).toThrow(
      'folder.csv: a folder, not a regular file; choose a file to import',
    );
    execFileSync('mkfifo', [at('pipe.csv').path]);
    // Opening a FIFO for reading would block until a writer comes: the check must not open it.
    expect(() => checkInputFile(at('pipe.csv'), 'vocabulary', small)).toThrow(
      'pipe.csv: a named pipe, not a regular file; choose a file to import',
    );
    expect(() => checkInputFile({ path: '/dev/zero', name: 'zero' }, 'source', small)).toThrow(
      'zero: a character device, not a regular file; choose a file to import',
    );
    expect(() => checkInputFile(at('missing.csv'), 'source', small)).toThrow('missing.csv: cannot read the file (ENOENT)');
  });

  it("refuses a file over its kind's cap, naming size, cap and setting", () => {
    fs.writeFileSync(at('big.csv').path, Buffer.alloc(1024 * 1024 + 1));
    expect(() => checkInputFile(at('big.csv'), 'source', small)).toThrow(
      'big.csv, field "size": the file is 1.0 MiB, over the 1 MiB cap for source files; raise the setting maxSourceFileMiB to import it',
    );
    expect(checkInputFile(at('big.csv'), 'mappingTable', small)).toBe(1024 * 1024 + 1);
  });

  it('counts a vocabulary file that is a zip against the zip cap', () => {
    const zip = Buffer.alloc(1536 * 1024);
    zip.write('PK', 0, 'latin1');
    fs.writeFileSync(at('esco.bin').path, zip);
    expect(() => checkInputFile(at('esco.bin'), 'vocabulary', small)).toThrow(
      /over the 1 MiB cap for zip packages; raise the setting maxEscoZipMiB/,
    );
    fs.writeFileSync(at('big.ttl').path, Buffer.alloc(1536 * 1024, 0x20));
    expect(checkInputFile(at('big.ttl'), 'vocabulary', small)).toBe(1536 * 1024);
  });
});

describe('inputLimits', () => {
  it('takes positive numbers from settings and defaults for the rest', () => {
    expect(inputLimits({ maxSourceFileMiB: 5, maxMappingTableMiB: -1, maxEscoZipMiB: 'x' })).toEqual({
      ...DEFAULT_INPUT_LIMITS_MIB,
      maxSourceFileMiB: 5,
    });
  });
});
