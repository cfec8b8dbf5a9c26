import { useEffect, useId, useState } from 'react';
import type { ConceptSummary } from '../../../../shared/domain/vocabulary.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** Type-ahead over every label of the vocabulary (optionally within the scheme). */
export function ConceptSearch({
  vocabularyId,
  scheme,
  onSelect,
}: {
  vocabularyId: string;
  scheme?: string;
  onSelect: (uri: string) => void;
}) {
  const { client } = useApi();
  const { fail } = useNotify();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<ConceptSummary[]>([]);
  const listId = useId();
  useEffect(() => {
    if (!text.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      client.vocabularies.search({ id: vocabularyId, text, scheme, limit: 30 }).then((h) => live && setHits(h), fail);
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, vocabularyId, scheme, text, fail]);
  return (
    <div className="concept-search">
      <label>
        Find a concept
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-controls={listId}
          placeholder="Type a label, synonym or code"
        />
      </label>
      {text.trim() !== '' && hits.length > 0 && (
        <ul id={listId} role="listbox" aria-label="Matching concepts" className="search-hits">
          {hits.map((h) => (
            <li key={h.uri} role="option" aria-selected={false}>
              <button type="button" className="link-like" onClick={() => onSelect(h.uri)}>
                {h.label}
                {h.matched && <span className="muted"> ({h.matched})</span>} <span className="badge">{h.type}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
