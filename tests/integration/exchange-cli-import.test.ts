import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectFile } from '../../electron/core/projects/project-service.js';
import { projectRoot } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';

const cli = path.join(projectRoot, 'dist/cli/crosswalk.js');
const temp = makeTempDir();
const env = { ...process.env, CROSSWALK_HOME: path.join(temp.dir, 'home') };
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });
afterAll(() => temp.cleanup());

describe('crosswalk import-mappings failures', () => {
  it('removes the project file it created when the import fails', () => {
    const input = path.join(temp.dir, 'bad.ttl');
    fs.writeFileSync(input, '<<< not turtle');
    const project = path.join(temp.dir, 'new.crosswalk');
    const result = run('import-mappings', '--project', project, '--format', 'skos', input);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.ttl/);
    expect(fs.readdirSync(temp.dir).filter((f) => f.startsWith('new.crosswalk'))).toEqual([]);
  });

  it('keeps a project file that existed before the failed import', () => {
    const input = path.join(temp.dir, 'bad2.ttl');
    fs.writeFileSync(input, '<<< not turtle');
    const project = path.join(temp.dir, 'old.crosswalk');
    createProjectFile(project, { title: 'Old' });
    const result = run('import-mappings', '--project', project, '--format', 'skos', input);
    expect(result.status).toBe(1);
    expect(fs.existsSync(project)).toBe(true);
  });
});
