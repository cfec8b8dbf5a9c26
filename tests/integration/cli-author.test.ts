import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItems, addScheme } from '../../electron/core/mappings/testing.js';
import { createProjectFile, openProject } from '../../electron/core/projects/project-service.js';
import { projectRoot } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';

const cli = path.join(projectRoot, 'dist/cli/crosswalk.js');
const temp = makeTempDir();
const file = path.join(temp.dir, 'author.crosswalk');
const home = path.join(temp.dir, 'home');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { env: { ...process.env, CROSSWALK_HOME: home }, encoding: 'utf8' });
const add = (target: string, ...extra: string[]) =>
  run(...extra, 'mapping', 'add', '--project', file, '--source', 'LO1', '--target', target, '--relation', 'closeMatch');
const authors = () => {
  const project = openProject(file);
  try {
    return (project.db.prepare('SELECT author FROM mappings ORDER BY id').all() as { author: string }[]).map((r) => r.author);
  } finally {
    project.close();
  }
};

beforeAll(() => {
  createProjectFile(file, { title: 'Author' });
  const project = openProject(file);
  addItems(project.db, addScheme(project.db), [{ key: 'LO1', text: 'Analyse data' }]);
  project.close();
});
afterAll(() => temp.cleanup());

describe('crosswalk and the author of changes', () => {
  it('fails with one line and writes nothing when neither --author nor a saved name exists', () => {
    const refused = add('http://data.europa.eu/esco/skill/a');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('crosswalk: no author: pass --author NAME, or enter your name in the Settings of the app\n');
    expect(authors()).toEqual([]);
  });

  it('records --author, before or after the command, and otherwise the name saved in Settings', () => {
    expect(add('http://data.europa.eu/esco/skill/b', '--author', 'Ana Curator').status).toBe(0);
    expect(
      run(
        'mapping',
        'add',
        '--project',
        file,
        '--source',
        'LO1',
        '--target',
        'http://data.europa.eu/esco/skill/c',
        '--relation',
        'closeMatch',
        '--author',
        'Ben Lee',
      ).status,
    ).toBe(0);
    fs.mkdirSync(home, { recursive: true });
    fs.writeFileSync(path.join(home, 'settings.json'), JSON.stringify({ settings: { userName: 'Saved Person' }, recent: [] }));
    expect(add('http://data.europa.eu/esco/skill/d').status).toBe(0);
    expect(authors()).toEqual(['Ana Curator', 'Ben Lee', 'Saved Person']);
    // --author is for this run only: the saved name stays.
    expect(JSON.parse(fs.readFileSync(path.join(home, 'settings.json'), 'utf8')).settings.userName).toBe('Saved Person');
  });
});
