import { useState } from 'react';
import type { MigrationAction, MigrationQueueRow } from '../../../../shared/domain/migration.js';
import type { ConceptSummary } from '../../../../shared/domain/vocabulary.js';
import { targetGone } from '../../../../shared/migration-rules.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

interface Props {
  row: MigrationQueueRow;
  suggestion: number;
  to: string;
  busy: boolean;
  onResolve(ids: number[], action: MigrationAction, target?: { uri: string; label?: string }): void;
}

/** Decisions for the focused row: accept its chosen suggestion, keep, no equivalent, or pick another concept of the newer version. */
export function RowActions({ row, suggestion, to, busy, onResolve }: Props) {
  const { client } = useApi();
  const { fail } = useNotify();
  const [text, setText] = useState('');
  const [found, setFound] = useState<ConceptSummary[]>([]);
  const chosen = row.suggestions[suggestion];
  const gone = targetGone(row.reasons);

  const search = (value: string) => {
    setText(value);
    if (value.trim().length < 2) return setFound([]);
    client.vocabularies.search({ id: to, text: value, limit: 8 }).then(setFound, fail);
  };

  return (
    <div role="group" aria-label="Decide the focused row" className="row-actions">
      <button
        type="button"
        disabled={busy || !chosen}
        onClick={() => chosen && onResolve([row.id], 'replace', { uri: chosen.uri, label: chosen.label })}
      >
        Accept “{chosen?.label ?? '—'}”
      </button>
      <button type="button" disabled={busy || gone} onClick={() => onResolve([row.id], 'keep')}>
        Keep as is
      </button>
      <button type="button" disabled={busy} onClick={() => onResolve([row.id], 'no-equivalent')}>
        No equivalent
      </button>
      <label>
        Pick another concept <input type="search" value={text} onChange={(e) => search(e.target.value)} />
      </label>
      {found.length > 0 && (
        <ul aria-label="Concepts found">
          {found.map((c) => (
            <li key={c.uri}>
              <button type="button" disabled={busy} onClick={() => onResolve([row.id], 'replace', { uri: c.uri, label: c.label })}>
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
