import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';
import { freePort, startVirtuoso, virtuosoMissing, type VirtuosoServer } from '../support/virtuoso.js';

const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
const missing = virtuosoMissing();
if (missing) console.warn(missing);

function runner(home: string) {
  return (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [cli, '--author', 'cli tester', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CROSSWALK_HOME: home, ...env },
    });
}

function seedProject(run: ReturnType<typeof runner>, dir: string, file: string): void {
  const csv = path.join(dir, 'outcomes.csv');
  fs.writeFileSync(csv, 'id,text\nLO1,Clean a data set\nLO2,Explain a chart\nLO3,Store data safely\n');
  expect(run(['source', 'import', '--project', file, csv]).status).toBe(0);
  for (const [key, n] of [
    ['LO1', 1],
    ['LO2', 2],
  ] as const) {
    expect(
      run([
        'mapping',
        'add',
        '--project',
        file,
        '--source',
        key,
        '--target',
        `http://data.europa.eu/esco/skill/s${n}`,
        '--relation',
        'closeMatch',
      ]).status,
    ).toBe(0);
  }
}

describe('crosswalk merge BASE MINE THEIRS', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const run = runner(temp.dir);

  it('merges two copies of a project by the pull rules into a new file, keeping conflicts', () => {
    const base = path.join(temp.dir, 'base.crosswalk');
    seedProject(run, temp.dir, base);
    const mine = path.join(temp.dir, 'mine.crosswalk');
    const theirs = path.join(temp.dir, 'theirs.crosswalk');
    fs.copyFileSync(base, mine);
    fs.copyFileSync(base, theirs);
    expect(
      run([
        'mapping',
        'add',
        '--project',
        mine,
        '--source',
        'LO3',
        '--target',
        'http://data.europa.eu/esco/skill/mine',
        '--relation',
        'exactMatch',
      ]).status,
    ).toBe(0);
    expect(
      run([
        'mapping',
        'add',
        '--project',
        theirs,
        '--source',
        'LO3',
        '--target',
        'http://data.europa.eu/esco/skill/theirs',
        '--relation',
        'broadMatch',
        '--status',
        'accepted',
      ]).status,
    ).toBe(0);
    const out = path.join(temp.dir, 'merged.crosswalk');
    const merged = run(['merge', base, mine, theirs, '--out', out]);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
    expect(merged.stdout).toMatch(/1 added, 0 changed, 0 deleted, 0 conflict/);
    const list = run(['mapping', 'list', '--project', out, '--json'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { target: string });
    expect(list.map((m) => m.target.split('/').pop()).sort()).toEqual(['mine', 's1', 's2', 'theirs']);
    // The inputs are untouched, and a second merge into an existing file is refused in one line.
    expect(run(['mapping', 'list', '--project', mine, '--json']).stdout.trim().split('\n')).toHaveLength(3);
    const again = run(['merge', base, mine, theirs, '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/^crosswalk: A file already exists at/);
  }, 600_000);
});

describe('every team command fails with a non-zero exit and one line, changing nothing', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const run = runner(temp.dir);

  it('remote add / remove / status / resolve, push, pull and merge', () => {
    const p = path.join(temp.dir, 'p.crosswalk');
    expect(run(['project', 'create', '--title', 'P', p]).status).toBe(0);
    const add = (...args: string[]) => ['remote', 'add', '--project', p, ...args];
    const store = 'http://127.0.0.1:1/sparql';
    const cases: [string[], RegExp][] = [
      [add('origin', 'not-a-url', '--graph', 'https://x.org/g'), /queryEndpoint: must be an http\(s\) URL/],
      [add('origin', store, '--graph', 'not an iri'), /graph: must be an absolute IRI/],
      [add('origin', store, '--graph', 'https://x.org/g', '--user', 'u', '--password-env', 'CW_UNSET_VAR'), /CW_UNSET_VAR is not set/],
      [add('origin', store, '--graph', 'https://x.org/g', '--auth', 'digest'), /"user": digest authentication needs a user/],
      [add('bad name', store, '--graph', 'https://x.org/g'), /name: a remote name is letters/],
      [['remote', 'remove', '--project', p, 'nosuch'], /no remote "nosuch"/],
      [['push', '--project', p], /This project has no remote; add one with "crosswalk remote add"/],
      [['pull', '--project', p, 'nosuch'], /No remote "nosuch" in this project/],
      [['remote', 'status', '--project', p, 'nosuch', '--json'], /No remote "nosuch" in this project/],
      [['remote', 'resolve', '--project', p, 'badkey', 'mine'], /key: .*\[0-9a-f\]\{32\}/],
      [['remote', 'resolve', '--project', p, '0123456789abcdef0123456789abcdef', 'mine'], /No open conflict for mapping 0123/],
      [
        ['merge', 'a.crosswalk', 'b.crosswalk', 'c.crosswalk', '--out', path.join(temp.dir, 'out.crosswalk')],
        /a\.crosswalk: no such project file/,
      ],
      [['push', '--project', path.join(temp.dir, 'none.crosswalk')], /No project file at/],
    ];
    for (const [args, reason] of cases) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(/^crosswalk: [^\n]+\n$/);
      expect(r.stderr, args.join(' ')).toMatch(reason);
    }
    expect(run(['remote', 'list', '--project', p, '--json']).stdout).toBe('');
    expect(fs.existsSync(path.join(temp.dir, 'out.crosswalk'))).toBe(false);
    expect(fs.existsSync(path.join(temp.dir, 'credentials.json'))).toBe(false);
  }, 600_000);
});

describe.skipIf(missing !== null)('crosswalk remote / push / pull against Virtuoso', () => {
  let virtuoso: VirtuosoServer;
  const temp = makeTempDir();
  const run = runner(temp.dir);
  const graph = 'https://example.org/team/cli';
  beforeAll(async () => {
    virtuoso = await startVirtuoso();
  });
  afterAll(async () => {
    await virtuoso?.dispose();
    temp.cleanup();
  });

  it('adds a remote with --password-env, pushes, pulls into a second file, reports status as JSON', () => {
    const a = path.join(temp.dir, 'a.crosswalk');
    seedProject(run, temp.dir, a);
    const add = (file: string, name = 'origin', extra: string[] = []) =>
      run(
        [
          'remote',
          'add',
          '--project',
          file,
          name,
          virtuoso.queryEndpoint,
          '--graph',
          graph,
          '--update-endpoint',
          virtuoso.updateEndpoint,
          '--graph-store',
          virtuoso.graphStoreEndpoint,
          '--user',
          'dba',
          '--password-env',
          'TEAM_PW',
          ...extra,
        ],
        { TEAM_PW: 'dba' },
      );
    const added = add(a);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain(`password kept in ${path.join(temp.dir, 'credentials.json')} (readable by you alone)`);
    // The password is in the user's credentials (0600), not in the project file.
    const credentials = path.join(temp.dir, 'credentials.json');
    expect(fs.statSync(credentials).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(a).includes(Buffer.from('"dba"'))).toBe(false);

    const pushed = run(['push', '--project', a]);
    expect(pushed.status, pushed.stderr).toBe(0);
    expect(pushed.stdout).toMatch(/pushed 2 mappings and 3 items to origin: revision 1/);

    const b = path.join(temp.dir, 'b.crosswalk');
    expect(run(['project', 'create', '--title', 'B', b]).status).toBe(0);
    expect(add(b).status).toBe(0);
    const pulled = run(['pull', '--project', b]);
    expect(pulled.status, pulled.stderr).toBe(0);
    expect(pulled.stdout).toMatch(/2 added, 0 changed, 0 deleted, 3 items added, 0 conflict/);

    expect(
      run([
        'mapping',
        'add',
        '--project',
        b,
        '--source',
        'LO3',
        '--target',
        'http://data.europa.eu/esco/skill/s3',
        '--relation',
        'exactMatch',
      ]).status,
    ).toBe(0);
    const status = run(['remote', 'status', '--project', b, '--json']);
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({
      remote: 'origin',
      localRevision: '1',
      remoteRevision: '1',
      ahead: 1,
      behind: 0,
      conflicts: 0,
      error: null,
      credentialsKeptIn: `${path.join(temp.dir, 'credentials.json')} (readable by you alone)`,
    });
    expect(run(['push', '--project', b, 'origin']).status).toBe(0);
    expect(JSON.parse(run(['remote', 'status', '--project', a, '--json']).stdout)).toMatchObject({
      ahead: 0,
      behind: 1,
      remoteRevision: '2',
    });
  }, 600_000);

  it('fails with a non-zero exit and one line naming endpoint and status', async () => {
    const a = path.join(temp.dir, 'a.crosswalk');
    // A stale push: A has not pulled revision 2.
    expect(
      run([
        'mapping',
        'add',
        '--project',
        a,
        '--source',
        'LO3',
        '--target',
        'http://data.europa.eu/esco/skill/a3',
        '--relation',
        'relatedMatch',
      ]).status,
    ).toBe(0);
    const stale = run(['push', '--project', a]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(
      /^crosswalk: https:\/\/example\.org\/team\/cli on .* is at revision 2, this project last agreed on 1: pull, then push again\.\n$/,
    );

    // A wrong password.
    expect(
      run(
        [
          'remote',
          'add',
          '--project',
          a,
          'wrong',
          virtuoso.queryEndpoint,
          '--graph',
          graph,
          '--update-endpoint',
          virtuoso.updateEndpoint,
          '--user',
          'dba',
          '--password-env',
          'TEAM_PW',
        ],
        { TEAM_PW: 'nope' },
      ).status,
    ).toBe(0);
    expect(run(['pull', '--project', a, 'wrong']).status).toBe(0); // reads need no password
    const denied = run(['push', '--project', a, 'wrong']);
    expect(denied.status).toBe(1);
    expect(denied.stderr).toBe(`crosswalk: ${virtuoso.updateEndpoint}: HTTP 401: not authorised (check user and password)\n`);

    // Nobody listening.
    const nowhere = `http://127.0.0.1:${await freePort()}/sparql`;
    expect(run(['remote', 'add', '--project', a, 'gone', nowhere, '--graph', graph]).status).toBe(0);
    const refused = run(['pull', '--project', a, 'gone']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`crosswalk: ${nowhere}: connection failed (ECONNREFUSED)\n`);
    const status = run(['remote', 'status', '--project', a, 'gone', '--json']);
    expect(status.status).toBe(1);
    expect(JSON.parse(status.stdout)).toMatchObject({ remote: 'gone', error: `${nowhere}: connection failed (ECONNREFUSED)` });
  }, 600_000);
});
