import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/shared-data.js';
import { secretServiceMissing, startSecretService, type SecretService } from '../support/secret-service.js';
import { makeTempDir } from '../support/temp-dir.js';

const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
const missing = secretServiceMissing();
if (missing) console.warn(missing);

/** The CLI on a desktop whose keyring answers: the runtime choice of where passwords go, end to end. */
describe.skipIf(missing !== null)('crosswalk remote add where a Secret Service keyring answers', () => {
  let service: SecretService;
  const temp = makeTempDir();
  beforeAll(async () => {
    service = await startSecretService();
  });
  afterAll(async () => {
    await service?.stop();
    temp.cleanup();
  });
  const run = (args: string[], extra: NodeJS.ProcessEnv = {}) => {
    const env: NodeJS.ProcessEnv = { ...service.env, CROSSWALK_HOME: temp.dir, ...extra };
    // The test run keeps passwords in files (vitest.config.ts); this test is about the keyring.
    delete env.CROSSWALK_CREDENTIALS;
    return spawnSync(process.execPath, [cli, '--author', 'cli tester', ...args], { encoding: 'utf8', env });
  };

  it('keeps the password in the keyring (not the file) and says so; listing reads it back; off the bus the file is used', () => {
    const p = path.join(temp.dir, 'k.crosswalk');
    expect(run(['project', 'create', '--title', 'K', p]).status).toBe(0);
    const update = 'http://127.0.0.1:1/sparql-auth';
    const added = run(
      ['remote', 'add', '--project', p, 'origin', 'http://127.0.0.1:1/sparql', '--graph', 'https://x.org/g'].concat([
        '--update-endpoint',
        update,
        '--user',
        'alice',
        '--password-env',
        'TEAM_PW',
      ]),
      { TEAM_PW: 'keyring-secret-42' },
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('password kept in the desktop keyring (Secret Service, through secret-tool)');
    expect(fs.existsSync(path.join(temp.dir, 'credentials.json'))).toBe(false);
    const lookup = spawnSync('secret-tool', ['lookup', 'service', 'crosswalk', 'remote', `alice@${update}`], {
      env: service.env,
      encoding: 'utf8',
    });
    expect(lookup.stdout).toBe('keyring-secret-42');
    const listed = JSON.parse(run(['remote', 'list', '--project', p, '--json']).stdout) as {
      hasPassword: boolean;
      credentialsKeptIn: string;
    };
    expect(listed).toMatchObject({ hasPassword: true, credentialsKeptIn: 'the desktop keyring (Secret Service, through secret-tool)' });
    expect(fs.readFileSync(p).includes('keyring-secret-42')).toBe(false);
    // Without a session bus the same machine falls back to the 0600 file.
    const offBus = run(['remote', 'list', '--project', p, '--json'], { DBUS_SESSION_BUS_ADDRESS: '', XDG_RUNTIME_DIR: '/nonexistent' });
    expect(JSON.parse(offBus.stdout)).toMatchObject({
      hasPassword: false,
      credentialsKeptIn: `${path.join(temp.dir, 'credentials.json')} (readable by you alone)`,
    });
  }, 600_000);
});
