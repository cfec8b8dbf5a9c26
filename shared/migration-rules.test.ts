import { describe, expect, it } from 'vitest';
import type { MigrationQueueRow, MigrationSuggestion } from './domain/migration.js';
import { bulkActions, mergeSuggestions, reasonsOf, refusal, targetGone } from './migration-rules.js';

type Row = Pick<MigrationQueueRow, 'reasons' | 'replacement' | 'suggestions'>;
const s = (uri: string, origin: MigrationSuggestion['origin'], score = 1): MigrationSuggestion => ({ uri, label: uri, origin, score });
const row = (reasons: Row['reasons'], suggestions: MigrationSuggestion[] = [], replacement: Row['replacement'] = null): Row => ({
  reasons,
  suggestions,
  replacement,
});

describe('queue rules', () => {
  it('queues removed, replaced, deprecated, relabelled, moved and retyped targets, not description or reuse-level changes', () => {
    expect(reasonsOf(['relabelled', 'description-changed'])).toEqual(['relabelled']);
    expect(reasonsOf(['description-changed', 'reuse-level-changed'])).toEqual([]);
    expect(reasonsOf(['type-changed', 'moved', 'replaced', 'deprecated'])).toEqual(['replaced', 'deprecated', 'moved', 'type-changed']);
    expect(targetGone(['removed'])).toBe(true);
    expect(targetGone(['replaced'])).toBe(true);
    // Deprecated with a successor: still a concept of the newer version.
    expect(targetGone(['replaced', 'deprecated'])).toBe(false);
    expect(targetGone(['relabelled', 'moved'])).toBe(false);
  });

  it('allows any decision for one row, but keep only where the target is still there', () => {
    expect(refusal('keep', [row(['deprecated'])], false)).toBeNull();
    expect(refusal('keep', [row(['removed'])], false)).toMatch(/cannot be kept/);
    expect(refusal('no-equivalent', [row(['relabelled'])], false)).toBeNull();
    expect(refusal('replace', [row(['removed'])], false)).toMatch(/no suggestion/);
    expect(refusal('replace', [row(['removed'])], true)).toBeNull();
    expect(refusal('replace', [row(['removed'], [s('a', 'engine', 0.4)])], false)).toBeNull();
    expect(refusal('keep', [], false)).toMatch(/No open row/);
  });

  it('allows several rows at once only where their reasons make it safe', () => {
    const relabelled = row(['relabelled'], [s('same', 'same-concept')]);
    const moved = row(['moved', 'type-changed'], [s('same', 'same-concept')]);
    const removedByLabel = row(['removed'], [s('new', 'same-label')]);
    const removedByEngine = row(['removed'], [s('guess', 'engine', 0.7)]);
    const split = row(['replaced'], [s('a', 'replacement'), s('b', 'replacement')], 'split');
    const deprecated = row(['deprecated'], [s('succ', 'replacement')], 'one-to-one');

    expect(refusal('keep', [relabelled, moved], false)).toBeNull();
    expect(refusal('keep', [relabelled, deprecated], false)).toMatch(/only relabelled, moved or retyped/);
    expect(refusal('replace', [relabelled, removedByLabel, deprecated], false)).toBeNull();
    expect(refusal('replace', [removedByLabel, removedByEngine], false)).toMatch(/vocabulary's own data/);
    expect(refusal('replace', [removedByLabel, split], false)).toMatch(/vocabulary's own data/);
    // A concept the user picked may replace many targets at once.
    expect(refusal('replace', [removedByEngine, split], true)).toBeNull();
    expect(refusal('no-equivalent', [removedByEngine, deprecated, split], false)).toBeNull();
    expect(refusal('no-equivalent', [removedByEngine, relabelled], false)).toMatch(/gone or deprecated/);

    expect(bulkActions([relabelled, moved])).toEqual(['keep', 'replace']);
    expect(bulkActions([removedByEngine, deprecated])).toEqual(['no-equivalent']);
    expect(bulkActions([relabelled])).toEqual([]);
  });

  it('merges suggestions: replacement data, then the same concept, then the same label, then the engine by score; each URI once', () => {
    const merged = mergeSuggestions([
      [s('e1', 'engine', 0.5), s('r', 'engine', 0.9)],
      [s('l', 'same-label')],
      [s('r', 'replacement')],
      [s('e2', 'engine', 0.8)],
    ]);
    expect(merged.map((m) => [m.uri, m.origin])).toEqual([
      ['r', 'replacement'],
      ['l', 'same-label'],
      ['e2', 'engine'],
      ['e1', 'engine'],
    ]);
    expect(mergeSuggestions([Array.from({ length: 20 }, (_, i) => s(`e${i}`, 'engine', i / 20))], 3).map((m) => m.uri)).toEqual([
      'e19',
      'e18',
      'e17',
    ]);
  });
});
