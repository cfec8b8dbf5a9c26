import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MappingStore } from '../../mappings/mapping-store.js';
import { addItems, ESCO, skill, tempProject } from '../../mappings/testing.js';
import {
  createScheme,
  deleteScheme,
  findScheme,
  findSchemeByUri,
  getScheme,
  listSchemes,
  listSchemesWithoutUri,
  recordSchemeImport,
  updateScheme,
} from './schemes.js';

let handle: ReturnType<typeof tempProject>;
const project = () => handle.project;

beforeEach(() => {
  handle = tempProject();
});
afterEach(() => handle.cleanup());

describe('source schemes', () => {
  it('creates learning outcomes in the project language, with version, concept type and landing page when given', () => {
    const plain = createScheme(project(), { title: 'Catalogue' });
    expect(plain).toMatchObject({
      kind: 'learning-outcomes',
      language: 'en',
      uri: null,
      origin: null,
      version: '',
      conceptType: '',
      landingPage: '',
      items: 0,
      groups: 0,
    });
    const published = createScheme(project(), {
      title: 'O*NET-SOC',
      kind: 'classification',
      uri: 'http://example.org/onet',
      version: '2019',
      conceptType: 'Occupation',
      landingPage: 'https://www.onetcenter.org/',
    });
    expect(findSchemeByUri(project().db, 'http://example.org/onet')).toMatchObject({
      id: published.id,
      version: '2019',
      conceptType: 'Occupation',
      landingPage: 'https://www.onetcenter.org/',
    });
    expect(listSchemes(project()).map((s) => s.title)).toEqual(['Catalogue', 'O*NET-SOC']);
    expect(listSchemesWithoutUri(project().db).map((s) => s.id)).toEqual([plain.id]);
  });

  it('edits title, language, version, concept type and landing page; keeps what the patch leaves out', () => {
    const scheme = createScheme(project(), { title: 'Catalogue', description: 'All courses' });
    const edited = updateScheme(project(), scheme.id, { version: '2024', landingPage: 'https://example.org/courses' });
    expect(edited).toMatchObject({
      title: 'Catalogue',
      description: 'All courses',
      version: '2024',
      conceptType: '',
      landingPage: 'https://example.org/courses',
    });
    expect(updateScheme(project(), scheme.id, { title: 'Courses', conceptType: 'Learning outcome' })).toMatchObject({
      title: 'Courses',
      version: '2024',
      conceptType: 'Learning outcome',
    });
  });

  it('records a re-import as origin, modified at the import time', () => {
    const scheme = createScheme(project(), { title: 'Catalogue' });
    recordSchemeImport(project().db, scheme.id, { format: 'csv', file: 'courses.csv', importedAt: '2030-01-02T03:04:05.000Z' });
    expect(findScheme(project().db, scheme.id)).toMatchObject({
      origin: { format: 'csv', file: 'courses.csv' },
      modified: '2030-01-02T03:04:05.000Z',
    });
  });

  it('deletes a scheme with its items and their mappings, counting both', () => {
    const scheme = createScheme(project(), { title: 'Catalogue' });
    const [lo1] = addItems(project().db, scheme.id, [
      { key: 'LO1', text: 'Analyse data sets' },
      { key: 'LO2', text: 'Explain privacy law' },
    ]);
    new MappingStore(project().db).create(
      [{ sourceItemId: lo1!, target: { uri: skill(1), label: 'skill 1', vocabularyId: ESCO }, relation: 'exactMatch' }],
      { author: 'Ann' },
    );
    expect(deleteScheme(project(), scheme.id, { author: 'Ann' })).toEqual({ deletedItems: 2, deletedMappings: 1 });
    expect(() => getScheme(project(), scheme.id)).toThrow(/No source scheme/);
    expect(new MappingStore(project().db).list().total).toBe(0);
  });
});
