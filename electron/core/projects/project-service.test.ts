import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { copyProject, createProjectFile, fileNameForTitle, openProject, withProjectExtension } from './project-service.js';

describe('project files', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('creates a project with its metadata and reopens it', () => {
    const file = path.join(dir, 'a.crosswalk');
    createProjectFile(file, { title: ' Data literacy ', description: 'MicroHE pilot', creator: 'Ana', language: 'de' });
    expect(fs.readdirSync(dir)).toEqual(['a.crosswalk']);
    const project = openProject(file);
    const meta = project.metadata();
    expect(meta).toMatchObject({ title: 'Data literacy', description: 'MicroHE pilot', creator: 'Ana', language: 'de' });
    expect(meta.created).toBe(meta.modified);
    project.close();
  });

  it('updates metadata and the modification time', async () => {
    const file = path.join(dir, 'b.crosswalk');
    createProjectFile(file, { title: 'Before' });
    const project = openProject(file);
    const before = project.metadata();
    await new Promise((r) => setTimeout(r, 5));
    const info = project.updateMetadata({ title: 'After', language: 'fr' });
    expect(info.metadata).toMatchObject({ title: 'After', language: 'fr', created: before.created });
    expect(info.metadata.modified > before.modified).toBe(true);
    project.close();
    const again = openProject(file);
    expect(again.metadata().title).toBe('After');
    again.close();
  });

  it('refuses to overwrite an existing file on create', () => {
    const file = path.join(dir, 'c.crosswalk');
    createProjectFile(file, { title: 'One' });
    expect(() => createProjectFile(file, { title: 'Two' })).toThrow(/already exists/);
  });

  it('Save As writes a consistent copy that includes uncheckpointed changes', () => {
    const file = path.join(dir, 'd.crosswalk');
    createProjectFile(file, { title: 'Original' });
    const project = openProject(file);
    project.updateMetadata({ description: 'edited after opening' });
    const copy = path.join(dir, 'sub', 'd-copy.crosswalk');
    copyProject(project, copy);
    project.close();
    const opened = openProject(copy);
    expect(opened.metadata()).toMatchObject({ title: 'Original', description: 'edited after opening' });
    opened.close();
  });

  it('Save As refuses the open file itself', () => {
    const file = path.join(dir, 'e.crosswalk');
    createProjectFile(file, { title: 'E' });
    const project = openProject(file);
    expect(() => copyProject(project, file, true)).toThrow(/different file/);
    project.close();
  });

  it('makes file names from titles', () => {
    expect(fileNameForTitle('Data Literacy (3 ECTS) – Über')).toBe('data-literacy-3-ects-uber.crosswalk');
    expect(fileNameForTitle('???')).toBe('project.crosswalk');
    expect(withProjectExtension('/x/y')).toBe('/x/y.crosswalk');
    expect(withProjectExtension('/x/y.crosswalk')).toBe('/x/y.crosswalk');
  });
});
