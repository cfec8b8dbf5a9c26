import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ConceptSummary } from '../../../../shared/domain/vocabulary.js';

interface Props {
  /** Type-ahead over the target vocabulary's labels. */
  search(text: string): Promise<ConceptSummary[]>;
  onPick(concept: ConceptSummary): void;
}

/**
 * A combobox for finding a concept that was not suggested (the dialog around it names the vocabulary): type, move with ↑/↓, Enter picks.
 * Responses that arrive after a newer query are dropped.
 */
export function TargetSearch({ search, onPick }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<ConceptSummary[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const query = text.trim();
    const ticket = ++latest.current;
    if (!query) return;
    const timer = setTimeout(() => {
      search(query).then(
        (found) => {
          if (ticket !== latest.current) return;
          setResults(found);
          setActive(0);
          setError(null);
        },
        (e: unknown) => ticket === latest.current && setError(e instanceof Error ? e.message : String(e)),
      );
    }, 120);
    return () => clearTimeout(timer);
  }, [text, search]);

  const shown = text.trim() ? results : [];
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, shown.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter' && shown[active]) onPick(shown[active]);
    else return;
    event.preventDefault();
  }

  return (
    <div className="target-search">
      <label htmlFor={`${id}-input`}>Search concepts</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown[active] ? `${id}-${active}` : undefined}
        autoFocus
        data-autofocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Label, alternative label or notation"
      />
      {error && <p role="alert">{error}</p>}
      <ul id={`${id}-list`} role="listbox" aria-label="Matching concepts" className="search-results">
        {shown.map((concept, index) => (
          <li
            key={concept.uri}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'entry-active' : undefined}
            onMouseEnter={() => setActive(index)}
            onClick={() => onPick(concept)}
          >
            <span className="candidate-name">{concept.label}</span>
            {concept.matched && <span className="candidate-matched">matched “{concept.matched}”</span>}
            <span className="badge badge-type">{concept.type}</span>
            {concept.notation && <span className="muted"> {concept.notation}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
