import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tests/support/shared-data.js';
import { makeTempDir } from '../../tests/support/temp-dir.js';
import { terminalCsv, terminalJson, terminalText } from './terminal.js';

const RED_AND_BELL = 'Red \u001b[31mtext\u001b[0m and a bell\u0007';

describe('terminal output of imported text', () => {
  it('shows control characters as visible escapes', () => {
    expect(terminalText(RED_AND_BELL)).toBe('Red \\x1b[31mtext\\x1b[0m and a bell\\x07');
    expect(terminalText('8-bit CSI \u009b2J')).toBe('8-bit CSI \\x9b2J');
    expect(terminalCsv(`"a\nb",${RED_AND_BELL}\r\n`)).toBe('"a\nb",Red \\x1b[31mtext\\x1b[0m and a bell\\x07\r\n');
    expect(terminalJson({ t: `${RED_AND_BELL}\u009b` })).toBe('{"t":"Red \\u001b[31mtext\\u001b[0m and a bell\\u0007\\u009b"}');
  });

  it('escapes them in error messages too (a refused import quotes the id)', () => {
    const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
    const { dir, cleanup } = makeTempDir();
    try {
      const input = path.join(dir, 'ansi-ids.csv');
      fs.writeFileSync(input, `id,text\nLO\u001b[31m1,First\nLO\u001b[31m1,${RED_AND_BELL}\n`);
      const env = { ...process.env, CROSSWALK_HOME: path.join(dir, 'home') };
      const result = spawnSync(
        process.execPath,
        [
          cli,
          '--author',
          'Test Curator',
          'source',
          'import',
          '--project',
          path.join(dir, 'p.crosswalk'),
          '--map',
          'id=id,text=text',
          input,
        ],
        { encoding: 'utf8', env },
      );
      expect(result.status).toBe(1);
      expect(
        [...result.stderr].filter((ch) => ch < ' ' && ch !== '\n'),
        JSON.stringify(result.stderr),
      ).toEqual([]);
      expect(result.stderr.trim()).toBe('crosswalk: ansi-ids.csv, line 3, field "id": duplicate id "LO\\x1b[31m1" (also row 2)');
    } finally {
      cleanup();
    }
  });
});
