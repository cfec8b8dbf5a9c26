import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { SuggestEngine } from './engine.js';
import { buildIndexData } from './index-data.js';
import { indexFile, labelNgramsCache, loadIndexData, saveIndexData } from './index-store.js';
import { LabelNgrams } from './label-ngrams.js';
import { labelNgramsOf } from './ngram-fusion.js';
import { buildVocabularyIndexes, SuggestIndexes } from './suggest-service.js';
import { SuggestIndex } from './suggest-index.js';
import { sampleConcepts } from './test-concepts.js';

const temp = makeTempDir();
afterEach(() => fs.rmSync(indexFile(temp.dir, 'test-v1', 'en'), { force: true }));
afterAll(() => temp.cleanup());

describe('suggestion index files', () => {
  it('round-trips: a reloaded index ranks exactly like the one built', () => {
    const built = buildIndexData(sampleConcepts(), { vocabularyId: 'test-v1', language: 'en', sourceStamp: '2026-01-01' });
    expect(saveIndexData(temp.dir, built)).toBeGreaterThan(0);
    const loaded = loadIndexData(temp.dir, 'test-v1', 'en', '2026-01-01');
    expect(loaded).not.toBeNull();
    const query = { text: 'Java, teamwork and managing staff', top: 5 };
    expect(new SuggestEngine([new SuggestIndex(loaded!)]).search(query)).toEqual(
      new SuggestEngine([new SuggestIndex(built)]).search(query),
    );
  });

  it('treats an index built from another import, or a damaged file, as missing', () => {
    saveIndexData(temp.dir, buildIndexData(sampleConcepts(), { vocabularyId: 'test-v1', language: 'en', sourceStamp: 'old' }));
    expect(loadIndexData(temp.dir, 'test-v1', 'en', 'new')).toBeNull();
    fs.writeFileSync(indexFile(temp.dir, 'test-v1', 'en'), 'not an index');
    expect(loadIndexData(temp.dir, 'test-v1', 'en')).toBeNull();
  });

  it('keeps the label n-grams beside the index: a later load reads them and finds what a build finds', () => {
    const concepts = sampleConcepts();
    const info = { id: 'test-v1', languages: ['en'], importedAt: 'stamp-ngrams' };
    const source = { list: () => [info as never], concepts: () => concepts };
    const first = new SuggestIndexes(temp.dir, source).forLanguage('en')[0]!;
    const cache = labelNgramsCache(temp.dir, first.data);
    expect(cache.load()).toBeNull();
    const dir = path.dirname(indexFile(temp.dir, 'test-v1', 'en'));
    fs.writeFileSync(path.join(dir, 'en.ngrams.v8'), 'a copy an earlier version saved');
    // The first title query builds them (no worker here) and saves them, in place of an earlier version's copy.
    const built = labelNgramsOf(first);
    expect(fs.existsSync(path.join(dir, 'en.ngrams.v8'))).toBe(false);
    const saved = cache.load();
    expect(saved).not.toBeNull();
    // A new load (a Suggest-all worker) reads them: no build, the same answers.
    const second = new SuggestIndexes(temp.dir, source).forLanguage('en')[0]!;
    const read = labelNgramsOf(second);
    expect(read).not.toBe(built);
    for (const text of ['Java developer', 'nursing', 'team work']) expect(read.search(text, 5, null)).toEqual(built.search(text, 5, null));
    expect(read.search('Java developer', 5, null).length).toBeGreaterThan(0);
    // Another build of the index (same import, new build time) does not read them; nor does a damaged file.
    expect(labelNgramsCache(temp.dir, { ...first.data, builtAt: 'later' }).load()).toBeNull();
    const file = path.join(dir, 'en.ngrams');
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 100));
    expect(cache.load()).toBeNull();
    expect(new LabelNgrams(saved!, first.data.labelConcept).search('nursing', 5, null)).toEqual(built.search('nursing', 5, null));
  });

  it('builds on first use, saves, and reports status per language', () => {
    const concepts = sampleConcepts();
    const info = { id: 'test-v1', languages: ['de', 'en'], importedAt: 'stamp-1' };
    const source = { list: () => [info as never], concepts: () => concepts };
    const indexes = new SuggestIndexes(temp.dir, source);
    expect(indexes.status().map((s) => [s.language, s.state])).toEqual([
      ['de', 'missing'],
      ['en', 'missing'],
    ]);
    expect(indexes.forLanguage('en')).toHaveLength(1);
    expect(fs.existsSync(indexFile(temp.dir, 'test-v1', 'en'))).toBe(true);
    const status = indexes.status().find((s) => s.language === 'en')!;
    expect(status).toMatchObject({ state: 'ready', concepts: concepts.length });
    info.importedAt = 'stamp-2';
    expect(new SuggestIndexes(temp.dir, source).status().find((s) => s.language === 'en')!.state).toBe('stale');
    expect(indexes.forLanguage('en-GB'.toLowerCase())).toHaveLength(1);
    // No labels in that language: nothing to search.
    expect(indexes.forLanguage('fr')).toEqual([]);
  });

  it('gives occupations their skill profiles when the source has occupation–skill relations', () => {
    const concepts = sampleConcepts();
    const info = { id: 'test-v1', languages: ['en'], importedAt: 'stamp-relations' };
    const pair = (a: string, b: string) => [`http://example.org/${a}`, `http://example.org/${b}`] as const;
    const source = {
      list: () => [info as never],
      concepts: () => concepts,
      detailsOf: () => ({ essential: [pair('developer', 'java')], optional: [pair('developer', 'teams')] }),
    };
    const [index] = new SuggestIndexes(temp.dir, source).forLanguage('en');
    const developer = index!.conceptByUri.get('http://example.org/developer')!;
    const { profileOffsets, profileIds, profileEssential } = index!.data;
    expect([...profileIds.subarray(profileOffsets[developer], profileOffsets[developer + 1])].map((c) => index!.data.uris[c])).toEqual([
      'http://example.org/java',
      'http://example.org/teams',
    ]);
    expect([...profileEssential.subarray(profileOffsets[developer], profileOffsets[developer + 1])]).toEqual([1, 0]);
  });

  it('reads the relations from the library folder when building in the background (worker path)', () => {
    const info = { id: 'test-v1', languages: ['en'], importedAt: 'stamp-worker' };
    fs.mkdirSync(path.join(temp.dir, 'test-v1'), { recursive: true });
    const details = { essential: [['http://example.org/nurse', 'http://example.org/nursing']], optional: [] };
    fs.writeFileSync(path.join(temp.dir, 'test-v1', 'details.json'), JSON.stringify(details));
    buildVocabularyIndexes(temp.dir, info as never, sampleConcepts());
    const data = loadIndexData(temp.dir, 'test-v1', 'en', 'stamp-worker')!;
    const nurse = data.uris.indexOf('http://example.org/nurse');
    expect(data.uris[data.profileIds[data.profileOffsets[nurse]!]!]).toBe('http://example.org/nursing');
    expect(data.profileIds).toHaveLength(1);
  });
});
