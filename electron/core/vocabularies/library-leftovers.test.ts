import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { VocabularyLibrary } from './library.js';
import { LEFTOVER_AGE_MS, OWNER_FILE } from './library-leftovers.js';

describe('opening the library removes folders crashed imports left behind', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir('crosswalk-leftovers-')));
  afterEach(() => temp.cleanup());
  const hoursAgo = (h: number) => Date.now() - h * 3_600_000;

  function folder(name: string, owner?: { pid: number; startedAt: number }, mtime?: number): string {
    const dir = path.join(temp.dir, name);
    fs.mkdirSync(path.join(dir, 'esco-v1.1.1'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'esco-v1.1.1', 'graph.nt'), '');
    if (owner) fs.writeFileSync(path.join(dir, OWNER_FILE), JSON.stringify({ ...owner, host: os.hostname() }));
    if (mtime) fs.utimesSync(dir, mtime / 1000, mtime / 1000);
    return dir;
  }

  it('removes abandoned staging and trash folders and keeps those another import may be using', () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    folder('.staging-crashed', { pid: deadPid, startedAt: Date.now() });
    folder('.staging-old', undefined, hoursAgo(2));
    folder(`.trash-esco-v1.1.1-${hoursAgo(2)}`);
    folder('.staging-running', { pid: process.pid, startedAt: Date.now() });
    folder('.staging-fresh');
    folder(`.trash-esco-v1.1.1-${Date.now()}`);
    folder('.other-old', undefined, hoursAgo(2));
    fs.mkdirSync(path.join(temp.dir, 'example'));
    fs.writeFileSync(path.join(temp.dir, 'example', 'meta.json'), '{}');

    new VocabularyLibrary(temp.dir, temp.dir).dispose();

    const left = fs.readdirSync(temp.dir).sort();
    expect(left.filter((n) => n.startsWith('.staging-'))).toEqual(['.staging-fresh', '.staging-running']);
    expect(left.filter((n) => n.startsWith('.trash-'))).toHaveLength(1);
    expect(left).toContain('.other-old');
    expect(left).toContain('example');
  });

  it('treats a staging folder of a live process as abandoned once it is over the age limit', () => {
    folder('.staging-stuck', { pid: process.pid, startedAt: Date.now() - LEFTOVER_AGE_MS - 1000 });
    new VocabularyLibrary(temp.dir, temp.dir).dispose();
    expect(fs.readdirSync(temp.dir)).toEqual([]);
  });
});
