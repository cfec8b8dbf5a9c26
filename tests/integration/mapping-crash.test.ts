import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MappingStore } from '../../electron/core/mappings/mapping-store.js';
import { addItems, addScheme } from '../../electron/core/mappings/testing.js';
import { undoState } from '../../electron/core/mappings/undo-redo.js';
import { createProjectFile, openProject } from '../../electron/core/projects/project-service.js';
import { bundleChildScript } from '../support/child-script.js';
import { makeTempDir } from '../support/temp-dir.js';

let childScript = '';

describe('a killed process keeps every acknowledged mapping edit', () => {
  const temp = makeTempDir();
  beforeAll(async () => {
    childScript = await bundleChildScript('tests/integration/mapping-crash-child.ts');
  });
  afterAll(() => temp.cleanup());

  it('finds all of them after SIGKILL mid-burst and reopening', async () => {
    const file = path.join(temp.dir, 'crash.crosswalk');
    createProjectFile(file, { title: 'Crash' });
    const setup = openProject(file);
    const [itemId] = addItems(setup.db, addScheme(setup.db), [{ key: 'LO1', text: 'x' }]);
    setup.close();

    const child = spawn(process.execPath, [childScript, file, String(itemId)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      acknowledged.push(...lines);
      // Kill in the middle of the burst, while the child is still writing.
      if (acknowledged.length >= 300 && !child.killed) child.kill('SIGKILL');
    });
    const signal = await exited;
    expect(stderr).not.toMatch(/error/i);
    expect(signal).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);

    const project = openProject(file);
    try {
      expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const store = new MappingStore(project.db);
      for (const line of acknowledged) {
        const [action, id] = line.split(' ');
        const mapping = store.get(Number(id));
        if (action === 'update') expect(mapping.status).toBe('accepted');
      }
      // Every committed edit is also on the undo stack.
      expect(undoState(project.db).undo).not.toBeNull();
    } finally {
      project.close();
    }
  });
});
