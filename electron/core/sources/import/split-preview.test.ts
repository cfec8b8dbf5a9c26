import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { previewOf, stageImport } from './staged-import.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function preview(csv: string, split: boolean, exclude: number[] = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'split-preview-'));
  dirs.push(dir);
  const file = path.join(dir, 'catalogue.csv');
  fs.writeFileSync(file, csv);
  const staged = await stageImport({ path: file, name: 'catalogue.csv' }, { split });
  return previewOf(staged, null, { exclude });
}

const CSV = [
  'Code;Course;Learning outcomes',
  '"GEO1";"Rivers";"By the end of this course students will be able to:1.Identify the main sources of river pollution;2.Describe sampling methods for surface water"',
  '"GEO2";"Soils";"Students will be able to:\n• classify soil profiles from field notes\n• explain how soils form\n• compare soil maps"',
  '"GEO3";"Soils";"Explain the water balance of a catchment"',
  '',
].join('\n');

describe('the import preview of split outcome cells', () => {
  it('lists each outcome with its course, counts cells and outcomes, and keeps lead-ins on the course', async () => {
    const { split, counts } = await preview(CSV, true);
    expect(split).toEqual({
      cells: 3,
      outcomes: 6,
      items: [
        { row: 2, course: 'Rivers', text: 'Identify the main sources of river pollution' },
        { row: 2, course: 'Rivers', text: 'Describe sampling methods for surface water' },
        { row: 3, course: 'Soils', text: 'classify soil profiles from field notes' },
        { row: 3, course: 'Soils', text: 'explain how soils form' },
        { row: 3, course: 'Soils', text: 'compare soil maps' },
        { row: 7, course: 'Soils', text: 'Explain the water balance of a catchment' },
      ],
      leadIns: [
        { course: 'Rivers', leadIn: 'By the end of this course students will be able to:' },
        { course: 'Soils', leadIn: 'Students will be able to:' },
      ],
    });
    expect(counts.items).toBe(6);
  });

  // Rows are the file's lines: the bulleted cell spans lines 3 to 6.
  it('leaves excluded rows out, and says nothing about splitting when it is off', async () => {
    const excluded = await preview(CSV, true, [3]);
    expect(excluded.split).toMatchObject({ cells: 2, outcomes: 3 });
    expect(excluded.split!.items.map((i) => i.row)).toEqual([2, 2, 7]);
    expect((await preview(CSV, false)).split).toBeUndefined();
  });
});
