import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProjectFile, openProject } from '../../electron/core/projects/project-service.js';
import { projectRoot } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';

/**
 * A child process keeps editing an open project; we SIGKILL it mid-burst and check that the file
 * opens, passes SQLite's integrity check and holds every edit the child reported as committed.
 */
describe('killing the process while a project is open', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('never leaves a project that fails to open, and loses no committed edit', async () => {
    const file = path.join(dir, 'busy.crosswalk');
    createProjectFile(file, { title: 'Busy' });
    const script = path.join(dir, 'editor.cjs');
    fs.writeFileSync(
      script,
      `const Database = require(${JSON.stringify(path.join(projectRoot, 'node_modules', 'better-sqlite3'))});
       const db = new Database(process.argv[2]);
       db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL');
       const update = db.prepare('UPDATE project SET description = ?, modified = ? WHERE id = 1');
       let i = 0;
       setInterval(() => { for (let k = 0; k < 20; k++) { i++; update.run('edit ' + i, new Date().toISOString()); process.stdout.write(i + '\\n'); } }, 1);`,
    );
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let acknowledged = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const numbers = chunk.toString().trim().split('\n').map(Number);
        acknowledged = Math.max(acknowledged, ...numbers);
        if (acknowledged >= 500) resolve();
      });
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    const project = openProject(file);
    expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const edit = Number(project.metadata().description.replace('edit ', ''));
    expect(edit).toBeGreaterThanOrEqual(acknowledged);
    project.close();
  });

  it('killing `crosswalk project create` at any moment leaves either no project or a complete one', async () => {
    const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
    const outcomes = { absent: 0, complete: 0 };
    for (let attempt = 0; attempt < 12; attempt++) {
      const file = path.join(dir, `new-${attempt}.crosswalk`);
      const child = spawn(process.execPath, [cli, 'project', 'create', '--title', `Attempt ${attempt}`, file], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((r) => setTimeout(r, attempt * 15));
      child.kill('SIGKILL');
      await exited;
      if (!fs.existsSync(file)) {
        outcomes.absent++;
        continue;
      }
      const project = openProject(file);
      expect(project.metadata().title).toBe(`Attempt ${attempt}`);
      project.close();
      outcomes.complete++;
    }
    expect(outcomes.absent + outcomes.complete).toBe(12);
  });
});
