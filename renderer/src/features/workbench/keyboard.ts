import type { MappingRelation } from '../../../../shared/skos.js';
import { relationByKey } from './relations.js';

/** What a key press means in the workbench; the view turns commands into actions. */
export type WorkbenchCommand =
  | { type: 'next-item' }
  | { type: 'previous-item' }
  | { type: 'next-candidate' }
  | { type: 'previous-candidate' }
  | { type: 'relation'; relation: MappingRelation }
  | { type: 'no-match' }
  | { type: 'unsure' }
  | { type: 'must-not-map' }
  | { type: 'delete' }
  | { type: 'search' }
  | { type: 'shortcuts' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'toggle-row' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** One line of the shortcut list: keys as the user presses them and what they do. */
export interface ShortcutHelp {
  keys: string[];
  description: string;
}

export const WORKBENCH_SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: ['↓', 'j'], description: 'Next source item' },
  { keys: ['↑', 'k'], description: 'Previous source item' },
  { keys: ['→', 'l'], description: 'Next candidate or mapping' },
  { keys: ['←', 'h'], description: 'Previous candidate or mapping' },
  { keys: ['1'], description: 'Exact match: accept the highlighted candidate (or change the mapping)' },
  { keys: ['2'], description: 'Close match' },
  { keys: ['3'], description: 'Broad match (target is broader)' },
  { keys: ['4'], description: 'Narrow match (target is narrower)' },
  { keys: ['5'], description: 'Related match' },
  { keys: ['n'], description: 'No match in the target vocabulary' },
  { keys: ['u'], description: 'Unsure: mark the highlighted candidate or mapping' },
  { keys: ['x'], description: 'Must not map to the highlighted candidate' },
  { keys: ['Delete'], description: 'Remove the highlighted mapping' },
  { keys: ['Space'], description: 'Select or deselect the item for bulk actions' },
  { keys: ['/', 'Ctrl+F'], description: 'Search the target vocabulary to add a mapping' },
  { keys: ['Ctrl+Z'], description: 'Undo' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], description: 'Redo' },
  { keys: ['?'], description: 'Show all shortcuts' },
];

/** The command for a key press, or null when the key is not a workbench shortcut. */
export function commandForKey(event: KeyLike): WorkbenchCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key;
  if (mod && !event.altKey) {
    const lower = key.toLowerCase();
    if (lower === 'z') return event.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (lower === 'y') return { type: 'redo' };
    if (lower === 'f') return { type: 'search' };
    return null;
  }
  if (mod || event.altKey) return null;
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return { type: 'next-item' };
    case 'ArrowUp':
    case 'k':
      return { type: 'previous-item' };
    case 'ArrowRight':
    case 'l':
      return { type: 'next-candidate' };
    case 'ArrowLeft':
    case 'h':
      return { type: 'previous-candidate' };
    case 'n':
      return { type: 'no-match' };
    case 'u':
      return { type: 'unsure' };
    case 'x':
      return { type: 'must-not-map' };
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' };
    case '/':
      return { type: 'search' };
    case '?':
      return { type: 'shortcuts' };
    case ' ':
      return { type: 'toggle-row' };
  }
  const relation = relationByKey(key);
  return relation ? { type: 'relation', relation: relation.id } : null;
}

/** Keys typed into a text field, select or the like belong to that field, not to the workbench. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

/** A key press view shortcuts leave alone: already handled, typed into a field, or meant for an open dialog. */
export function keyBelongsElsewhere(event: KeyboardEvent): boolean {
  return event.defaultPrevented || isTypingTarget(event.target) || document.querySelector('dialog[open]') !== null;
}

/**
 * The menu's Undo / Redo (Electron sends them as commands) act on the text field being edited
 * when one has focus, and on mappings otherwise. Returns true when a text field took it.
 */
export function textFieldTakesMenuCommand(command: 'undo' | 'redo'): boolean {
  if (!isTypingTarget(document.activeElement)) return false;
  // execCommand is deprecated but still the only way to reach a field's own undo stack.
  document.execCommand(command);
  return true;
}
