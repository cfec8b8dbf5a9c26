import { useEffect, useId, useRef } from 'react';
import type { ReviewDecision, ReviewQueueItem } from '../../../../shared/domain/review.js';
import { relationLabel } from '../workbench/relations.js';
import type { ReviewContext } from './use-review-context.js';

const DECISION_LABELS: Record<ReviewDecision, string> = { accept: 'Accept', reject: 'Reject', unsure: 'Unsure' };

/**
 * One mapping to review: the source text, the relation and the target; a comment; accept / reject
 * / unsure. In a blind second review the first decision is not shown; in adjudication both are.
 */
export function ReviewCard({
  item,
  active,
  comment,
  onComment,
  onActivate,
  onDecide,
  context = null,
}: {
  item: ReviewQueueItem;
  /** The course, the target's broader concepts and description (null while on their way). */
  context?: ReviewContext | null;
  active: boolean;
  comment: string;
  onComment(comment: string): void;
  onActivate(): void;
  onDecide(decision: ReviewDecision, comment: string): void;
}) {
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  const m = item.mapping;
  const target = m.kind === 'no-match' ? `no match in ${m.targetVocabularyId ?? ''}` : (m.target?.label ?? '');
  return (
    <article
      ref={ref}
      className={`review-card${active ? ' review-card-active' : ''}`}
      aria-labelledby={titleId}
      aria-current={active ? 'true' : undefined}
      data-testid="review-card"
      onClick={onActivate}
    >
      <h3 id={titleId} className="review-title">
        <span className="item-key">{item.sourceKey}</span> {item.sourceText}
      </h3>
      <p>
        {m.kind === 'match' && <span className="badge badge-relation">{relationLabel(m.relation)}</span>}
        {m.kind === 'must-not-map' && <span className="badge badge-negative">must not map</span>}
        <strong>{target}</strong> {m.target && <code className="muted">{m.target.uri}</code>}
      </p>
      {context && (context.course || context.description || context.broader.length > 0) && (
        <dl className="review-context" data-testid="review-context">
          {context.course && (
            <>
              <dt>Course</dt>
              <dd>{context.course}</dd>
            </>
          )}
          {context.broader.length > 0 && (
            <>
              <dt>Broader concept</dt>
              <dd>{context.broader.join('; ')}</dd>
            </>
          )}
          {context.description && (
            <>
              <dt>Target description</dt>
              <dd>{context.description}</dd>
            </>
          )}
        </dl>
      )}
      <p className="muted">
        {m.justification}
        {m.score != null && ` · score ${m.score.toFixed(2)}`}
        {m.author && ` · by ${m.author}`}
        {m.comment && ` · “${m.comment}”`}
      </p>
      {item.round === 2 && <p className="muted">Second, blind review: the first reviewer's decision is hidden.</p>}
      {item.round === 'adjudication' && (
        <ul aria-label="Decisions to adjudicate">
          {item.decisions.map((d) => (
            <li key={d.id}>
              <strong>{d.reviewerName}</strong>: {d.decision}
              {d.comment && ` — “${d.comment}”`}
            </li>
          ))}
        </ul>
      )}
      <div className="review-actions">
        <label>
          Comment
          <input
            value={comment}
            onChange={(e) => onComment(e.target.value)}
            onFocus={onActivate}
            aria-label={`Comment on ${item.sourceKey} → ${target}`}
          />
        </label>
        {(Object.keys(DECISION_LABELS) as ReviewDecision[]).map((decision) => (
          <button
            key={decision}
            type="button"
            className={decision === 'accept' ? 'primary' : undefined}
            onClick={() => onDecide(decision, comment)}
          >
            {item.round === 'adjudication' ? `Adjudicate: ${DECISION_LABELS[decision]}` : DECISION_LABELS[decision]}
          </button>
        ))}
      </div>
    </article>
  );
}
