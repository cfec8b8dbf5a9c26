import type { ReviewDecision } from '../../../../shared/domain/review.js';

export type ReviewKeyCommand = { type: 'move'; by: 1 | -1 } | { type: 'decide'; decision: ReviewDecision };

export const REVIEW_SHORTCUTS: readonly { keys: string; description: string }[] = [
  { keys: 'j / ↓', description: 'next mapping' },
  { keys: 'k / ↑', description: 'previous mapping' },
  { keys: 'a', description: 'accept' },
  { keys: 'r', description: 'reject' },
  { keys: 'u', description: 'unsure' },
];

/** Review queue keys: move through the cards, decide the active one (with the comment typed on it). */
export function reviewCommandForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): ReviewKeyCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      return { type: 'move', by: 1 };
    case 'k':
    case 'ArrowUp':
      return { type: 'move', by: -1 };
    case 'a':
      return { type: 'decide', decision: 'accept' };
    case 'r':
      return { type: 'decide', decision: 'reject' };
    case 'u':
      return { type: 'decide', decision: 'unsure' };
  }
  return null;
}
