import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { suggestForItems, type BatchInput } from './batch-runner.js';
import { sampleIndexes } from './test-indexes.js';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const indexes = sampleIndexes(temp.dir);
const uri = (id: string) => `http://example.org/${id}`;

describe('Suggest all per skill statement', () => {
  const input = (decompose: boolean): BatchInput => ({
    libraryDir: temp.dir,
    items: [
      { id: 1, text: 'bake bread and manage staff', description: '', language: 'en' },
      { id: 2, text: 'Brot backen und Personal führen', description: '', language: 'de' },
    ],
    filters: {},
    top: 5,
    examples: [],
    rejected: [],
    decompose,
  });
  const candidate = (out: ReturnType<typeof suggestForItems>, item: number, id: string) =>
    out.items.find((i) => i.sourceItemId === item)!.candidates.find((c) => c.uri === uri(id));

  it("gives each statement's candidates the spans of the outcome that support them, in each item's language", () => {
    const whole = suggestForItems(indexes, input(false));
    expect(whole.items.flatMap((i) => i.candidates).some((c) => c.spans)).toBe(false);
    const parts = suggestForItems(indexes, input(true));
    expect(candidate(parts, 1, 'bake')!.spans).toEqual([{ start: 0, end: 10 }]);
    expect(candidate(parts, 1, 'manage-staff')!.spans).toEqual([{ start: 15, end: 27 }]);
    expect(candidate(parts, 2, 'bake')!.spans).toEqual([{ start: 0, end: 11 }]);
    expect(candidate(parts, 2, 'manage-staff')!.spans).toEqual([{ start: 16, end: 31 }]);
  });
});

describe('Suggest all hands its lists over as it goes', () => {
  it('hands each item over once, in order: the first at once, then in runs of 25, with progress at each', () => {
    const texts = ['bake bread', 'manage staff', 'Brot backen'];
    const items = Array.from({ length: 30 }, (_, i) => ({
      id: i + 1,
      text: texts[i % 3]!,
      description: '',
      language: i % 3 === 2 ? 'de' : 'en',
    }));
    const input: BatchInput = { libraryDir: temp.dir, items, filters: {}, top: 3, examples: [], rejected: [] };
    const runs: number[][] = [];
    const progress: number[] = [];
    const out = suggestForItems(indexes, input, {
      onItems: (run) => runs.push(run.map((i) => i.sourceItemId)),
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(runs.map((r) => r.length)).toEqual([1, 25, 4]);
    expect(runs.flat()).toEqual(items.map((i) => i.id));
    expect(progress).toEqual([1 / 30, 26 / 30, 1]);
    expect(out.items.map((i) => i.sourceItemId)).toEqual(runs.flat());
    expect(out.items[0]!.candidates[0]!.uri).toBe(uri('bake'));
  });
});
