import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyTable, mintSchemeUri } from '../../exchange/common.js';
import { commitImport, planImport } from '../../exchange/import-commit.js';
import { addScheme, tempProject } from '../../mappings/testing.js';
import { commitBundles, findExistingScheme } from '../import/commit-bundle.js';
import type { SourceBundle } from '../import/bundle.js';
import { findMergeTarget } from './scheme-matcher.js';

const BASE = 'https://w3id.org/crosswalk/local/';
let handle: ReturnType<typeof tempProject>;
const db = () => handle.project.db;

beforeEach(() => {
  handle = tempProject();
});
afterEach(() => handle.cleanup());

describe('findMergeTarget', () => {
  it('takes the chosen scheme, and refuses an unknown one as an input error', () => {
    const chosen = addScheme(db(), { title: 'Chosen', uri: 'http://example.org/chosen' });
    addScheme(db(), { title: 'Catalogue', uri: 'http://example.org/cat' });
    expect(findMergeTarget(db(), { title: 'Catalogue', uri: 'http://example.org/cat' }, { schemeId: chosen })?.title).toBe('Chosen');
    expect(() => findMergeTarget(db(), { title: 'Catalogue' }, { schemeId: 999 })).toThrow(/no source scheme 999/);
  });

  it('prefers the same URI over the same title', () => {
    addScheme(db(), { title: 'Catalogue' });
    const byUri = addScheme(db(), { title: 'Renamed catalogue', uri: 'http://example.org/cat' });
    expect(findMergeTarget(db(), { title: 'Catalogue', uri: 'http://example.org/cat' })?.id).toBe(byUri);
  });

  it('finds a scheme without a URI by the URI exports mint for it, given the base', () => {
    const unnamed = addScheme(db(), { title: 'Data Science MSc' });
    const minted = mintSchemeUri(BASE, 'Data Science MSc');
    expect(findMergeTarget(db(), { title: 'Data science (MSc)', uri: minted }, { uriBase: BASE })?.id).toBe(unnamed);
    expect(findMergeTarget(db(), { title: 'Data science (MSc)', uri: minted })).toBeNull();
  });

  it('falls back to the oldest scheme with the same title, else null', () => {
    const first = addScheme(db(), { title: 'Catalogue' });
    addScheme(db(), { title: 'Catalogue' });
    expect(findMergeTarget(db(), { title: 'Catalogue', uri: 'http://example.org/other' }, { uriBase: BASE })?.id).toBe(first);
    expect(findMergeTarget(db(), { title: 'Something else' }, { uriBase: BASE })).toBeNull();
  });
});

describe('both importers merge into the scheme findMergeTarget finds', () => {
  const title = 'Data Science MSc';
  const minted = mintSchemeUri(BASE, title);

  it('a source import and a mapping-table import of an exported, unnamed scheme', () => {
    const unnamed = addScheme(db(), { title });
    const bundle: SourceBundle = {
      format: 'skos',
      fileName: 'export.ttl',
      scheme: { title: 'Data science', kind: 'learning-outcomes', language: 'en', uri: minted },
      groups: [],
      items: [{ key: 'LO1', text: 'Analyse data sets' }],
      problems: [],
    };
    expect(findExistingScheme(handle.project, bundle, undefined, BASE)).toBe(unnamed);
    expect(commitBundles(handle.project, [bundle], { uriBase: BASE }).schemes[0]!.schemeId).toBe(unnamed);

    const table = emptyTable('Data science', BASE);
    table.source.uri = minted;
    table.source.items.push({
      key: 'LO2',
      uri: null,
      label: 'Explain privacy law',
      description: '',
      notation: '',
      groupKey: null,
      language: 'en',
    });
    expect(planImport(handle.project, table, BASE).scheme).toEqual({ action: 'merge', id: unnamed, title });
    expect(commitImport(handle.project, table, { author: 'Ann', file: 'export.sssom.tsv', format: 'sssom', uriBase: BASE })).toMatchObject({
      schemeId: unnamed,
      createdScheme: false,
      itemsAdded: 1,
    });
  });
});
