// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MigrationQueueRow } from '../../../../shared/domain/migration.js';
import { MigrationQueue } from './MigrationQueue.js';

afterEach(cleanup);

const row = (id: number, key: string, suggestions: string[]): MigrationQueueRow => ({
  id,
  mappingId: id,
  sourceItemId: id,
  sourceKey: key,
  sourceText: `text ${key}`,
  relation: 'exactMatch',
  fromVocabulary: 'v1',
  oldTarget: { uri: `http://x/${key}`, label: `old ${key}` },
  newLabel: null,
  reasons: ['removed'],
  replacement: null,
  suggestions: suggestions.map((label) => ({ uri: `http://x/${label}`, label, origin: 'engine' as const, score: 0.5 })),
  resolution: null,
});

/** The queue with its focus state held as the panel holds it. */
function Harness(props: { rows: MigrationQueueRow[]; onAccept(r: MigrationQueueRow, i: number): void; onUndo(): void }) {
  const [focused, setFocused] = useState(0);
  const [suggestion, setSuggestion] = useState(0);
  return (
    <MigrationQueue
      rows={props.rows}
      focused={focused}
      onFocus={(i) => (setFocused(i), setSuggestion(0))}
      suggestion={suggestion}
      onSuggestion={setSuggestion}
      onAccept={props.onAccept}
      onUndo={props.onUndo}
      onRedo={() => undefined}
    />
  );
}

describe('MigrationQueue', () => {
  it('moves with the arrow keys, accepts the focused suggestion with Enter and undoes with Ctrl+Z', () => {
    const rows = [row(1, 'LO1', ['a']), row(2, 'LO2', ['b', 'c'])];
    const onAccept = vi.fn();
    const onUndo = vi.fn();
    render(<Harness rows={rows} onAccept={onAccept} onUndo={onUndo} />);
    const queue = screen.getByRole('listbox', { name: 'Migration queue' });
    fireEvent.keyDown(queue, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('LO2');
    fireEvent.keyDown(queue, { key: 'ArrowRight' });
    fireEvent.keyDown(queue, { key: 'ArrowRight' });
    expect(screen.getByRole('option', { selected: true }).querySelector('[aria-current="true"]')!.textContent).toContain('c');
    fireEvent.keyDown(queue, { key: 'Enter' });
    expect(onAccept).toHaveBeenCalledWith(rows[1], 1);
    fireEvent.keyDown(queue, { key: 'z', ctrlKey: true });
    expect(onUndo).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(queue, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('LO2');
  });

  it('does not accept when the row has no suggestion', () => {
    const onAccept = vi.fn();
    render(<Harness rows={[row(1, 'LO1', [])]} onAccept={onAccept} onUndo={() => undefined} />);
    fireEvent.keyDown(screen.getByRole('listbox', { name: 'Migration queue' }), { key: 'Enter' });
    expect(onAccept).not.toHaveBeenCalled();
    expect(screen.getByText('no suggestion')).toBeTruthy();
  });
});
