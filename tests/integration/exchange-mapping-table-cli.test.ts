import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';

const cli = path.join(projectRoot, 'dist/cli/crosswalk.js');
const temp = makeTempDir();
const env = { ...process.env, CROSSWALK_HOME: path.join(temp.dir, 'home') };
const run = (...args: string[]) => spawnSync(process.execPath, [cli, '--author', 'Test Curator', ...args], { env, encoding: 'utf8' });
afterAll(() => temp.cleanup());

const ESCO = 'http://data.europa.eu/esco/skill/';

function write(name: string, content: string): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('crosswalk import-mappings --format mapping-table', () => {
  it('imports a TSV with guessed columns and symbols as relations, and says which columns it used', () => {
    const input = write(
      'outcomes.tsv',
      [
        'Source ID\tLearning outcome\tTarget URI\tTarget label\tRelation',
        `LO1\tWrite SQL queries\t${ESCO}sql\tSQL\t=`,
        `LO1\tWrite SQL queries\t${ESCO}db\tdatabases\t<`,
        `LO2\tLead a team\t${ESCO}lead\tlead a team of workers\t>`,
        `LO3\tReflect on ethics\t\t\tno relation`,
      ].join('\n'),
    );
    const project = path.join(temp.dir, 'tsv.crosswalk');
    const text = run('import-mappings', '--project', project, '--format', 'mapping-table', input);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain(
      'columns (guessed from the header; choose others with --map): source=Source ID,target=Target URI,relation=Relation,sourceLabel=Learning outcome,targetLabel=Target label',
    );
    expect(text.stdout).toMatch(/imported 4 mappings and 3 items/);

    const again = run('import-mappings', '--project', project, '--format', 'mapping-table', '--dry-run', '--json', input);
    const { preview } = JSON.parse(again.stdout) as {
      preview: { byRelation: Record<string, number>; plan: { duplicates: number }; table: { header: string[] } };
    };
    expect(preview.byRelation).toEqual({ exactMatch: 1, broadMatch: 1, narrowMatch: 1, 'no-match': 1 });
    expect(preview.plan.duplicates).toBe(4);
    expect(preview.table.header).toEqual(['Source ID', 'Learning outcome', 'Target URI', 'Target label', 'Relation']);
  });

  it('imports a semicolon CSV (Windows-1252, CRLF) through --map with words as relations and a status column', () => {
    const rows = [
      'Code;Bezeichnung;ESCO;Beziehung;Stand',
      `B1;Bäcker;${ESCO}bake;exact;accepted`,
      `B2;Konditor, Patissier;${ESCO}pastry;broader;`,
      `B3;Koch;${ESCO}cook;close match;unsure`,
    ];
    const input = write('berufe.csv', '');
    fs.writeFileSync(input, Buffer.from(rows.join('\r\n'), 'latin1'));
    const project = path.join(temp.dir, 'csv.crosswalk');
    const result = run(
      'import-mappings',
      '--project',
      project,
      '--map',
      'source=Code,sourceLabel=Bezeichnung,target=ESCO,relation=Beziehung,status=Stand',
      '--json',
      input,
    );
    expect(result.stderr).toBe('');
    const { preview, result: done } = JSON.parse(result.stdout) as {
      preview: { format: string; byRelation: Record<string, number>; byStatus: Record<string, number>; problems: { message: string }[] };
      result: { mappingsAdded: number; itemsAdded: number };
    };
    expect(preview.format).toBe('mapping-table');
    expect(preview.byRelation).toEqual({ exactMatch: 1, broadMatch: 1, closeMatch: 1 });
    expect(preview.byStatus).toEqual({ accepted: 1, proposed: 1, unsure: 1 });
    expect(preview.problems.map((p) => p.message)).toEqual([expect.stringContaining('not UTF-8')]);
    expect(done).toMatchObject({ mappingsAdded: 3, itemsAdded: 3 });

    const sample = run(
      'import-mappings',
      '--project',
      project,
      '--map',
      'source=Code,sourceLabel=Bezeichnung,target=ESCO,relation=Beziehung',
      '--dry-run',
      '--json',
      input,
    );
    const labels = (JSON.parse(sample.stdout) as { preview: { sample: { subjectLabel: string }[] } }).preview.sample.map(
      (r) => r.subjectLabel,
    );
    expect(labels).toEqual(['Bäcker', 'Konditor, Patissier', 'Koch']);
  });

  it('refuses a column that is not in the header, naming file, field and the columns; nothing is created', () => {
    const input = write('small.csv', `id,uri,rel\nA,${ESCO}a,=\n`);
    const project = path.join(temp.dir, 'refused.crosswalk');
    const result = run('import-mappings', '--project', project, '--map', 'source=id,target=URL,relation=rel', input);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'small.csv, line 1, field "target": no column "URL" in the header; the columns are: "id", "uri", "rel"',
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(project)).toBe(false);

    const unknown = run('import-mappings', '--project', project, '--map', 'source=id,target=uri,relation=rel,weight=rel', input);
    expect(unknown.stderr).toMatch(/small\.csv, line 1, field "weight": unknown field "weight" .*the columns are: "id", "uri", "rel"/);
  });

  it('refuses rows with unknown relation words unless --skip-invalid', () => {
    const input = write('words.csv', `source,target,relation\nA,${ESCO}a,sort of\nB,${ESCO}b,~\n`);
    const project = path.join(temp.dir, 'words.crosswalk');
    const refused = run('import-mappings', '--project', project, '--format', 'mapping-table', input);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/words\.csv, line 2, field "relation": "sort of" is not a relation/);
    const skipped = run('import-mappings', '--project', project, '--format', 'mapping-table', '--skip-invalid', input);
    expect(skipped.stdout).toMatch(/imported 1 mappings/);
  });
});
