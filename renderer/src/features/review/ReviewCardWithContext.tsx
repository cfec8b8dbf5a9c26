import type { ComponentProps } from 'react';
import { ReviewCard } from './ReviewCard.js';
import { useReviewContext } from './use-review-context.js';

/** A review card with its context read through the contract (the card itself only renders). */
export function ReviewCardWithContext(props: Omit<ComponentProps<typeof ReviewCard>, 'context'>) {
  const m = props.item.mapping;
  const context = useReviewContext(m.sourceItemId, m.target?.uri ?? null);
  return <ReviewCard {...props} context={context} />;
}
