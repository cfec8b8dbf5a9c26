import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItems, addScheme } from '../../electron/core/mappings/testing.js';
import { createProjectFile, openProject } from '../../electron/core/projects/project-service.js';
import { createTestApp } from '../support/test-context.js';
import { bundleChildScript } from '../support/child-script.js';
import { makeTempDir } from '../support/temp-dir.js';

let childScript = '';

interface Run {
  code: number | null;
  lines: string[];
  stderr: string;
}

function runChild(args: string[], onLine?: (line: string) => void): Promise<Run> {
  const child = spawn(process.execPath, [childScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const complete = buffer.split('\n');
    buffer = complete.pop()!;
    for (const line of complete) {
      lines.push(line);
      onLine?.(line);
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, lines, stderr })));
}

function inspect(file: string): { integrity: string; mappings: number } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      mappings: (db.prepare('SELECT count(*) AS n FROM mappings').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

describe('two writers on one project file', () => {
  const temp = makeTempDir();
  beforeAll(async () => {
    childScript = await bundleChildScript('tests/integration/concurrent-writer-child.ts');
  });
  afterAll(() => temp.cleanup());

  function newProject(name: string): { file: string; itemId: number } {
    const file = path.join(temp.dir, `${name}.crosswalk`);
    createProjectFile(file, { title: name });
    const setup = openProject(file);
    const [itemId] = addItems(setup.db, addScheme(setup.db), [{ key: 'LO1', text: 'x' }]);
    setup.close();
    return { file, itemId: itemId! };
  }

  it('two processes writing at once both finish: writes wait for the lock (BEGIN IMMEDIATE) instead of failing', async () => {
    const { file, itemId } = newProject('burst');
    const runs = await Promise.all(['a', 'b'].map((tag) => runChild(['burst', file, String(itemId), tag, '150'])));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.lines.filter((l) => l.startsWith('ok '))).toHaveLength(150);
    }
    expect(inspect(file)).toEqual({ integrity: 'ok', mappings: 300 });
  });

  it('the loser of a lock held past the busy timeout gets one line naming the file, and nothing changes', async () => {
    const { file, itemId } = newProject('held');
    const app = createTestApp();
    try {
      await app.api.projects.open({ path: file });
      app.ctx.projects.require().db.pragma('busy_timeout = 200');
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = runChild(['hold', file, '1500'], (line) => line === 'locked' && locked());
      await isLocked;

      const refused = await app.dispatch('mappings-create', {
        mappings: [{ sourceItemId: itemId, kind: 'no-match', targetVocabularyId: 'esco' }],
      });
      expect(refused).toEqual({
        ok: false,
        error: { code: 'busy', message: `${file} is in use by another Crosswalk process; try again.`, details: { file } },
      });

      expect((await holder).code).toBe(0);
      expect(inspect(file)).toEqual({ integrity: 'ok', mappings: 0 });
      // Once the other process is done, the same call goes through.
      const retried = await app.dispatch('mappings-create', {
        mappings: [{ sourceItemId: itemId, kind: 'no-match', targetVocabularyId: 'esco' }],
      });
      expect(retried.ok).toBe(true);
      expect(inspect(file).mappings).toBe(1);
    } finally {
      app.cleanup();
    }
  });
});
