import { createColumnHelper, tableFeatures, useTable, type Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type Ref } from 'react';
import type { ItemQuery, SortColumn } from './item-query.js';
import type { ItemRowView } from './item-rows.js';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ItemRowView>();

/** Module-scope columns: a stable reference, so the table never rebuilds its model for nothing. */
const columns = helper.columns([
  helper.accessor('key', { header: 'ID' }),
  helper.accessor('text', { header: 'Text' }),
  helper.accessor('course', { header: 'Course' }),
  helper.accessor('status', {
    header: 'Status',
    cell: (info) => <span className={`badge badge-status-${info.getValue()}`}>{info.getValue()}</span>,
  }),
  helper.accessor('mappings', { header: 'Mappings' }),
  helper.accessor('problems', {
    header: 'Problems',
    cell: (info) => (info.getValue() > 0 ? <span className="badge badge-problem">{info.getValue()}</span> : null),
  }),
]);

type TableRow = Row<typeof features, ItemRowView>;

const ROW_HEIGHT = 44;

interface Props {
  /** Must keep its identity while nothing changed (see buildItemRows). */
  rows: readonly ItemRowView[];
  selectedId: number | null;
  checked: ReadonlySet<number>;
  onSelect(id: number): void;
  onToggleChecked(id: number): void;
  onToggleAll(checked: boolean): void;
  sort: ItemQuery['sort'];
  /** A column's header was clicked: sort by it, or turn its order round. */
  onSort(column: SortColumn): void;
  /** The grid element, to move focus to it (after a jump from another view). */
  ref?: Ref<HTMLDivElement>;
}

/** The source items as a virtualized grid: only the visible rows exist in the DOM. */
export function ItemsTable({ rows, selectedId, checked, onSelect, onToggleChecked, onToggleAll, sort, onSort, ref }: Props) {
  const table = useTable({ features, columns, data: rows as ItemRowView[] });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const allChecked = rows.length > 0 && rows.every((r) => checked.has(r.id));
  return (
    <div
      ref={ref}
      className="items-table"
      role="grid"
      aria-label="Source items"
      aria-rowcount={rows.length + 1}
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={selectedId != null && rows.some((r) => r.id === selectedId) ? `item-row-${selectedId}` : undefined}
    >
      <div className="items-row items-head" role="row" aria-rowindex={1}>
        <span role="columnheader" className="col col-check">
          <input type="checkbox" aria-label="Select all shown items" checked={allChecked} onChange={(e) => onToggleAll(e.target.checked)} />
        </span>
        {headers.map((header) => {
          const column = header.column.id as SortColumn;
          const order = sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none';
          return (
            <span key={header.id} role="columnheader" aria-sort={order} className={`col col-${column}`}>
              <button
                type="button"
                className="sort-button"
                aria-label={`Sort by ${String(header.column.columnDef.header)}`}
                title={String(header.column.columnDef.header)}
                onClick={() => onSort(column)}
              >
                <table.FlexRender header={header} />
                {order === 'none' ? '' : order === 'ascending' ? ' ▲' : ' ▼'}
              </button>
            </span>
          );
        })}
      </div>
      <VirtualRows
        rows={table.getRowModel().rows}
        selectedId={selectedId}
        checked={checked}
        onSelect={onSelect}
        onToggleChecked={onToggleChecked}
      />
    </div>
  );
}

/** The virtualizer lives here, next to its render loop, so scrolling re-renders only this. */
function VirtualRows({
  rows,
  selectedId,
  checked,
  onSelect,
  onToggleChecked,
}: {
  rows: TableRow[];
  selectedId: number | null;
  checked: ReadonlySet<number>;
  onSelect(id: number): void;
  onToggleChecked(id: number): void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer keeps mutable state by design; React Compiler just skips memoizing this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
  });
  const selectedIndex = selectedId == null ? -1 : rows.findIndex((r) => r.original.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  return (
    <div ref={scrollRef} className="items-scroll" role="rowgroup">
      <div className="items-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <ItemRow
              key={row.id}
              row={row}
              view={row.original}
              index={item.index}
              start={item.start}
              selected={row.original.id === selectedId}
              checked={checked.has(row.original.id)}
              onSelect={onSelect}
              onToggleChecked={onToggleChecked}
            />
          );
        })}
      </div>
    </div>
  );
}

interface ItemRowProps {
  row: TableRow;
  view: ItemRowView;
  index: number;
  start: number;
  selected: boolean;
  checked: boolean;
  onSelect(id: number): void;
  onToggleChecked(id: number): void;
}

/**
 * Row objects are rebuilt whenever the data array changes; the row's view object keeps its
 * identity while the item is unchanged, so compare on it and skip the rest.
 */
function sameRow(a: ItemRowProps, b: ItemRowProps): boolean {
  return (
    a.view === b.view &&
    a.index === b.index &&
    a.start === b.start &&
    a.selected === b.selected &&
    a.checked === b.checked &&
    a.onSelect === b.onSelect &&
    a.onToggleChecked === b.onToggleChecked
  );
}

/** One row; memoized on its view object, so unchanged rows skip rendering. */
const ItemRow = memo(function ItemRow({ row, view, index, start, selected, checked, onSelect, onToggleChecked }: ItemRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      id={`item-row-${view.id}`}
      data-testid="item-row"
      className={`items-row${selected ? ' items-row-selected' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onSelect(view.id)}
    >
      <span role="gridcell" className="col col-check">
        <input
          type="checkbox"
          aria-label={`Select ${view.key} for bulk actions`}
          checked={checked}
          onChange={() => onToggleChecked(view.id)}
          onClick={(e) => e.stopPropagation()}
        />
      </span>
      {row.getAllCells().map((cell) => (
        <span
          key={cell.id}
          role="gridcell"
          className={`col col-${cell.column.id}`}
          title={
            cell.column.id === 'text'
              ? view.text
              : cell.column.id === 'key'
                ? view.key
                : cell.column.id === 'course'
                  ? view.course
                  : undefined
          }
        >
          <CellContent cell={cell} />
        </span>
      ))}
    </div>
  );
}, sameRow);

function CellContent({ cell }: { cell: ReturnType<TableRow['getAllCells']>[number] }) {
  const render = cell.column.columnDef.cell;
  if (typeof render === 'function') return <>{render(cell.getContext())}</>;
  return <>{String(cell.getValue() ?? '')}</>;
}
