import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/index.js';
import { PathHandles, resolvePathHandles } from './path-handles.js';

describe('path handles', () => {
  it('mints opaque handles that resolve to the chosen path, and forgets the oldest beyond the limit', () => {
    const handles = new PathHandles(2);
    const a = handles.mint('/home/me/a.crosswalk', 'dialog');
    const b = handles.mint('/home/me/b.crosswalk', 'recent');
    expect(a).toMatch(/^handle:[0-9a-f-]{36}$/);
    expect(a).not.toContain('a.crosswalk');
    expect(handles.resolve(b)).toEqual({ path: '/home/me/b.crosswalk', source: 'recent' });
    handles.mint('/home/me/c.crosswalk', 'dialog');
    expect(handles.resolve(a)).toBeUndefined();
    expect(handles.resolve('handle:made-up')).toBeUndefined();
  });

  it('replaces handles in the path fields of a call by their paths', () => {
    const handles = new PathHandles();
    const project = handles.mint('/home/me/plan.crosswalk', 'dialog');
    const out = handles.mint('/home/me/plan.sssom.tsv', 'dialog');
    const args = { title: 'Plan', path: project };
    expect(resolvePathHandles('projects-create', contract.projects.create.args, args, handles)).toEqual({
      ok: true,
      args: { title: 'Plan', path: '/home/me/plan.crosswalk' },
    });
    expect(args.path).toBe(project);
    expect(
      resolvePathHandles('export-export', contract.export.export.args, { format: 'sssom', output: { path: out } }, handles),
    ).toMatchObject({ ok: true, args: { output: { path: '/home/me/plan.sssom.tsv' } } });
    const vocab = handles.mint('/data/esco.zip', 'dropped');
    expect(
      resolvePathHandles(
        'vocabularies-import',
        contract.vocabularies.import.args,
        { files: [{ uploadId: 'u' }, { path: vocab }] },
        handles,
      ),
    ).toEqual({
      ok: true,
      args: { files: [{ uploadId: 'u' }, { path: '/data/esco.zip' }] },
    });
  });

  it('refuses a typed path, a foreign handle, and a dropped file as a place to write', () => {
    const handles = new PathHandles();
    const dropped = handles.mint('/home/me/notes.csv', 'dropped');
    const refusals = [
      resolvePathHandles('projects-open', contract.projects.open.args, { path: '/etc/passwd' }, handles),
      resolvePathHandles(
        'projects-saveAs',
        contract.projects.saveAs.args,
        { path: 'handle:00000000-0000-0000-0000-000000000000' },
        handles,
      ),
      resolvePathHandles('export-export', contract.export.export.args, { format: 'sssom', output: { path: dropped } }, handles),
      resolvePathHandles(
        'sources-importPreview',
        contract.sources.importPreview.args,
        { file: { path: 'handle:forged' }, format: 'csv' },
        handles,
      ),
    ];
    expect(refusals.map((r) => (r.ok ? 'accepted' : r.message))).toEqual([
      'projects-open: "path" must be a file chosen in a dialog or dropped on the window, not a path typed by the page',
      'projects-saveAs: "path" is not a file chosen in this session; choose it again',
      'export-export: "output.path" is a dropped file, which is only read; choose where to write in a dialog',
      'sources-importPreview: "file.path" is not a file chosen in this session; choose it again',
    ]);
    // Where the core only reads, too: a dropped file comes as its handle, never as a path.
    expect(
      resolvePathHandles(
        'sources-importPreview',
        contract.sources.importPreview.args,
        { file: { path: '/home/me/notes.csv' }, format: 'csv' },
        handles,
      ),
    ).toMatchObject({ ok: false });
    expect(
      resolvePathHandles('sources-importPreview', contract.sources.importPreview.args, { file: { path: dropped }, format: 'csv' }, handles),
    ).toEqual({
      ok: true,
      args: { file: { path: '/home/me/notes.csv' }, format: 'csv' },
    });
  });

  it('leaves calls without path fields as they are', () => {
    const args = { title: 'No path' };
    const resolved = resolvePathHandles('projects-create', contract.projects.create.args, args, new PathHandles());
    expect(resolved).toEqual({ ok: true, args });
  });
});
