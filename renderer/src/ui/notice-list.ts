export interface Notice {
  id: number;
  kind: 'error' | 'info' | 'success';
  message: string;
  /** How many times this message was shown while it stayed visible. */
  count: number;
  /** Changes each time the notice is repeated, so an older dismissal timer leaves it alone. */
  stamp: number;
}

/** Toasts visible at once; older ones give way (a review session announces every decision). */
export const MAX_NOTICES = 3;

/**
 * The toasts after one more message: a message already shown (same kind and text) is counted
 * and moved to the end instead of stacking a copy; at most MAX_NOTICES stay.
 */
export function addNotice(all: readonly Notice[], next: { kind: Notice['kind']; message: string }, id: number, stamp: number): Notice[] {
  const same = all.find((n) => n.kind === next.kind && n.message === next.message);
  const added: Notice = same ? { ...same, count: same.count + 1, stamp } : { id, ...next, count: 1, stamp };
  return [...all.filter((n) => n !== same), added].slice(-MAX_NOTICES);
}

/** Removes the notice last shown with this stamp (a notice repeated since carries a newer one and stays). */
export function expireNotice(all: readonly Notice[], stamp: number): readonly Notice[] {
  return all.some((n) => n.stamp === stamp) ? all.filter((n) => n.stamp !== stamp) : all;
}
