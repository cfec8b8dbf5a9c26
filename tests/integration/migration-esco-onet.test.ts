import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MappingRow } from '../../shared/domain/mapping.js';
import type { MigrationQueueRow } from '../../shared/domain/migration.js';
import { ESCO_V110_EN, ESCO_V110_RELATIONS, ESCO_V111_EN, ESCO_V111_RELATIONS, projectRoot, sharedFile } from '../support/shared-data.js';
import { loadEscoVersions } from '../support/esco-library-cache.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const ONET = sharedFile('gold/crosswalks/esco-onet-crosswalk-dev.csv');
const files = [ESCO_V110_EN, ESCO_V110_RELATIONS, ESCO_V111_EN, ESCO_V111_RELATIONS].map((f) => sharedFile(f));
const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');

type Row = Record<string, string>;
interface Version {
  rows: Map<string, Row>;
  broader: Map<string, Set<string>>;
}

/** An ESCO version read straight from its CSVs (not through the importer). */
function readVersion(en: string, relations: string): Version {
  const table = (zip: string, name: string) =>
    parse(Buffer.from(unzipSync(fs.readFileSync(zip), { filter: (f) => f.name === name })[name]!), { columns: true, bom: true }) as Row[];
  const rows = new Map<string, Row>();
  for (const name of ['skills_en.csv', 'occupations_en.csv', 'skillGroups_en.csv', 'ISCOGroups_en.csv'])
    for (const row of table(en, name)) rows.set(row.conceptUri!.trim(), row);
  const broader = new Map<string, Set<string>>();
  for (const name of ['broaderRelationsSkillPillar.csv', 'broaderRelationsOccPillar.csv']) {
    for (const row of table(relations, name))
      broader.set(row.conceptUri!, (broader.get(row.conceptUri!) ?? new Set()).add(row.broaderUri!));
  }
  return { rows, broader };
}

/** Why a v1.1.0 target needs a look in v1.1.1, from the CSVs: gone, other preferred label, other broader set, other type. */
function expectedReasons(uri: string, old: Version, next: Version): string[] {
  const a = old.rows.get(uri);
  const b = next.rows.get(uri);
  if (a && !b) return ['removed'];
  if (!a || !b) return [];
  const text = (v: string | undefined) => (v ?? '').replace(/\s+/g, ' ').trim();
  const same = (x = new Set<string>(), y = new Set<string>()) => x.size === y.size && [...x].every((v) => y.has(v));
  const reasons: string[] = [];
  if (text(a.preferredLabel) !== text(b.preferredLabel)) reasons.push('relabelled');
  if (!same(old.broader.get(uri), next.broader.get(uri))) reasons.push('moved');
  if (`${a.conceptType} ${a.skillType === 'knowledge'}` !== `${b.conceptType} ${b.skillType === 'knowledge'}`) reasons.push('type-changed');
  return reasons;
}

describe.skipIf(!ONET || files.some((f) => !f))('the ESCO–O*NET dev crosswalk (made against ESCO v1.1.0) moves to v1.1.1', () => {
  let app: TestApp;
  let project: string;
  let before: MappingRow[];
  let expected: Map<string, string[]>;
  beforeAll(async () => {
    app = createTestApp();
    await loadEscoVersions(app, [
      { id: 'esco-v1.1.0', files: files.slice(0, 2) as string[] },
      { id: 'esco-v1.1.1', files: files.slice(2) as string[] },
    ]);
    project = path.join(app.dir, 'onet.crosswalk');
    await app.api.projects.create({ title: 'O*NET', path: project });
    const preview = await app.api.export.importPreview({ file: { path: ONET! } });
    await app.api.export.importCommit({ token: preview.token });
    before = (await app.api.mappings.list({})).rows;
    const [en0, rel0, en1, rel1] = files as string[];
    const old = readVersion(en0!, rel0!);
    const next = readVersion(en1!, rel1!);
    expected = new Map(
      before
        .map((m) => [`${m.sourceKey} ${m.target!.uri}`, expectedReasons(m.target!.uri, old, next)] as const)
        .filter(([, reasons]) => reasons.length > 0),
    );
  }, 480_000);
  afterAll(() => app?.cleanup());

  const key = (r: Pick<MigrationQueueRow, 'sourceKey' | 'oldTarget'>) => `${r.sourceKey} ${r.oldTarget.uri}`;

  it('crosswalk migrate queues exactly the mappings whose targets changed, with the reasons the CSVs give, and moves the rest', () => {
    expect(before).toHaveLength(1181);
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(before.length);
    // The CLI works on the project file; the app lets go of it first.
    return app.api.projects.close({}).then(() => {
      const run = spawnSync(process.execPath, [cli, 'migrate', '--project', project, '--to', 'esco-v1.1.1', '--json'], {
        encoding: 'utf8',
        env: { ...process.env, CROSSWALK_HOME: app.dir },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const lines = run.stdout
        .trim()
        .split('\n')
        .map(
          (l) =>
            JSON.parse(l) as {
              source: string;
              oldTarget: { uri: string; vocabulary: string };
              reason: string[];
              suggestions: { uri: string; origin: string }[];
            },
        );
      const printed = new Map(lines.map((l) => [`${l.source} ${l.oldTarget.uri}`, l.reason]));
      expect(printed).toEqual(expected);
      expect(lines.every((l) => l.oldTarget.vocabulary === 'esco-v1.1.0')).toBe(true);
      // A target that is still there is offered as itself; one that is gone gets other concepts of v1.1.1.
      for (const l of lines) {
        if (!l.reason.includes('removed')) expect(l.suggestions[0]).toMatchObject({ uri: l.oldTarget.uri, origin: 'same-concept' });
        else expect(l.suggestions.every((s) => s.uri !== l.oldTarget.uri)).toBe(true);
      }
    });
  }, 120_000);

  it('is resumable in the app: the queue is there after reopening, a decision is one undo step that History shows with both versions', async () => {
    await app.api.projects.open({ path: project });
    const status = await app.api.migration.status({});
    expect(status).toMatchObject({
      to: 'esco-v1.1.1',
      from: ['esco-v1.1.0'],
      queued: expected.size,
      open: expected.size,
      moved: 1181 - expected.size,
    });
    const rows = (await app.api.migration.queue({})).rows;
    expect(new Map(rows.map((r) => [key(r), r.reasons]))).toEqual(expected);
    const versions = (await app.api.mappings.list({})).rows.reduce<Record<string, number>>(
      (n, m) => ({ ...n, [m.target!.vocabularyId]: (n[m.target!.vocabularyId] ?? 0) + 1 }),
      {},
    );
    expect(versions).toEqual({ 'esco-v1.1.0': expected.size, 'esco-v1.1.1': 1181 - expected.size });

    const row = rows.find((r) => r.suggestions.length > 0)!;
    const result = await app.api.migration.resolve({ ids: [row.id], action: 'replace' });
    const [change] = (await app.api.mappings.history({ batch: result.batch! })).changes;
    expect(change!.before!.target).toMatchObject({ uri: row.oldTarget.uri, vocabularyId: 'esco-v1.1.0' });
    expect(change!.after!.target).toMatchObject({ uri: row.suggestions[0]!.uri, vocabularyId: 'esco-v1.1.1' });
    expect((await app.api.migration.status({}))!.open).toBe(expected.size - 1);
    await app.api.mappings.undo({});
    expect((await app.api.migration.status({}))!.open).toBe(expected.size);

    // Until the move is finished the export states each mapping's own version.
    const out = path.join(app.dir, 'half-moved.sssom.tsv');
    await app.api.export.export({ format: 'sssom', output: { path: out } });
    const [header, ...lines] = fs
      .readFileSync(out, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    const column = header!.split('\t').indexOf('object_source_version');
    const perVersion = lines.reduce<Record<string, number>>((n, l) => {
      const v = l.split('\t')[column]!;
      return { ...n, [v]: (n[v] ?? 0) + 1 };
    }, {});
    expect(perVersion).toEqual({ 'ESCO v1.1.0': expected.size, 'ESCO v1.1.1': 1181 - expected.size });
  }, 120_000);

  it('checks report exactly the targets gone from v1.1.1 while the move is open (none here: the three queued targets only moved)', async () => {
    const problems = await app.api.review.problems({ limit: 100_000 });
    const outdated = problems.problems.filter((p) => p.rule === 'target-outdated');
    const removed = [...expected].filter(([, reasons]) => reasons.includes('removed')).map(([k]) => k);
    expect(outdated.map((p) => `${p.source} ${p.targets[0]}`).sort()).toEqual(removed.sort());
    // The queued targets are still concepts of v1.1.1, so no other check speaks of them either.
    const queuedUris = new Set([...expected.keys()].map((k) => k.split(' ')[1]));
    expect(
      problems.problems.filter(
        (p) => (p.rule === 'target-missing' || p.rule === 'target-deprecated') && p.targets.some((t) => queuedUris.has(t)),
      ),
    ).toEqual([]);
  }, 60_000);
});
