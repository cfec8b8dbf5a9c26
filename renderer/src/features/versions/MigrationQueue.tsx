import { useEffect, useState, type KeyboardEvent } from 'react';
import type { MigrationQueueRow } from '../../../../shared/domain/migration.js';
import { clampMove, queueCommand } from './queue-keys.js';

interface Props {
  rows: MigrationQueueRow[];
  focused: number;
  onFocus(index: number): void;
  /** The focused row's chosen suggestion (← / →). */
  suggestion: number;
  onSuggestion(index: number): void;
  onAccept(row: MigrationQueueRow, suggestion: number): void;
  onUndo(): void;
  onRedo(): void;
}

/**
 * The open rows of the migration queue as a listbox: ↑/↓ move between rows, ←/→ between the
 * focused row's suggestions, Enter accepts the focused suggestion, Ctrl+Z undoes.
 */
export function MigrationQueue({ rows, focused, onFocus, suggestion, onSuggestion, onAccept, onUndo, onRedo }: Props) {
  const [hasFocus, setHasFocus] = useState(false);
  const current = rows[focused];
  useEffect(() => {
    if (hasFocus) document.getElementById(`queue-row-${current?.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, hasFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const command = queueCommand(event.nativeEvent);
    if (!command) return;
    event.preventDefault();
    if (command.type === 'row') onFocus(clampMove(focused, command.delta, rows.length));
    else if (command.type === 'suggestion') onSuggestion(clampMove(suggestion, command.delta, current?.suggestions.length ?? 0));
    else if (command.type === 'accept' && current?.suggestions[suggestion]) onAccept(current, suggestion);
    else if (command.type === 'undo') onUndo();
    else if (command.type === 'redo') onRedo();
  };

  return (
    <div
      role="listbox"
      aria-label="Migration queue"
      tabIndex={0}
      className="migration-queue"
      aria-activedescendant={current ? `queue-row-${current.id}` : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => setHasFocus(true)}
      onBlur={() => setHasFocus(false)}
    >
      {rows.map((row, index) => (
        <div
          key={row.id}
          id={`queue-row-${row.id}`}
          role="option"
          aria-selected={index === focused}
          className="queue-row"
          onClick={() => onFocus(index)}
        >
          <span className="item-key">{row.sourceKey}</span> {row.sourceText}
          <div>
            {row.relation ?? 'statement'} → <s>{row.oldTarget.label || row.oldTarget.uri}</s>
            {row.newLabel && row.newLabel !== row.oldTarget.label ? ` (now “${row.newLabel}”)` : ''}{' '}
            <span className="reasons">{row.reasons.join(', ')}</span>
            {row.replacement ? ` (${row.replacement})` : ''}
          </div>
          <ol className="queue-suggestions" aria-label={`Suggestions for ${row.sourceKey}`}>
            {row.suggestions.map((s, i) => (
              <li key={s.uri} aria-current={index === focused && i === suggestion ? 'true' : undefined} title={s.uri}>
                {s.label}{' '}
                <span className="muted">
                  ({s.origin}
                  {s.origin === 'engine' ? ` ${s.score.toFixed(2)}` : ''})
                </span>
              </li>
            ))}
            {row.suggestions.length === 0 && <li className="muted">no suggestion</li>}
          </ol>
        </div>
      ))}
      {rows.length === 0 && <p className="muted">Nothing open in the queue.</p>}
    </div>
  );
}
