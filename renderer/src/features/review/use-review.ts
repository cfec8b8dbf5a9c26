import { useCallback, useEffect, useState } from 'react';
import { namesAnyOf } from '../../../../shared/domain/events.js';
import type { PairAgreement, Reviewer, ReviewQueue, ReviewSettings, ReviewStats } from '../../../../shared/domain/review.js';
import { useApi, useAppEvents } from '../../app/api-context.js';
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
  reload(): void;
}

const QUEUE_LIMIT = 200;

/** Everything the review screens show, re-read after each decision or change elsewhere. */
export function useReview(): ReviewData {
  const { client } = useApi();
  const { fail } = useNotify();
  const [reviewer, setReviewer] = useState<Reviewer | null>(null);
  const [settings, setSettings] = useState<ReviewSettings | null>(null);
  const [stats, setStats] = useState<ReviewStats | null>(null);
  // Queues remember whose they are: after switching reviewer the last one's queue is never shown.
  const [queues, setQueues] = useState<{ reviewerId: number; queue: ReviewQueue; adjudication: ReviewQueue } | null>(null);
  const [agreement, setAgreement] = useState<PairAgreement[]>([]);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

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

  useEffect(() => {
    let live = true;
    Promise.all([client.review.settingsGet({}), client.review.stats({}), client.review.agreement({})]).then(([s, st, ag]) => {
      if (!live) return;
      setSettings(s);
      setStats(st);
      setAgreement(ag);
    }, fail);
    if (reviewer) {
      Promise.all([
        client.review.queue({ reviewerId: reviewer.id, mode: 'review', limit: QUEUE_LIMIT }),
        client.review.queue({ reviewerId: reviewer.id, mode: 'adjudication', limit: QUEUE_LIMIT }),
      ]).then(([queue, adjudication]) => live && setQueues({ reviewerId: reviewer.id, queue, adjudication }), fail);
    }
    return () => {
      live = false;
    };
  }, [client, fail, reviewer, generation]);

  useAppEvents((event) => {
    if (namesAnyOf(event, ['mappings', 'review'])) reload();
  });

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
        reload();
      } catch (error) {
        fail(error);
      }
    },
    [client, fail, reload],
  );

  const mine = queues && reviewer && queues.reviewerId === reviewer.id ? queues : null;
  return { reviewer, settings, stats, queue: mine?.queue ?? null, adjudication: mine?.adjudication ?? null, agreement, identify, setDoubleReview, reload };
}
