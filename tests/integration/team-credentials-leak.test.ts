import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS } from '../../shared/domain/correspondence.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const SECRET = 'Zq7-team-password-never-exported';
const ESCO = 'http://data.europa.eu/esco/skill/';

/** The bytes of a written file as text; an XLSX is a zip, so its members are read unpacked. */
function textOf(file: string): string {
  const bytes = fs.readFileSync(file);
  if (!file.endsWith('.xlsx')) return bytes.toString('utf8');
  return Object.values(unzipSync(bytes))
    .map((member) => Buffer.from(member).toString('utf8'))
    .join('\n');
}

describe('a remote password is never in the project file or in an export', () => {
  let app: TestApp;
  let project: string;
  beforeAll(async () => {
    app = createTestApp();
    project = path.join(app.dir, 'team.crosswalk');
    await app.api.projects.create({ title: 'Team', path: project });
    const scheme = await app.api.sources.createScheme({ title: 'Data course', kind: 'learning-outcomes' });
    const item = await app.api.sources.addItem({ schemeId: scheme.id, key: 'LO1', text: 'Design a relational schema' });
    await app.api.mappings.create({
      mappings: [
        {
          sourceItemId: item.id,
          target: { uri: `${ESCO}a1`, label: 'design database scheme', vocabularyId: 'esco-v1.1.1' },
          relation: 'exactMatch',
          status: 'accepted',
        },
      ],
    });
    const remote = await app.api.team.addRemote({
      name: 'origin',
      queryEndpoint: 'http://127.0.0.1:8890/sparql',
      updateEndpoint: 'http://127.0.0.1:8890/sparql-auth',
      graph: 'https://example.org/mappings/team',
      auth: 'digest',
      user: 'dba',
      password: SECRET,
    });
    expect(remote).toMatchObject({ hasPassword: true, credentialsKeptIn: expect.stringContaining('credentials.json') });
  });
  afterAll(() => app.cleanup());

  it('the password is in the user credentials file (0600), and in no file of the project', async () => {
    const credentials = path.join(app.dir, 'credentials.json');
    expect(fs.readFileSync(credentials, 'utf8')).toContain(SECRET);
    expect(fs.statSync(credentials).mode & 0o777).toBe(0o600);
    expect((await app.api.team.remotes({}))[0]).not.toHaveProperty('password');
    expect(JSON.stringify(await app.api.team.status({ offline: true }))).not.toContain(SECRET);
    // The project file and its SQLite companions (-wal, -shm), open and after closing.
    const projectFiles = () => fs.readdirSync(app.dir).filter((f) => f.startsWith('team.crosswalk'));
    for (const f of projectFiles()) expect(fs.readFileSync(path.join(app.dir, f)).includes(SECRET), f).toBe(false);
    await app.api.projects.close({});
    for (const f of projectFiles()) expect(fs.readFileSync(path.join(app.dir, f)).includes(SECRET), f).toBe(false);
    expect(fs.readFileSync(project).includes('dba@http://127.0.0.1:8890/sparql-auth')).toBe(false);
    await app.api.projects.open({ path: project });
  });

  it.each(EXPORT_FORMATS.map((f) => [f]))('%s export', async (format) => {
    const out = path.join(app.dir, `export-${format}${EXPORT_FORMAT_INFO[format].extension}`);
    await app.api.export.export({ format, output: { path: out }, status: 'all' });
    const text = textOf(out);
    expect(text).toContain('design database scheme');
    expect(text).not.toContain(SECRET);
  });

  it('the review report CSV', async () => {
    const out = path.join(app.dir, 'review-report.csv');
    await app.api.review.reportCsv({ output: { path: out } });
    expect(fs.readFileSync(out, 'utf8')).not.toContain(SECRET);
  });
});
