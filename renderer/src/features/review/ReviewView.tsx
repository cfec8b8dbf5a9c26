import { useEffect, useRef, useState } from 'react';
import type { ReviewDecision, ReviewQueue } from '../../../../shared/domain/review.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import { keyBelongsElsewhere } from '../workbench/keyboard.js';
import { AgreementTable } from './AgreementTable.js';
import { ReviewCardWithContext } from './ReviewCardWithContext.js';
import { ReviewerIdentity } from './ReviewerIdentity.js';
import { REVIEW_SHORTCUTS, reviewCommandForKey } from './review-keys.js';
import { saveFile } from '../../ui/save-file.js';
import { useReview } from './use-review.js';

type Tab = 'queue' | 'adjudication' | 'agreement';

/** Review for QA agencies and standards groups: queue, blind second review, adjudication, kappa, report. */
export function ReviewView() {
  const api = useApi();
  const { notify, fail } = useNotify();
  const review = useReview();
  const [tab, setTab] = useState<Tab>('queue');
  const { reviewer, settings, stats } = review;

  async function decide(mappingId: number, decision: ReviewDecision, comment: string, adjudicate: boolean) {
    if (!reviewer) return;
    try {
      const args = { reviewerId: reviewer.id, mappingId, decision, comment: comment || undefined };
      if (adjudicate) await api.client.review.adjudicate(args);
      else await api.client.review.decide(args);
      notify('success', `${adjudicate ? 'Adjudicated' : 'Decided'}: ${decision}`);
    } catch (error) {
      fail(error);
    }
  }

  async function exportReport() {
    try {
      const written = await saveFile(api, { title: 'Save review-report.csv', name: 'review-report.csv', extension: 'csv' }, (output) =>
        api.client.review.reportCsv({ output }),
      );
      if (written) notify('success', `Review report written: ${written.path ?? written.name}`);
    } catch (error) {
      fail(error);
    }
  }

  const tabs: { id: Tab; label: string }[] = [
    { id: 'queue', label: `Review queue (${review.queue?.total ?? 0})` },
    { id: 'adjudication', label: `Adjudication (${review.adjudication?.total ?? 0})` },
    { id: 'agreement', label: 'Agreement' },
  ];

  return (
    <section className="view-page review-view" aria-labelledby="review-title">
      <h1 id="review-title">Review</h1>
      <ReviewerIdentity key={reviewer?.id ?? 0} reviewer={reviewer} onSave={review.identify} />
      <div className="filters">
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={settings?.doubleReview ?? false}
            disabled={!settings}
            onChange={(e) => void review.setDoubleReview(e.target.checked)}
          />
          Second, blind review (two reviewers per mapping; disagreements go to adjudication)
        </label>
        <button type="button" onClick={() => void exportReport()}>
          Export review report (CSV)…
        </button>
      </div>
      {stats && (
        <p className="muted" data-testid="review-stats">
          {stats.proposed} proposed · {stats.reviewedOnce} reviewed once · {stats.reviewedTwice} reviewed twice · {stats.disagreements}{' '}
          disagreement(s) · {stats.adjudicated} adjudicated
        </p>
      )}
      <div role="tablist" aria-label="Review screens" className="segmented">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`review-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`review-panel-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`review-panel-${tab}`} aria-labelledby={`review-tab-${tab}`} className="review-panel">
        {tab === 'agreement' ? (
          <AgreementTable pairs={review.agreement} />
        ) : !reviewer ? (
          <p>Enter your name above to start reviewing; every decision is recorded with it.</p>
        ) : (
          <QueueList
            key={`${reviewer.id}-${tab}`}
            queue={tab === 'queue' ? review.queue : review.adjudication}
            adjudicate={tab === 'adjudication'}
            onDecide={decide}
          />
        )}
      </div>
    </section>
  );
}

function QueueList({
  queue,
  adjudicate,
  onDecide,
}: {
  queue: ReviewQueue | null;
  adjudicate: boolean;
  onDecide(mappingId: number, decision: ReviewDecision, comment: string, adjudicate: boolean): Promise<void>;
}) {
  const [activeId, setActiveId] = useState<number | null>(null);
  const [comments, setComments] = useState<ReadonlyMap<number, string>>(new Map());
  const items = queue?.items ?? [];
  const found = items.findIndex((i) => i.mapping.id === activeId);
  const activeIndex = found >= 0 ? found : 0;

  const decide = (mappingId: number, decision: ReviewDecision) => {
    // The next card becomes active once this one leaves the queue.
    const next = items[activeIndex + 1] ?? items[activeIndex - 1];
    if (items[activeIndex]?.mapping.id === mappingId) setActiveId(next?.mapping.id ?? null);
    void onDecide(mappingId, decision, comments.get(mappingId) ?? '', adjudicate);
  };
  const keys = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    keys.current = (event) => {
      if (keyBelongsElsewhere(event)) return;
      const command = reviewCommandForKey(event);
      const active = items[activeIndex];
      if (!command || !active) return;
      event.preventDefault();
      if (command.type === 'move') setActiveId(items[Math.max(0, Math.min(items.length - 1, activeIndex + command.by))]!.mapping.id);
      else decide(active.mapping.id, command.decision);
    };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keys.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  if (!queue) return <p className="muted">Loading…</p>;
  if (items.length === 0)
    return <p className="muted">{adjudicate ? 'No disagreements to adjudicate.' : 'Nothing waiting for your review.'}</p>;
  return (
    <div className="review-queue">
      <p className="muted">
        Keys: {REVIEW_SHORTCUTS.map((s) => `${s.keys} ${s.description}`).join(' · ')}
        {queue.total > items.length && ` — showing ${items.length} of ${queue.total}`}
      </p>
      {items.map((item, index) => (
        <ReviewCardWithContext
          key={item.mapping.id}
          item={item}
          active={index === activeIndex}
          comment={comments.get(item.mapping.id) ?? ''}
          onComment={(text) => setComments((all) => new Map(all).set(item.mapping.id, text))}
          onActivate={() => setActiveId(item.mapping.id)}
          onDecide={(decision) => decide(item.mapping.id, decision)}
        />
      ))}
    </div>
  );
}
