import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';

const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

describe('crosswalk CLI', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, CROSSWALK_HOME: dir } });

  it('is the package bin and prints its version', () => {
    expect(pkg.bin.crosswalk).toBe('dist/cli/crosswalk.js');
    expect(fs.readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });

  it('prints help listing its commands', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: crosswalk/);
    expect(result.stdout).toMatch(/project/);
  });

  it('creates a project and prints its metadata as JSON', () => {
    const file = path.join(dir, 'cli-made');
    expect(run('project', 'create', '--title', 'From the CLI', '--language', 'nl', file).status).toBe(0);
    const info = run('project', 'info', '--json', `${file}.crosswalk`);
    expect(JSON.parse(info.stdout)).toMatchObject({ metadata: { title: 'From the CLI', language: 'nl' } });
  });

  it('exits 1 with a clear message on a bad project file', () => {
    const file = path.join(dir, 'junk.crosswalk');
    fs.writeFileSync(file, 'junk'.repeat(1000));
    const result = run('project', 'info', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^crosswalk: .*junk\.crosswalk/);
  });

  it('rejects unknown commands with usage help and a non-zero exit', () => {
    const result = run('frobnicate');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/unknown command/);
  });
});
