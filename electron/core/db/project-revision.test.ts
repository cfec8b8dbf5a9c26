import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProjectRules } from '../checks/rules.js';
import { MappingStore } from '../mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../mappings/testing.js';
import { undo } from '../mappings/undo-redo.js';
import { openProject } from '../projects/project-service.js';
import { setReviewSettings } from '../review/review-service.js';
import { updateItem } from '../sources/store/items.js';
import { projectRevision, type ProjectRevision } from './project-revision.js';

let handle: ReturnType<typeof tempProject>;
let item: number;
const db = () => handle.project.db;

beforeEach(() => {
  handle = tempProject();
  item = addItems(db(), addScheme(db()), [{ key: 'LO1', text: 'Analyse data' }])[0]!;
});
afterEach(() => handle.cleanup());

/** What a write changed in the project revision. */
function change(write: () => unknown): { revision: boolean; sources: boolean; mappings: boolean } {
  const before: ProjectRevision = projectRevision(db());
  write();
  const after = projectRevision(db());
  expect(after.revision).toBeGreaterThanOrEqual(before.revision);
  return {
    revision: after.revision > before.revision,
    sources: after.sources !== before.sources,
    mappings: after.mappings !== before.mappings,
  };
}

describe('project revision', () => {
  it('is bumped by every kind of write, and says whether sources or mappings changed', () => {
    const store = new MappingStore(db());
    const mappingsOnly = { revision: true, sources: false, mappings: true };
    let id = 0;
    expect(
      change(() => {
        id = store.create(
          [{ sourceItemId: item, target: { uri: skill(1), label: '', vocabularyId: ESCO }, relation: 'exactMatch', status: 'proposed' }],
          { author: 'Ann' },
        ).mappings[0]!.id;
      }),
    ).toEqual(mappingsOnly);
    expect(change(() => store.update([id], { status: 'accepted' }, { author: 'Ann' }))).toEqual(mappingsOnly);
    expect(change(() => store.delete([id], { author: 'Ann' }))).toEqual(mappingsOnly);
    expect(change(() => undo(db(), 'Ann'))).toEqual(mappingsOnly);
    expect(change(() => updateItem(handle.project, item, { text: 'Analyse big data' }))).toEqual({
      revision: true,
      sources: true,
      mappings: false,
    });
    const other = { revision: true, sources: false, mappings: false };
    expect(change(() => setProjectRules(db(), { 'exact-multiple-same-scheme': false }))).toEqual(other);
    expect(change(() => setReviewSettings(db(), { doubleReview: true }))).toEqual(other);
    expect(change(() => handle.project.updateMetadata({ title: 'Renamed' }))).toEqual(other);
  });

  it('is bumped by a write of another connection to the same file', () => {
    const before = projectRevision(db()).revision;
    const other = openProject(handle.file);
    other.updateMetadata({ description: 'from another process' });
    expect(projectRevision(db()).revision).toBeGreaterThan(before);
    other.close();
  });
});
