import { useCallback, useMemo, useState } from 'react';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import { AddItemForm } from './AddItemForm.js';
import { CourseMetadataForm } from './CourseMetadataForm.js';
import { ImportDialog } from './ImportDialog.js';
import { ItemForm } from './ItemForm.js';
import { SourceItemsTable } from './SourceItemsTable.js';
import { useSources } from './use-sources.js';

type StateFilter = 'active' | 'removed' | 'all';

/** Sources: schemes, their courses and items; import, edit, and the courses' constitutive elements. */
export function SourcesView() {
  const { client } = useApi();
  const { fail, notify } = useNotify();
  const data = useSources();
  const [importing, setImporting] = useState(false);
  const [search, setSearch] = useState('');
  const [courseId, setCourseId] = useState<number | 'all'>('all');
  const [stateFilter, setStateFilter] = useState<StateFilter>('active');
  const [selectedId, setSelectedId] = useState<number | null>(null);

  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return data.items.filter(
      (i) =>
        (stateFilter === 'all' || i.state === stateFilter) &&
        (courseId === 'all' || i.groupId === courseId) &&
        (!needle ||
          i.text.toLowerCase().includes(needle) ||
          i.key.toLowerCase().includes(needle) ||
          i.notation.toLowerCase().includes(needle)),
    );
  }, [data.items, search, courseId, stateFilter]);

  const selected = data.items.find((i) => i.id === selectedId) ?? null;
  const courseOfSelection = courseId !== 'all' ? courseId : (selected?.groupId ?? null);
  const course = data.groups.find((g) => g.id === courseOfSelection) ?? null;
  const scheme = data.schemes.find((s) => s.id === data.schemeId) ?? null;

  const editText = useCallback((id: number, text: string) => void client.sources.updateItem({ id, text }).catch(fail), [client, fail]);
  const deleteSelected = async () => {
    if (!selected) return;
    try {
      const result = await client.sources.deleteItem({ id: selected.id });
      notify(
        'info',
        result.action === 'flagged'
          ? `"${selected.key}" has ${result.mappings} mappings: flagged as removed instead of deleted`
          : `Deleted "${selected.key}"`,
      );
      setSelectedId(null);
    } catch (error) {
      fail(error);
    }
  };
  const deleteScheme = async () => {
    if (
      !scheme ||
      !window.confirm(`Delete the source "${scheme.title}" with its ${scheme.items + scheme.removedItems} items and their mappings?`)
    )
      return;
    try {
      await client.sources.deleteScheme({ id: scheme.id });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <main className="sources-view" aria-labelledby="sources-title">
      <header className="sources-toolbar">
        <h1 id="sources-title">Sources</h1>
        <label className="form-field inline">
          <span>Source</span>
          <select
            aria-label="Source"
            value={data.schemeId ?? ''}
            onChange={(e) => data.setSchemeId(e.target.value ? Number(e.target.value) : null)}
          >
            {data.schemes.length === 0 && <option value="">No sources yet</option>}
            {data.schemes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.items})
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => setImporting(true)}>
          Import…
        </button>
        {scheme && (
          <button type="button" onClick={() => void deleteScheme()}>
            Delete source
          </button>
        )}
      </header>
      {scheme && (
        <div className="sources-filters" role="search">
          <label className="form-field inline">
            <span>Search</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="id, text or notation" />
          </label>
          <label className="form-field inline">
            <span>Course</span>
            <select
              aria-label="Course"
              value={courseId}
              onChange={(e) => setCourseId(e.target.value === 'all' ? 'all' : Number(e.target.value))}
            >
              <option value="all">All courses</option>
              {data.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title || g.key}
                </option>
              ))}
            </select>
          </label>
          <label className="form-field inline">
            <span>State</span>
            <select aria-label="State" value={stateFilter} onChange={(e) => setStateFilter(e.target.value as StateFilter)}>
              <option value="active">Active</option>
              <option value="removed">Removed in a re-import</option>
              <option value="all">All</option>
            </select>
          </label>
          <span className="muted" aria-live="polite">
            {rows.length} of {data.items.length} items
          </span>
        </div>
      )}
      <div className="sources-body">
        <section className="sources-items" aria-label="Items">
          {!scheme && !data.loading && (
            <p className="muted">No sources yet. Import a course catalogue, learning outcomes or a classification.</p>
          )}
          {scheme && <SourceItemsTable rows={rows} selectedId={selectedId} onSelect={setSelectedId} onEditText={editText} />}
          {scheme && (
            <div className="sources-item-actions">
              <AddItemForm schemeId={scheme.id} groupId={course?.id ?? null} />
              <button type="button" disabled={!selected} onClick={() => void deleteSelected()}>
                Delete selected item
              </button>
            </div>
          )}
        </section>
        <aside className="sources-side" aria-label="Course details">
          {selected && <ItemForm key={JSON.stringify(selected)} item={selected} groups={data.groups} />}
          {course ? (
            <CourseMetadataForm key={`${course.id}:${JSON.stringify(course)}`} group={course} pickers={data.pickers} />
          ) : (
            scheme && <p className="muted">Choose a course (or an item) to see and edit its constitutive elements.</p>
          )}
        </aside>
      </div>
      <ImportDialog open={importing} onClose={() => setImporting(false)} onImported={(id) => data.setSchemeId(id)} />
    </main>
  );
}
