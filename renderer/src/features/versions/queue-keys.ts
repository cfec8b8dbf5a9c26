/** What a key press in the migration queue asks for. */
export type QueueCommand =
  { type: 'row'; delta: number } | { type: 'suggestion'; delta: number } | { type: 'accept' } | { type: 'undo' } | { type: 'redo' } | null;

/**
 * The queue's keys: ↑/↓ move between rows, ←/→ between the focused row's suggestions, Enter
 * accepts the focused suggestion, Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac) undo and redo.
 */
export function queueCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): QueueCommand {
  if (event.altKey) return null;
  if (event.ctrlKey || event.metaKey) {
    if (event.key.toLowerCase() === 'z') return event.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (event.key.toLowerCase() === 'y') return { type: 'redo' };
    return null;
  }
  switch (event.key) {
    case 'ArrowDown':
      return { type: 'row', delta: 1 };
    case 'ArrowUp':
      return { type: 'row', delta: -1 };
    case 'ArrowRight':
      return { type: 'suggestion', delta: 1 };
    case 'ArrowLeft':
      return { type: 'suggestion', delta: -1 };
    case 'Enter':
      return { type: 'accept' };
    default:
      return null;
  }
}

/** A position moved by delta and kept inside 0..count-1 (0 when there is nothing). */
export function clampMove(index: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, index + delta));
}
