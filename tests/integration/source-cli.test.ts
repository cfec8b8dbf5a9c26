import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hash8 } from '../../electron/core/sources/import/stable-key.js';
import { projectRoot } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';

const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');

describe('crosswalk source', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, '--author', 'Test Curator', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CROSSWALK_HOME: dir },
    });

  it('imports a CSV with a column mapping into a new project and lists the items as JSON lines', () => {
    const csv = path.join(dir, 'courses.csv');
    fs.writeFileSync(csv, 'Code,Outcomes\nDL1,"- find data\n- clean data"\n');
    const project = path.join(dir, 'new.crosswalk');
    const imported = run('source', 'import', '--project', project, '--map', 'course=Code,text=Outcomes', '--split', csv);
    expect(imported.stderr).toMatch(/warning: no id column/);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/courses: 2 added/);
    const listed = run('source', 'list', '--project', project, '--json');
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      { id: `DL1-${hash8('find data')}`, text: 'find data', course: 'DL1', scheme: 'courses' },
      { id: `DL1-${hash8('clean data')}`, text: 'clean data', course: 'DL1', scheme: 'courses' },
    ]);
  });

  it('exits 1 naming file, line and field on a bad row, leaving the project unchanged', () => {
    const csv = path.join(dir, 'bad.csv');
    fs.writeFileSync(csv, 'id,text\nA,Fine\nB,\n');
    const project = path.join(dir, 'p.crosswalk');
    const result = run('source', 'import', '--project', project, csv);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^crosswalk: bad\.csv, line 3, field "text": empty text/);
    expect(run('source', 'list', '--project', project, '--json').stdout).toBe('');
  });

  it('rejects an unknown field in --map', () => {
    const csv = path.join(dir, 'x.csv');
    fs.writeFileSync(csv, 'a\n1\n');
    const result = run('source', 'import', '--project', path.join(dir, 'p'), '--map', 'colour=a', csv);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/unknown field "colour"/);
  });
});

describe('crosswalk source import failing', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('leaves no new project file behind', () => {
    const csv = path.join(dir, 'bad.csv');
    fs.writeFileSync(csv, 'id,text\nA,\n');
    const project = path.join(dir, 'fresh.crosswalk');
    const result = spawnSync(process.execPath, [cli, 'source', 'import', '--project', project, csv], {
      encoding: 'utf8',
      env: { ...process.env, CROSSWALK_HOME: dir },
    });
    expect(result.status).toBe(1);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('fresh'))).toEqual([]);
  });
});
