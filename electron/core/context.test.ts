import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/temp-dir.js';
import { projectRoot } from '../../tests/support/shared-data.js';
import { createAppContext } from './context.js';

describe('createAppContext', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('decides once whether work runs in workers: only when the built scripts are there', () => {
    const built = createAppContext({
      host: 'cli',
      version: 't',
      userDataDir: path.join(temp.dir, 'a'),
      workersDir: path.join(projectRoot, 'dist', 'workers'),
    });
    const bare = createAppContext({
      host: 'cli',
      version: 't',
      userDataDir: path.join(temp.dir, 'b'),
      workersDir: path.join(temp.dir, 'no-workers'),
    });
    expect(built.workers).toBe(path.join(projectRoot, 'dist', 'workers'));
    expect(bare.workers).toBeNull();
    built.dispose();
    bare.dispose();
  });

  it('keeps its state in named fields of its own, not shared with another context', () => {
    const one = createAppContext({ host: 'cli', version: 't', userDataDir: path.join(temp.dir, 'c'), workersDir: temp.dir });
    const two = createAppContext({ host: 'cli', version: 't', userDataDir: path.join(temp.dir, 'd'), workersDir: temp.dir });
    expect(one.suggest).toBe(one.suggest);
    expect(one.suggest).not.toBe(two.suggest);
    const token = one.tablePreviews.put({ file: 'a.csv', format: 'sssom', table: {} as never, uriBase: 'https://example.org/' }, '/p');
    expect(one.tablePreviews.get(token, '/p').file).toBe('a.csv');
    expect(() => two.tablePreviews.get(token, '/p')).toThrow(/preview the file again/);
    expect(() => one.sourcePreviews.get(token, '/p')).toThrow(/preview the input again/);
    one.indexBuilds.set('esco', { id: 'j' } as never);
    expect(two.indexBuilds.size).toBe(0);
    one.dispose();
    two.dispose();
  });
});
