import { useEffect, useState } from 'react';
import type { Problem } from '../../../../shared/domain/review.js';
import { useApi } from '../../app/api-context.js';
import type { ItemRowView } from './item-rows.js';

/**
 * The check results about the selected item, re-read whenever its row changes. Asked for only when
 * the row reports problems (counts come with the table refresh, after which the core's check
 * results are cached).
 */
export function useItemProblems(row: ItemRowView | null): Problem[] {
  const { client } = useApi();
  const [found, setFound] = useState<{ row: ItemRowView; problems: Problem[] } | null>(null);
  useEffect(() => {
    if (!row || row.problems === 0) return;
    let live = true;
    client.review.problems({ sourceItemIds: [row.id] }).then(
      (list) => live && setFound({ row, problems: list.problems }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, row]);
  if (!row || row.problems === 0 || found?.row.id !== row.id) return [];
  return found.problems;
}
