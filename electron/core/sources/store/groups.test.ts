import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addScheme, tempProject } from '../../mappings/testing.js';
import { addGroup, getGroup, insertGroup, listGroups, setGroupParent, updateGroup, writeGroup } from './groups.js';

let handle: ReturnType<typeof tempProject>;
let scheme: number;
const project = () => handle.project;

beforeEach(() => {
  handle = tempProject();
  scheme = addScheme(handle.project.db);
});
afterEach(() => handle.cleanup());

describe('source groups', () => {
  it('stores only the metadata that is known', () => {
    const id = insertGroup(project().db, scheme, { key: 'C1', title: 'Databases', metadata: { ects: 5, country: '', iscedF: undefined } });
    expect(getGroup(project(), id)).toMatchObject({
      key: 'C1',
      title: 'Databases',
      description: '',
      parentId: null,
      metadata: { ects: 5 },
    });
    writeGroup(project().db, id, { key: 'C1', title: 'Databases I', description: 'Intro', metadata: { ects: 6, eqfLevel: 6, url: '' } });
    expect(getGroup(project(), id)).toMatchObject({ title: 'Databases I', description: 'Intro', metadata: { ects: 6, eqfLevel: 6 } });
  });

  it('sets a parent, or only where none is set yet', () => {
    const [a, b, c] = ['A', 'B', 'C'].map((key) => insertGroup(project().db, scheme, { key }));
    setGroupParent(project().db, c!, a!);
    setGroupParent(project().db, c!, b!, { onlyIfNone: true });
    expect(getGroup(project(), c!).parentId).toBe(a);
    setGroupParent(project().db, c!, null);
    setGroupParent(project().db, c!, b!, { onlyIfNone: true });
    expect(getGroup(project(), c!).parentId).toBe(b);
  });

  it('adds and edits courses through the app, refusing a key twice', () => {
    const course = addGroup(project(), scheme, { key: 'C1', title: 'Databases' });
    expect(listGroups(project(), scheme)).toEqual([expect.objectContaining({ id: course.id, key: 'C1', items: 0 })]);
    expect(() => addGroup(project(), scheme, { key: 'C1' })).toThrow(/A course with id "C1" already exists/);
    addGroup(project(), scheme, { key: 'C2' });
    expect(() => updateGroup(project(), course.id, { key: 'C2' })).toThrow(/already exists/);
    expect(updateGroup(project(), course.id, { metadata: { ects: 5 } })).toMatchObject({
      key: 'C1',
      title: 'Databases',
      metadata: { ects: 5 },
    });
  });
});
