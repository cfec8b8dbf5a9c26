import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { freeProjectFileName, listProjectFiles, projectFileInFolder } from './project-folder.js';

describe('the data folder of projects', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let dir: string;
  beforeEach(() => {
    temp = makeTempDir();
    dir = path.join(temp.dir, 'projects');
    fs.mkdirSync(dir);
  });
  afterEach(() => temp.cleanup());

  it('lists the regular project files in it, newest first, with size, time and a known title', () => {
    fs.writeFileSync(path.join(dir, 'old.crosswalk'), 'a');
    fs.utimesSync(path.join(dir, 'old.crosswalk'), new Date('2020-01-01'), new Date('2020-01-01'));
    fs.writeFileSync(path.join(dir, 'new.crosswalk'), 'abc');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    fs.writeFileSync(path.join(dir, '.hidden.crosswalk'), 'x');
    fs.mkdirSync(path.join(dir, 'folder.crosswalk'));
    fs.writeFileSync(path.join(temp.dir, 'outside.crosswalk'), 'x');
    fs.symlinkSync(path.join(temp.dir, 'outside.crosswalk'), path.join(dir, 'link.crosswalk'));
    const listed = listProjectFiles(dir, [{ path: path.join(dir, 'old.crosswalk'), title: 'Old one', openedAt: '', exists: true }]);
    expect(listed.map((e) => e.name)).toEqual(['new.crosswalk', 'old.crosswalk']);
    expect(listed[0]).toMatchObject({ title: null, bytes: 3 });
    expect(listed[1]).toMatchObject({ title: 'Old one', bytes: 1, modified: '2020-01-01T00:00:00.000Z' });
    expect(listProjectFiles(path.join(temp.dir, 'absent'))).toEqual([]);
  });

  it('takes a name from the list, with or without the extension', () => {
    expect(projectFileInFolder(dir, 'plan.crosswalk')).toBe(path.join(dir, 'plan.crosswalk'));
    expect(projectFileInFolder(dir, 'plan')).toBe(path.join(dir, 'plan.crosswalk'));
    expect(projectFileInFolder(dir, 'Ünïcode name.crosswalk')).toBe(path.join(dir, 'Ünïcode name.crosswalk'));
  });

  it('refuses paths, "..", hidden names, control characters, folders and symlinks out of the folder', () => {
    fs.mkdirSync(path.join(dir, 'sub.crosswalk'));
    fs.writeFileSync(path.join(temp.dir, 'outside.crosswalk'), 'x');
    fs.symlinkSync(path.join(temp.dir, 'outside.crosswalk'), path.join(dir, 'out.crosswalk'));
    fs.writeFileSync(path.join(dir, 'inside.crosswalk'), 'x');
    fs.symlinkSync(path.join(dir, 'inside.crosswalk'), path.join(dir, 'alias.crosswalk'));
    for (const bad of [
      '/etc/passwd',
      '../x',
      '..',
      '.',
      'a/b',
      'a\\b',
      'C:x',
      '.hidden',
      'nul\u0000.crosswalk',
      'sub',
      'out.crosswalk',
      'x'.repeat(300),
    ]) {
      let message = '';
      try {
        projectFileInFolder(dir, bad);
      } catch (error) {
        message = (error as Error).message;
        expect((error as { code?: string }).code, bad).toBe('invalid-arguments');
      }
      expect(message, bad).toMatch(/is not a project in the data folder/);
      expect(message.split('\n')).toHaveLength(1);
    }
    expect(projectFileInFolder(dir, 'alias')).toBe(path.join(dir, 'alias.crosswalk'));
  });

  it('names a new project after its title, without taking an existing name', () => {
    expect(freeProjectFileName(dir, 'Data Literacy')).toBe('data-literacy.crosswalk');
    fs.writeFileSync(path.join(dir, 'data-literacy.crosswalk'), '');
    fs.writeFileSync(path.join(dir, 'data-literacy-2.crosswalk'), '');
    expect(freeProjectFileName(dir, 'Data Literacy')).toBe('data-literacy-3.crosswalk');
    expect(freeProjectFileName(dir, '../../etc/passwd')).toBe('etc-passwd.crosswalk');
  });
});
