import { ITEM_FILTERS } from './item-rows.js';
import { EMPTY_QUERY, type ItemQuery, type SortColumn } from './item-query.js';

/** What the workbench remembers per project across view switches and restarts. */
export interface WorkbenchMemory {
  schemeId: number | null;
  selectedId: number | null;
  query: ItemQuery;
}

export const EMPTY_MEMORY: WorkbenchMemory = { schemeId: null, selectedId: null, query: EMPTY_QUERY };

const SORT_COLUMNS: readonly SortColumn[] = ['key', 'text', 'course', 'status', 'mappings', 'problems', 'score'];

function storageKey(projectPath: string): string {
  return `crosswalk.workbench:${projectPath}`;
}

const id = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/** Reads what was stored, taking only well-formed fields (the storage is the user's to tamper with). */
export function readMemory(storage: Pick<Storage, 'getItem'>, projectPath: string): WorkbenchMemory {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(storageKey(projectPath)) ?? 'null');
  } catch {
    return EMPTY_MEMORY;
  }
  if (!raw || typeof raw !== 'object') return EMPTY_MEMORY;
  const r = raw as Record<string, unknown>;
  const q = (r.query && typeof r.query === 'object' ? r.query : {}) as Record<string, unknown>;
  const sort = q.sort as { column?: unknown; descending?: unknown } | null | undefined;
  const minScore = typeof q.minScore === 'number' && q.minScore >= 0 && q.minScore <= 1 ? q.minScore : null;
  return {
    schemeId: id(r.schemeId),
    selectedId: id(r.selectedId),
    query: {
      text: typeof q.text === 'string' ? q.text : '',
      status: ITEM_FILTERS.find((f) => f.id === q.status)?.id ?? 'all',
      course: typeof q.course === 'string' ? q.course : '',
      minScore,
      sort:
        sort && SORT_COLUMNS.includes(sort.column as SortColumn)
          ? { column: sort.column as SortColumn, descending: sort.descending === true }
          : null,
    },
  };
}

export function writeMemory(storage: Pick<Storage, 'setItem'>, projectPath: string, memory: WorkbenchMemory): void {
  try {
    storage.setItem(storageKey(projectPath), JSON.stringify(memory));
  } catch {
    // A full or disabled storage only costs the remembered state.
  }
}
