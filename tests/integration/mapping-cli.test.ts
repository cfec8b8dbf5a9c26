import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItems, addScheme } from '../../electron/core/mappings/testing.js';
import { createProjectFile, openProject } from '../../electron/core/projects/project-service.js';
import { projectRoot } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';

const cli = path.join(projectRoot, 'dist/cli/crosswalk.js');
const temp = makeTempDir();
const file = path.join(temp.dir, 'cli.crosswalk');
const library = path.join(temp.dir, 'library');
const env = { ...process.env, CROSSWALK_HOME: path.join(temp.dir, 'home') };
const run = (...args: string[]) => spawnSync(process.execPath, [cli, '--author', 'Test Curator', ...args], { env, encoding: 'utf8' });
const T = 'http://data.europa.eu/esco/skill/abc';

beforeAll(() => {
  createProjectFile(file, { title: 'CLI' });
  const project = openProject(file);
  addItems(project.db, addScheme(project.db, { title: 'Course A' }), [
    { key: 'LO1', text: 'Analyse data' },
    { key: 'SHARED', text: 'x' },
  ]);
  addItems(project.db, addScheme(project.db, { title: 'Course B' }), [{ key: 'SHARED', text: 'y' }]);
  project.close();
});
afterAll(() => temp.cleanup());

describe('crosswalk mapping / check', () => {
  it('adds mappings by item key and lists them as JSON lines', () => {
    const add = run(
      'mapping',
      'add',
      '--library',
      library,
      '--project',
      file,
      '--source',
      'LO1',
      '--target',
      T,
      '--relation',
      'exactMatch',
      '--status',
      'accepted',
      '--comment',
      'good',
    );
    expect(add.stderr).toBe('');
    expect(add.status).toBe(0);
    expect(run('mapping', 'add', '--project', file, '--source', 'LO1', '--target', T, '--relation', 'broadMatch').status).toBe(0);

    const duplicate = run('mapping', 'add', '--project', file, '--source', 'LO1', '--target', T, '--relation', 'exactMatch');
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toMatch(/^crosswalk: .*already has this statement/);
    const ambiguous = run('mapping', 'add', '--project', file, '--source', 'SHARED', '--target', T, '--relation', 'closeMatch');
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toMatch(/--scheme/);
    expect(
      run('mapping', 'add', '--project', file, '--source', 'SHARED', '--scheme', 'Course B', '--target', T, '--relation', 'closeMatch')
        .status,
    ).toBe(0);
    const missing = run('mapping', 'add', '--project', file, '--source', 'NOPE', '--target', T, '--relation', 'closeMatch');
    expect(missing.stderr).toMatch(/No source item with id "NOPE"/);
    expect(run('mapping', 'add', '--project', file, '--source', 'LO1', '--target', T, '--relation', 'sameAs').status).not.toBe(0);

    const listed = execFileSync(process.execPath, [cli, 'mapping', 'list', '--project', file, '--json'], { env, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(listed).toHaveLength(3);
    expect(Object.keys(listed[0]!)).toEqual(['source', 'target', 'relation', 'status', 'author', 'created']);
    expect(listed.map((m) => [m.source, m.target, m.relation, m.status])).toEqual([
      ['LO1', T, 'exactMatch', 'accepted'],
      ['LO1', T, 'broadMatch', 'proposed'],
      ['SHARED', T, 'closeMatch', 'proposed'],
    ]);
    expect(typeof listed[0]!.author).toBe('string');
    expect(Date.parse(listed[0]!.created as string)).not.toBeNaN();

    const checked = run('check', '--library', library, '--project', file, '--json');
    expect(checked.status).toBe(0);
    const problems = checked.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const p of problems) expect(Object.keys(p)).toEqual(['rule', 'severity', 'source', 'targets', 'message']);
    expect(problems).toContainEqual(
      expect.objectContaining({ rule: 'exact-with-other-relation', severity: 'error', source: 'LO1', targets: [T] }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'vocabulary-not-loaded', severity: 'info', source: null }));
    const failing = run('check', '--project', file, '--fail-on', 'error');
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/exact-with-other-relation/);
    // Each CLI start loads the whole core; on a busy machine ten runs take a while.
  }, 180_000);
});
