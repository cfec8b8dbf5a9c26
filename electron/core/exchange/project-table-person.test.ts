import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MappingStore } from '../mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../mappings/testing.js';
import { writeTable } from './formats.js';
import { tableFromProject } from './project-table.js';

let handle: ReturnType<typeof tempProject>;

beforeEach(() => {
  handle = tempProject();
  const [item] = addItems(handle.project.db, addScheme(handle.project.db, { title: 'Data course' }), [
    { key: 'LO1', text: 'Analyse data' },
  ]);
  new MappingStore(handle.project.db).create(
    [
      {
        sourceItemId: item!,
        target: { uri: skill(1), label: 'analyse data', vocabularyId: ESCO },
        relation: 'closeMatch',
        status: 'accepted',
      },
    ],
    {
      author: 'Ana Curator',
    },
  );
});
afterEach(() => handle.cleanup());

const options = {
  uriBase: 'https://example.org/uni/',
  license: 'https://creativecommons.org/publicdomain/zero/1.0/',
  user: { name: 'Ana Curator', orcid: '0000-0002-1825-0097' },
};

describe('a table from the project names the person and the project settings', () => {
  it('takes the mapping set from the project settings, the author from the person record', async () => {
    const { table, orcids } = tableFromProject(handle.project, {
      ...options,
      mappingSet: { id: 'https://example.org/uni/sets/data/', title: 'Data course → ESCO' },
    });
    expect(table.metadata).toMatchObject({
      id: 'https://example.org/uni/sets/data',
      title: 'Data course → ESCO',
      license: options.license,
      creator: 'Ana Curator',
    });
    expect(orcids).toEqual({ 'Ana Curator': '0000-0002-1825-0097' });
    const { content } = await writeTable(table, 'sssom', { status: 'accepted', orcids });
    const text = String(content);
    expect(text).toContain('mapping_set_id: https://example.org/uni/sets/data');
    expect(text).toMatch(/orcid:0000-0002-1825-0097\tAna Curator/);
  });

  it('mints the mapping-set URI under the URI base and uses the project title when the settings leave them empty', () => {
    const { table } = tableFromProject(handle.project, { ...options, mappingSet: { id: '', title: '' } });
    expect(table.metadata.id).toBe('https://example.org/uni/mapping-set/data-course');
    expect(table.metadata.title).toBe(handle.project.metadata().title);
  });
});
