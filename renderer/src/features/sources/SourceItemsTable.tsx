import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type Row,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState, type KeyboardEvent } from 'react';
import type { SourceItemRow } from '../../../../shared/domain/source.js';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
});
const helper = createColumnHelper<typeof features, SourceItemRow>();

/** Module-scope columns keep one identity, so the table model is not rebuilt on every render. */
const columns = helper.columns([
  helper.accessor('key', { header: 'ID', sortFn: 'alphanumeric' }),
  helper.accessor('text', { header: 'Text', sortFn: 'text' }),
  helper.accessor((row) => row.groupTitle ?? row.groupKey ?? '', { id: 'course', header: 'Course', sortFn: 'text' }),
  helper.accessor('notation', { header: 'Notation', sortFn: 'alphanumeric' }),
  helper.accessor('language', { header: 'Lang', sortFn: 'text' }),
  helper.accessor('state', { header: 'State', sortFn: 'text' }),
  helper.accessor('mappings', { header: 'Mappings', sortFn: 'basic' }),
]);

type TableRow = Row<typeof features, SourceItemRow>;
const ROW_HEIGHT = 36;

interface Props {
  rows: SourceItemRow[];
  selectedId: number | null;
  onSelect(id: number): void;
  onEditText(id: number, text: string): void;
}

/** Sortable, virtualized items grid; double-click or Enter on a text edits it in place. */
export function SourceItemsTable({ rows, selectedId, onSelect, onEditText }: Props) {
  const table = useTable({ features, columns, data: rows });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <div className="sources-table" role="grid" aria-label="Source items" aria-rowcount={rows.length + 1}>
      <div className="sources-row sources-head" role="row" aria-rowindex={1}>
        {headers.map((header) => {
          const sorted = header.column.getIsSorted();
          return (
            <span
              key={header.id}
              role="columnheader"
              className={`scol scol-${header.column.id}`}
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
            >
              <button type="button" className="link-button" onClick={header.column.getToggleSortingHandler()}>
                <table.FlexRender header={header} />
                {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
              </button>
            </span>
          );
        })}
      </div>
      <VirtualRows rows={table.getRowModel().rows} selectedId={selectedId} onSelect={onSelect} onEditText={onEditText} />
    </div>
  );
}

function VirtualRows({
  rows,
  selectedId,
  onSelect,
  onEditText,
}: {
  rows: TableRow[];
  selectedId: number | null;
  onSelect(id: number): void;
  onEditText(id: number, text: string): void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer is a mutable object by design; its rows render inside this component only.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.original.id ?? index,
    overscan: 12,
  });
  return (
    <div ref={scrollRef} className="sources-scroll" role="rowgroup">
      <div className="sources-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows[v.index]!;
          return (
            <ItemRow
              key={row.original.id}
              item={row.original}
              index={v.index}
              start={v.start}
              selected={row.original.id === selectedId}
              onSelect={onSelect}
              onEditText={onEditText}
            />
          );
        })}
      </div>
    </div>
  );
}

interface ItemRowProps {
  item: SourceItemRow;
  index: number;
  start: number;
  selected: boolean;
  onSelect(id: number): void;
  onEditText(id: number, text: string): void;
}

const ItemRow = memo(function ItemRow({ item, index, start, selected, onSelect, onEditText }: ItemRowProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.text);
  const begin = () => {
    setDraft(item.text);
    setEditing(true);
  };
  const finish = (save: boolean) => {
    setEditing(false);
    if (save && draft.trim() && draft.trim() !== item.text) onEditText(item.id, draft.trim());
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') finish(true);
    if (e.key === 'Escape') {
      e.stopPropagation();
      finish(false);
    }
  };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid="source-item-row"
      className={`sources-row${selected ? ' sources-row-selected' : ''}${item.state === 'removed' ? ' sources-row-removed' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onSelect(item.id)}
    >
      <span role="gridcell" className="scol scol-key" title={item.key}>
        {item.key}
      </span>
      <span role="gridcell" className="scol scol-text" onDoubleClick={begin}>
        {editing ? (
          <input
            aria-label={`Text of ${item.key}`}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKey}
            onBlur={() => finish(true)}
          />
        ) : (
          <button
            type="button"
            className="cell-text"
            title="Double-click or press Enter to edit"
            onKeyDown={(e) => e.key === 'Enter' && begin()}
            onDoubleClick={begin}
          >
            {item.text}
          </button>
        )}
      </span>
      <span role="gridcell" className="scol scol-course" title={item.groupKey ?? ''}>
        {item.groupTitle ?? item.groupKey ?? ''}
      </span>
      <span role="gridcell" className="scol scol-notation">
        {item.notation}
      </span>
      <span role="gridcell" className="scol scol-language">
        {item.language}
      </span>
      <span role="gridcell" className="scol scol-state">
        {item.state === 'removed' ? <span className="badge badge-removed">removed</span> : 'active'}
      </span>
      <span role="gridcell" className="scol scol-mappings">
        {item.mappings}
      </span>
    </div>
  );
});
