import { useCallback, useEffect, useState } from 'react';
import type { PairAgreement, Reviewer, ReviewQueue, ReviewSettings, ReviewStats } from '../../../../shared/domain/review.js';
import { useApiData, type ApiData } from '../../api/use-api-data.js';
import { useLocalCopy } from '../../api/use-local-copy.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

export interface ReviewData {
  reviewer: Reviewer | null;
  settings: ReviewSettings | null;
  stats: ReviewStats | null;
  queue: ReviewQueue | null;
  adjudication: ReviewQueue | null;
  agreement: PairAgreement[];
  /** Saves name / ORCID in the settings and becomes that reviewer. */
  identify(name: string, orcid: string): Promise<void>;
  setDoubleReview(on: boolean): Promise<void>;
}

const QUEUE_LIMIT = 200;
const NO_AGREEMENT: PairAgreement[] = [];

/** Everything the review screens show, re-read when a decision or a change elsewhere is announced. */
export function useReview(): ReviewData {
  const { client } = useApi();
  const { fail } = useNotify();
  const [reviewer, setReviewer] = useState<Reviewer | null>(null);
  const changes = { domains: ['mappings', 'review'], onError: fail } as const;
  const [settings, setSettings] = useLocalCopy<ReviewSettings | null>(useApiData('review', 'settingsGet', {}, changes).data ?? null);
  const stats: ReviewStats | null = useApiData('review', 'stats', {}, changes).data ?? null;
  const agreement: PairAgreement[] = useApiData('review', 'agreement', {}, changes).data ?? NO_AGREEMENT;
  const queue = useApiData('review', 'queue', reviewer && { reviewerId: reviewer.id, mode: 'review', limit: QUEUE_LIMIT }, changes);
  const adjudication = useApiData(
    'review',
    'queue',
    reviewer && { reviewerId: reviewer.id, mode: 'adjudication', limit: QUEUE_LIMIT },
    changes,
  );

  useEffect(() => {
    let live = true;
    client.app
      .settingsGet({})
      .then((s) => (s.userName.trim() ? client.review.me({}) : null))
      .then((me) => live && setReviewer(me), fail);
    return () => {
      live = false;
    };
  }, [client, fail]);

  const identify = useCallback(
    async (name: string, orcid: string) => {
      try {
        await client.app.settingsUpdate({ userName: name, orcid });
        let me = await client.review.me({});
        if (me.orcid !== orcid) me = await client.review.saveReviewer({ id: me.id, name: me.name, orcid });
        setReviewer(me);
      } catch (error) {
        fail(error);
      }
    },
    [client, fail],
  );

  const setDoubleReview = useCallback(
    async (on: boolean) => {
      setSettings((s) => (s ? { ...s, doubleReview: on } : s));
      try {
        setSettings(await client.review.settingsSet({ doubleReview: on }));
      } catch (error) {
        fail(error);
      }
    },
    [client, fail, setSettings],
  );

  // After switching reviewer the last one's queue is never shown: only answers for the current one.
  const current = (data: ApiData<ReviewQueue>) => (data.stale ? null : (data.data ?? null));
  return { reviewer, settings, stats, queue: current(queue), adjudication: current(adjudication), agreement, identify, setDoubleReview };
}
