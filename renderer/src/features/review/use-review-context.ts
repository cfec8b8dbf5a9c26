import { useEffect, useState } from 'react';
import { useApi } from '../../app/api-context.js';
import { conceptLabel } from '../problems/target-labels.js';

export interface ReviewContext {
  /** The target's description, '' when it has none. */
  description: string;
  /** Labels of the target's broader concepts. */
  broader: string[];
  /** The source item's course (its group), '' when it has none. */
  course: string;
}

/**
 * What a reviewer needs beside the mapping to judge it: the target's description and broader
 * concept from the library, and the source item's course. `null` arguments: nothing is asked.
 */
export function useReviewContext(sourceItemId: number | null, targetUri: string | null, language = 'en'): ReviewContext | null {
  const { client } = useApi();
  const [context, setContext] = useState<{ key: string; value: ReviewContext } | null>(null);
  const key = `${sourceItemId}|${targetUri}`;
  useEffect(() => {
    if (sourceItemId == null) return;
    let live = true;
    const concept = targetUri ? client.vocabularies.findConcept({ uri: targetUri }).catch(() => null) : Promise.resolve(null);
    void Promise.all([concept, client.sources.getItem({ id: sourceItemId }).catch(() => null)]).then(async ([found, item]) => {
      const broader = await Promise.all(
        (found?.broader ?? []).slice(0, 3).map((uri) =>
          client.vocabularies.findConcept({ uri }).then(
            (b) => (b ? conceptLabel(b, language) : uri),
            () => uri,
          ),
        ),
      );
      const description = found ? (found.description[language] ?? found.description.en ?? Object.values(found.description)[0] ?? '') : '';
      if (live) setContext({ key, value: { description, broader, course: item?.group ? item.group.title || item.group.key : '' } });
    });
    return () => {
      live = false;
    };
  }, [client, key, sourceItemId, targetUri, language]);
  return context && context.key === key ? context.value : null;
}
