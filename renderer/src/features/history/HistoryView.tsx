import { useState } from 'react';
import type { MappingChange } from '../../../../shared/domain/mapping.js';
import { useApiData } from '../../api/use-api-data.js';
import { useApi, useAppEvents } from '../../app/api-context.js';
import { useNavigation } from '../../app/navigation.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';
import { useNotify } from '../../ui/notifications.js';
import { ShowInWorkbenchButton } from '../../ui/ShowInWorkbenchButton.js';
import { textFieldTakesMenuCommand } from '../workbench/keyboard.js';
import { changedFields, describeMapping } from './describe-change.js';

const PAGE = 200;

interface Filters {
  author: string;
  action: '' | 'create' | 'update' | 'delete';
  from: string;
  to: string;
  text: string;
}

const NO_FILTERS: Filters = { author: '', action: '', from: '', to: '', text: '' };

/** The changed mapping's source item (either side names it; a deleted item has no key left to show). */
function itemIdOf(change: MappingChange): number | undefined {
  return (change.after ?? change.before)?.sourceItemId;
}

/** Every change to the project's mappings — who, when, before and after — with filters. */
export function HistoryView() {
  const { client } = useApi();
  const { fail, notify } = useNotify();
  const { showItem } = useNavigation();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE);
  const history = useApiData(
    'mappings',
    'history',
    {
      author: filters.author || undefined,
      action: filters.action || undefined,
      // Dates from <input type="date"> are days: "to" includes the whole day.
      from: filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : undefined,
      to: filters.to ? new Date(new Date(`${filters.to}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined,
      text: filters.text.trim() || undefined,
      limit,
    },
    { domains: ['mappings'], delayMs: 150, onError: fail },
  );
  const { changes, total, authors } = history.data ?? { changes: [], total: 0, authors: [] };
  useAppEvents((event) => {
    if (event.type === 'menu' && (event.command === 'undo' || event.command === 'redo') && !textFieldTakesMenuCommand(event.command))
      void step(event.command);
  });

  async function step(kind: 'undo' | 'redo') {
    try {
      const result = kind === 'undo' ? await client.mappings.undo({}) : await client.mappings.redo({});
      notify('info', `${kind === 'undo' ? 'Undone' : 'Redone'}: ${result.created + result.updated + result.deleted} change(s)`);
    } catch (error) {
      fail(error);
    }
  }

  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };

  return (
    <section className="view-page history-view" aria-labelledby="history-title">
      <h1 id="history-title">History</h1>
      <form className="filters" aria-label="History filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Who
          <select value={filters.author} onChange={(e) => set({ author: e.target.value })}>
            <option value="">everyone</option>
            {authors.map((a) => (
              <option key={a} value={a}>
                {a || '(no name)'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Change
          <select value={filters.action} onChange={(e) => set({ action: e.target.value as Filters['action'] })}>
            <option value="">any</option>
            <option value="create">created</option>
            <option value="update">changed</option>
            <option value="delete">deleted</option>
          </select>
        </label>
        <label>
          From
          <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          To
          <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <label>
          Text in item or target
          <input type="search" value={filters.text} onChange={(e) => set({ text: e.target.value })} />
        </label>
        <button type="button" onClick={() => set(NO_FILTERS)}>
          Clear filters
        </button>
        <button type="button" onClick={() => void step('undo')}>
          Undo last change
        </button>
        <button type="button" onClick={() => void step('redo')}>
          Redo
        </button>
      </form>
      <p role="status" className="muted">
        {total} change(s)
      </p>
      <table className="data-table" aria-label="Mapping history">
        <ColumnHeads columns={['When', 'Who', 'Action', 'Source item', 'Before', 'After']} />
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <td>
                <time dateTime={c.at}>{new Date(c.at).toLocaleString()}</time>
              </td>
              <td>{c.author || '–'}</td>
              <td>
                {c.action}
                {c.batchLabel && <span className="muted"> · {c.batchLabel}</span>}
              </td>
              <td>
                {c.sourceKey && <span className="item-key">{c.sourceKey}</span>} {c.sourceText}
                {c.sourceKey && itemIdOf(c) != null && (
                  <ShowInWorkbenchButton
                    itemName={c.sourceKey}
                    onClick={() => showItem({ itemId: itemIdOf(c)!, key: c.sourceKey ?? undefined })}
                  />
                )}
              </td>
              <td>{describeMapping(c.before)}</td>
              <td>
                {describeMapping(c.after)}
                {changedFields(c).map((f) => (
                  <span key={f} className="muted changed-field">
                    {f}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length < total && (
        <button type="button" onClick={() => setLimit((l) => Math.min(l + PAGE, 5000))} disabled={limit >= 5000}>
          Show more
        </button>
      )}
    </section>
  );
}
