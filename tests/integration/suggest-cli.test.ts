import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESCO_V111_EN, ESCO_V111_RELATIONS, projectRoot, sharedFile } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';

const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');
const escoEn = sharedFile(ESCO_V111_EN);
const escoRelations = sharedFile(ESCO_V111_RELATIONS);
const tueCourses = sharedFile('courses/ooapi/tue_ooapi_courses.json');

const JAVA = 'http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389';
const TEAMS = 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0';
const SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';

describe.skipIf(!escoEn || !escoRelations)('crosswalk suggest on ESCO v1.1.1', () => {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'library');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, CROSSWALK_HOME: temp.dir } });
  const input = path.join(temp.dir, 'in.csv');

  beforeAll(() => {
    const imported = run('vocab', 'import', '--library', library, escoEn!, escoRelations!);
    expect(imported.stderr).toBe('');
    fs.writeFileSync(input, 'id,text\nj1,"Experience with Java, and able to work in teams"\nd2,Sofware developers\ne3,\n');
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('prints one JSON line per row with ranked skills pillar concepts', () => {
    const result = run('suggest', '--library', library, '--input', input, '--top', '5', '--type', 'skill');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; suggestions: { uri: string; label: string; score: number }[] });
    expect(lines.map((l) => l.id)).toEqual(['j1', 'd2', 'e3']);
    expect(lines[0]!.suggestions).toHaveLength(5);
    expect(
      lines[0]!.suggestions
        .slice(0, 2)
        .map((s) => s.uri)
        .sort(),
    ).toEqual([JAVA, TEAMS].sort());
    expect(Object.keys(lines[0]!.suggestions[0]!)).toEqual(['uri', 'label', 'score']);
    const scores = lines[0]!.suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(lines[0]!.suggestions.every((s) => s.uri.includes('/esco/skill/'))).toBe(true);
    expect(lines[2]!.suggestions).toEqual([]);
  }, 60_000);

  it('ranks occupations with --type occupation (tolerating a typo) and writes CSV', () => {
    const result = run(
      'suggest',
      '--library',
      library,
      '--input',
      input,
      '--top',
      '3',
      '--type',
      'occupation',
      '--vocab',
      'esco-v1.1.1',
      '--format',
      'csv',
    );
    expect(result.status).toBe(0);
    const rows = result.stdout.trim().split('\n');
    expect(rows[0]).toBe('id,rank,uri,label,score');
    expect(rows.find((r) => r.startsWith('d2,1,'))).toContain(SOFTWARE_DEVELOPER);
    expect(rows.slice(1).every((r) => r.includes('/esco/occupation/'))).toBe(true);
  }, 60_000);

  it.skipIf(!tueCourses)(
    "--per-statement on a university's course outcomes: each list in rank order, evidence inside the text",
    () => {
      // TU/e's OOAPI sample: each course's outcomes are one text (a lead-in and a bulleted list), in en-GB and "nl-NL"
      // (English text there too, so those rows are searched through labels written the same in both languages).
      type Course = { learningOutcomes?: { language: string; value: string }[][] };
      const courses = (JSON.parse(fs.readFileSync(tueCourses!, 'utf8')) as { items: Course[] }).items;
      const rows = courses.flatMap((c, i) => (c.learningOutcomes ?? []).flat().map((o, j) => ({ id: `c${i}-${j}`, ...o })));
      expect(rows.length).toBeGreaterThan(10);
      const file = path.join(temp.dir, 'outcomes.csv');
      const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
      fs.writeFileSync(file, ['id,text,language', ...rows.map((r) => [r.id, quoted(r.value), r.language].join(','))].join('\n'));
      const result = run('suggest', '--library', library, '--input', file, '--top', '8', '--type', 'skill', '--per-statement');
      expect(result.status).toBe(0);
      const lines = result.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; suggestions: { score: number; spans?: { start: number; end: number }[] }[] });
      expect(lines.map((l) => l.id)).toEqual(rows.map((r) => r.id));
      for (const [i, line] of lines.entries()) {
        // A statement's best candidate may rank below the whole text's (its score × 0.7): it is not shown as likelier.
        const scores = line.suggestions.map((s) => s.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        for (const span of line.suggestions.flatMap((s) => s.spans ?? [])) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(rows[i]!.value.length);
        }
      }
      expect(lines.filter((l) => l.suggestions.some((s) => s.spans?.length)).length).toBeGreaterThan(rows.length / 2);
    },
    60_000,
  );

  it('names the file, line and field of bad input, and exits 1', () => {
    const bad = path.join(temp.dir, 'bad.csv');
    fs.writeFileSync(bad, 'key,label\n1,x\n');
    const result = run('suggest', '--library', library, '--input', bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^crosswalk: bad\.csv, line 1, field "id": /);
    const unknown = run('suggest', '--library', library, '--input', input, '--vocab', 'nope');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/No vocabulary "nope"/);
  });
});
