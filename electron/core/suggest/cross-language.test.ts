import { afterAll, describe, expect, it } from 'vitest';
import { labelsMissingNotice } from '../../../shared/suggest-notice.js';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { suggestForItems } from './batch-runner.js';
import { runSearch, searchFor } from './cross-language.js';
import { sampleIndexes } from './test-indexes.js';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const indexes = sampleIndexes(temp.dir);
const uri = (id: string) => `http://example.org/${id}`;

describe('texts in a language the vocabulary has no labels in', () => {
  it('says which languages there are and suggests only through labels written the same, marked', () => {
    const search = searchFor(indexes, 'fi', undefined);
    expect(search.labelsMissing).toEqual({ language: 'fi', available: ['de', 'en'] });
    expect(search.engine.indexes.map((i) => i.data.language)).toEqual(['en']);
    const found = runSearch(search, { text: 'Ohjelmointi: Java ja JavaScript, pilvipalvelut', top: 5 });
    expect(found.map((c) => c.uri).sort()).toEqual([uri('java'), uri('javascript')]);
    for (const c of found) expect(c).toMatchObject({ via: 'identical-label', labelLanguage: 'en' });
    // A label the text only shares a word with is no identical label.
    expect(runSearch(search, { text: 'tiimi work', top: 5 })).toEqual([]);
    expect(labelsMissingNotice(search)).toMatch(/No vocabulary labels in "fi" \(available: de, en\)/);
  });

  it('searches the text language directly when there are labels in it, unmarked', () => {
    const search = searchFor(indexes, 'de', undefined);
    expect(search.labelsMissing).toBeUndefined();
    const [first] = runSearch(search, { text: 'Brot backen', top: 3 });
    expect(first).toMatchObject({ uri: uri('bake') });
    expect(first!.via).toBeUndefined();
    expect(labelsMissingNotice(search)).toBeNull();
  });

  it("picks the labels by each item's language in a batch", () => {
    const out = suggestForItems(indexes, {
      libraryDir: temp.dir,
      items: [
        { id: 1, text: 'Brot backen', description: '', language: 'de' },
        { id: 2, text: 'bake bread', description: '', language: 'en' },
        { id: 3, text: 'Java-ohjelmointi', description: '', language: 'fi' },
      ],
      filters: {},
      top: 3,
      examples: [],
      rejected: [],
    });
    const firstOf = (id: number) => out.items.find((i) => i.sourceItemId === id)!.candidates[0];
    expect(firstOf(1)).toMatchObject({ uri: uri('bake'), label: 'Brot backen' });
    expect(firstOf(2)).toMatchObject({ uri: uri('bake'), label: 'bake bread' });
    expect(firstOf(3)).toMatchObject({ uri: uri('java'), via: 'identical-label' });
  });
});
