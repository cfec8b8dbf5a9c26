import { describe, expect, it } from 'vitest';
import { clampMove, queueCommand } from './queue-keys.js';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('migration queue keys', () => {
  it('moves with the arrows, accepts with Enter, undoes with Ctrl+Z or ⌘Z', () => {
    expect(queueCommand(key('ArrowDown'))).toEqual({ type: 'row', delta: 1 });
    expect(queueCommand(key('ArrowUp'))).toEqual({ type: 'row', delta: -1 });
    expect(queueCommand(key('ArrowRight'))).toEqual({ type: 'suggestion', delta: 1 });
    expect(queueCommand(key('ArrowLeft'))).toEqual({ type: 'suggestion', delta: -1 });
    expect(queueCommand(key('Enter'))).toEqual({ type: 'accept' });
    expect(queueCommand(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(queueCommand(key('Z', { metaKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(queueCommand(key('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
    expect(queueCommand(key('z'))).toBeNull();
    expect(queueCommand(key('Enter', { altKey: true }))).toBeNull();
  });

  it('keeps the focus inside the list', () => {
    expect(clampMove(0, -1, 3)).toBe(0);
    expect(clampMove(2, 1, 3)).toBe(2);
    expect(clampMove(1, 1, 3)).toBe(2);
    expect(clampMove(5, 0, 0)).toBe(0);
  });
});
