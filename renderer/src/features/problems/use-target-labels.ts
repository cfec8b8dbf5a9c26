import { useEffect, useState } from 'react';
import { useApi } from '../../app/api-context.js';
import { conceptLabel } from './target-labels.js';

/**
 * Labels of target concepts, looked up in the vocabulary library through the contract. A URI the
 * library does not know keeps no label (the table then shows the URI).
 */
export function useTargetLabels(uris: readonly string[], language: string | undefined): ReadonlyMap<string, string> {
  const { client } = useApi();
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  const key = uris.join('\n');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split('\n') : [];
    void Promise.all(
      wanted.map((uri) =>
        client.vocabularies.findConcept({ uri }).then(
          (c) => (c ? ([uri, conceptLabel(c, language)] as const) : null),
          () => null,
        ),
      ),
    ).then((found) => live && setLabels(new Map(found.filter((f) => f !== null))));
    return () => {
      live = false;
    };
  }, [client, key, language]);
  return labels;
}
