// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { commandForKey, isTypingTarget } from './keyboard.js';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  commandForKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('workbench keyboard model', () => {
  it('moves through items with arrows and j/k, through candidates with ←/→ and h/l', () => {
    expect(press('j')).toEqual({ type: 'next-item' });
    expect(press('ArrowDown')).toEqual({ type: 'next-item' });
    expect(press('k')).toEqual({ type: 'previous-item' });
    expect(press('ArrowUp')).toEqual({ type: 'previous-item' });
    expect(press('l')).toEqual({ type: 'next-candidate' });
    expect(press('ArrowLeft')).toEqual({ type: 'previous-candidate' });
  });

  it('maps 1–5 to the five SKOS relations from the relations data', () => {
    expect(['1', '2', '3', '4', '5'].map((k) => press(k))).toEqual([
      { type: 'relation', relation: 'exactMatch' },
      { type: 'relation', relation: 'closeMatch' },
      { type: 'relation', relation: 'broadMatch' },
      { type: 'relation', relation: 'narrowMatch' },
      { type: 'relation', relation: 'relatedMatch' },
    ]);
    expect(press('6')).toBeNull();
  });

  it('knows n, u, x, Delete, /, ? and the undo/redo chords', () => {
    expect(press('n')).toEqual({ type: 'no-match' });
    expect(press('u')).toEqual({ type: 'unsure' });
    expect(press('x')).toEqual({ type: 'must-not-map' });
    expect(press('Delete')).toEqual({ type: 'delete' });
    expect(press('/')).toEqual({ type: 'search' });
    expect(press('?', { shiftKey: true })).toEqual({ type: 'shortcuts' });
    expect(press('z', { ctrlKey: true })).toEqual({ type: 'undo' });
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toEqual({ type: 'redo' });
    expect(press('y', { metaKey: true })).toEqual({ type: 'redo' });
    expect(press('j', { ctrlKey: true })).toBeNull();
    expect(press('1', { altKey: true })).toBeNull();
  });

  it('leaves keys typed into text fields alone', () => {
    const input = document.createElement('input');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('div'))).toBe(false);
  });
});
