import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MappingStore } from '../mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../mappings/testing.js';
import { copyProject, openProject, type Project } from '../projects/project-service.js';
import { conflictsOf } from './conflict-resolution.js';
import { mergeProjectFiles } from './merge-files.js';

const KEYS = ['LO1', 'LO2', 'LO3', 'LO4'];

/** Opens a project file, works on it and closes it. */
function edit<T>(file: string, work: (store: MappingStore, idOf: (key: string) => number, project: Project) => T): T {
  const project = openProject(file);
  try {
    const store = new MappingStore(project.db);
    const idOf = (key: string) => store.list().rows.find((r) => r.sourceKey === key)!.id;
    return work(store, idOf, project);
  } finally {
    project.close();
  }
}

describe('crosswalk merge: two copies of a project against the copy both started from', () => {
  const base = tempProject();
  const file = (name: string) => path.join(base.dir, `${name}.crosswalk`);
  beforeAll(() => {
    const scheme = addScheme(base.project.db, { title: 'Data literacy' });
    const ids = addItems(
      base.project.db,
      scheme,
      KEYS.map((key, i) => ({ key, text: `Outcome ${i + 1}` })),
    );
    new MappingStore(base.project.db).create(
      ids.map((sourceItemId, i) => ({
        sourceItemId,
        target: { uri: skill(i), label: `skill ${i}`, vocabularyId: ESCO },
        relation: 'closeMatch' as const,
        status: 'proposed' as const,
      })),
      { author: 'ana' },
    );
    copyProject(base.project, file('mine'));
    copyProject(base.project, file('theirs'));
    // Mine: LO1 deleted, LO3 commented. Theirs: LO2 accepted, LO3 and LO4 deleted.
    edit(file('mine'), (store, idOf) => {
      store.delete([idOf('LO1')], { author: 'me' });
      store.update([idOf('LO3')], { comment: 'still needed, say I' }, { author: 'me' });
    });
    edit(file('theirs'), (store, idOf) => {
      store.update([idOf('LO2')], { status: 'accepted' }, { author: 'them' });
      store.delete([idOf('LO3'), idOf('LO4')], { author: 'them' });
    });
  });
  afterAll(() => base.cleanup());

  it('deletions are tombstones: gone on one side and unchanged on the other is gone; deleted against changed is a conflict', () => {
    const result = mergeProjectFiles({ base: base.file, mine: file('mine'), theirs: file('theirs'), out: file('out') }, 'merger');
    expect(result).toEqual({ out: file('out'), created: 0, updated: 1, deleted: 1, conflicts: 1 });
    edit(file('out'), (store, _idOf, project) => {
      const rows = store.list().rows;
      // LO1 (deleted by me) and LO4 (deleted by them) stay deleted; LO3 keeps my change until resolved.
      expect(rows.map((r) => [r.sourceKey, r.status, r.comment]).sort()).toEqual([
        ['LO2', 'accepted', ''],
        ['LO3', 'proposed', 'still needed, say I'],
      ]);
      const [conflict] = conflictsOf(project, 'merge');
      expect(conflict).toMatchObject({ itemKey: 'LO3', theirs: null, mine: { comment: 'still needed, say I' } });
      expect(conflict!.base).toMatchObject({ itemKey: 'LO3', comment: '' });
    });
    // The inputs are only read.
    for (const [name, count] of [
      ['mine', 3],
      ['theirs', 2],
    ] as const)
      expect(edit(file(name), (store) => store.list().rows.length)).toBe(count);
    expect(fs.readdirSync(base.dir).filter((f) => f.includes('.merging-'))).toEqual([]);
  });
});
