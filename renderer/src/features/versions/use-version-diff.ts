import { useEffect, useState } from 'react';
import type { VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import type { VocabularyDiff } from '../../../../shared/domain/vocabulary-diff.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** The library's versions, two of them picked (older, newer), and their diff once both are. */
export function useVersionDiff() {
  const { client } = useApi();
  const { fail } = useNotify();
  const [vocabularies, setVocabularies] = useState<VocabularyInfo[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // The diff of the pair it was asked for: a newer pick shows nothing until its own diff arrives.
  const [result, setResult] = useState<{ pair: string; diff: VocabularyDiff | null } | null>(null);
  const pair = from && to && from !== to ? `${from}\u0000${to}` : '';

  useEffect(() => {
    client.vocabularies.list({}).then((list) => {
      setVocabularies(list);
      // Newest import first: a likely pair is the two newest versions of one vocabulary.
      const [newest, ...rest] = list;
      const older = rest.find((v) => v.title === newest?.title);
      if (newest && older) {
        setTo((t) => t || newest.id);
        setFrom((f) => f || older.id);
      }
    }, fail);
  }, [client, fail]);

  useEffect(() => {
    if (!pair) return;
    let live = true;
    client.vocabularies.diff({ from, to }).then(
      (diff) => live && setResult({ pair, diff }),
      (error: unknown) => {
        if (!live) return;
        setResult({ pair, diff: null });
        fail(error);
      },
    );
    return () => {
      live = false;
    };
  }, [client, fail, from, to, pair]);

  const current = pair && result?.pair === pair ? result : null;
  const diff = current?.diff ?? null;
  const loading = Boolean(pair) && !current;
  return { vocabularies, from, setFrom, to, setTo, diff, loading };
}
