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
