import { useApi } from '../../app/api-context.js';
import { useItemRequest, type ItemRequest } from '../../app/navigation.js';
import { useNotify } from '../../ui/notifications.js';
import type { ItemTable } from './use-item-table.js';

interface Options {
  table: Pick<ItemTable, 'setSchemeId' | 'clearFilters'>;
  /** Selects an item by id; the selection holds until the item's row is loaded. */
  select(itemId: number): void;
  /** After the request was applied (focus, announcement). */
  onShown(request: ItemRequest): void;
}

/**
 * Takes "Show in workbench" requests from other views (Problems, History): shows the item's source
 * without filters that could hide it and selects the item. The selection is set before the rows
 * arrive; once they do, the item is selected and the items table scrolls to it.
 */
export function useShowItem({ table, select, onShown }: Options): void {
  const { client } = useApi();
  const { fail } = useNotify();
  const { setSchemeId, clearFilters } = table;
  useItemRequest((request) => {
    select(request.itemId);
    clearFilters();
    if (request.schemeId != null) setSchemeId(request.schemeId);
    else client.sources.getItem({ id: request.itemId }).then((item) => setSchemeId(item.schemeId), fail);
    onShown(request);
  });
}
