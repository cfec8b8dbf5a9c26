import { useState } from 'react';
import { useApiData } from '../../api/use-api-data.js';
import { useNotify } from '../../ui/notifications.js';

/** The library's versions, two of them picked (older, newer), and their diff once both are. */
export function useVersionDiff() {
  const { fail } = useNotify();
  const library = useApiData('vocabularies', 'list', {}, { domains: ['vocabularies'], onError: fail });
  const vocabularies = library.data ?? [];
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  // Until the user picks: the newest import and the newest older version of the same vocabulary.
  const [newest, ...rest] = vocabularies;
  const older = rest.find((v) => v.title.replace(v.version, '').trim() === newest?.title.replace(newest.version, '').trim());
  const from = picked.from ?? (older ? older.id : '');
  const to = picked.to ?? (older && newest ? newest.id : '');
  const pair = from && to && from !== to ? { from, to } : null;
  const diff = useApiData('vocabularies', 'diff', pair, { domains: ['vocabularies'], onError: fail });
  return {
    vocabularies,
    from,
    setFrom: (id: string) => setPicked((p) => ({ ...p, from: id })),
    to,
    setTo: (id: string) => setPicked((p) => ({ ...p, to: id })),
    // A newer pick shows nothing until its own diff arrives.
    diff: diff.stale ? null : (diff.data ?? null),
    loading: diff.loading,
  };
}
