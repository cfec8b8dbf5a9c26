import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import type { ConceptRecord, VocabularyInfo } from '../../../shared/domain/vocabulary.js';
import { tempProject } from '../mappings/testing.js';
import { describeVocabulary } from './common.js';
import { ImportStaging, type ExchangeEnv } from './exchange-service.js';
import type { LibraryView } from './project-table.js';
import { resolveVocabularies } from './resolve-vocabularies.js';
import { sampleTable } from './sample-table.test-helper.js';
import { writeSssom } from './sssom-writer.js';

const ISCED = 'http://data.europa.eu/snb/isced-f/';
const LIBRARY_ID = 'isced-f-2013-snb';

/** A library holding ISCED-F under an id no reader could guess. */
function iscedLibrary(): LibraryView {
  const concept = (code: string): ConceptRecord => ({
    uri: `${ISCED}${code}`,
    vocabularyId: LIBRARY_ID,
    schemes: [],
    type: 'isced-field',
    prefLabel: { en: code },
    altLabels: {},
    hiddenLabels: {},
    description: {},
    collections: [],
    broader: [],
  });
  const concepts = [concept('0613'), concept('0542')];
  const info = { id: LIBRARY_ID, title: 'ISCED-F 2013', version: '2013', languages: ['en'] } as VocabularyInfo;
  return {
    list: () => [info],
    concepts: (id) => (id === LIBRARY_ID ? concepts : []),
    has: (id) => id === LIBRARY_ID,
    get: () => info,
    concept: (uri) => concepts.find((c) => c.uri === uri),
  };
}

/** The sample table pointed at ISCED-F, as another tool would write it ("isced-f-2013"). */
function iscedTable(): CorrespondenceTable {
  const table = sampleTable();
  const fileId = 'isced-f-2013';
  table.targets = [describeVocabulary(fileId)];
  const codes = ['0613', '0542', '9999', '0613', '0542'];
  table.mappings = table.mappings.map((m, i) => ({
    ...m,
    vocabularyId: fileId,
    object: m.object ? { uri: `${ISCED}${codes[i]}`, label: m.object.label } : null,
  }));
  return table;
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('resolveVocabularies', () => {
  it('takes the vocabulary of each object from the library, keeping the declared one for unknown concepts', () => {
    const resolved = resolveVocabularies(iscedTable(), iscedLibrary());
    const byUri = (uri: string | undefined) => resolved.mappings.filter((m) => m.object?.uri === uri).map((m) => m.vocabularyId);
    expect(byUri(`${ISCED}0613`)).toEqual([LIBRARY_ID, LIBRARY_ID]);
    expect(byUri(`${ISCED}9999`)).toEqual(['isced-f-2013']);
    // No-match statements follow the vocabulary the file's concepts resolved to.
    expect(resolved.mappings.filter((m) => m.kind === 'no-match').map((m) => m.vocabularyId)).toEqual([LIBRARY_ID]);
    expect(resolved.targets.map((t) => t.id).sort()).toEqual(['isced-f-2013', LIBRARY_ID]);
  });

  it('leaves the table alone without a library', () => {
    const table = iscedTable();
    expect(resolveVocabularies(table, null)).toBe(table);
  });

  it('imports with library ids, so re-importing the same file finds every statement already present', async () => {
    const temp = tempProject();
    cleanups.push(temp.cleanup);
    const file = path.join(temp.dir, 'isced.sssom.tsv');
    fs.writeFileSync(file, String(writeSssom(iscedTable(), { status: 'all' }).content));
    const env: ExchangeEnv = { uriBase: 'https://example.org/crosswalk/', user: { name: 'T', orcid: '' }, library: iscedLibrary() };
    const staging = new ImportStaging();
    const input = { path: file, name: 'isced.sssom.tsv', format: 'sssom' as const, defaultStatus: 'proposed' as const };
    const first = await staging.preview(temp.project, env, input);
    expect(first.targets.map((t) => t.id)).toContain(LIBRARY_ID);
    staging.commit(temp.project, first.token, 'T');
    const vocabularies = temp.project.db.prepare('SELECT DISTINCT target_vocabulary AS v FROM mappings ORDER BY v').all() as {
      v: string;
    }[];
    expect(vocabularies.map((r) => r.v)).toEqual(['isced-f-2013', LIBRARY_ID]);
    const again = await staging.preview(temp.project, env, input);
    expect(again.plan.duplicates).toBe(again.mappings);
    expect(again.plan.newMappings).toBe(0);
  });
});

describe('resolveVocabularies with a declared version', () => {
  it('keeps the ESCO version a table names, even when the library holds the concept in another version', () => {
    const uri = 'http://data.europa.eu/esco/occupation/abc';
    const info = { id: 'esco-v1.1.1', title: 'ESCO', version: 'v1.1.1', languages: ['en'] } as VocabularyInfo;
    const concept: ConceptRecord = {
      uri,
      vocabularyId: 'esco-v1.1.1',
      schemes: [],
      type: 'occupation',
      prefLabel: { en: 'x' },
      altLabels: {},
      hiddenLabels: {},
      description: {},
      collections: [],
      broader: [],
    };
    const library: LibraryView = {
      list: () => [info],
      concepts: () => [concept],
      has: (id) => id === info.id,
      get: () => info,
      concept: (u) => (u === uri ? concept : undefined),
    };
    const table = sampleTable();
    table.targets = [{ ...describeVocabulary('esco-v1.1.0'), language: 'cs', versionDeclared: true }];
    table.mappings = table.mappings.map((m) => ({ ...m, vocabularyId: 'esco-v1.1.0', object: m.object ? { ...m.object, uri } : null }));
    const resolved = resolveVocabularies(table, library);
    expect(new Set(resolved.mappings.map((m) => m.vocabularyId))).toEqual(new Set(['esco-v1.1.0']));
    expect(resolved.targets).toEqual([expect.objectContaining({ id: 'esco-v1.1.0', language: 'cs' })]);
    // Without the declaration the library's version is taken, as before.
    table.targets = [describeVocabulary('esco-v1.1.0')];
    expect(
      new Set(
        resolveVocabularies(table, library)
          .mappings.filter((m) => m.object)
          .map((m) => m.vocabularyId),
      ),
    ).toEqual(new Set(['esco-v1.1.1']));
  });
});
