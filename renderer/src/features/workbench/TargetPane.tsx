import { useState } from 'react';
import { ConceptDetails } from '../vocabularies/ConceptDetails.js';

interface Target {
  uri: string;
  label: string;
  vocabularyId: string;
}

interface Props {
  target: Target | null;
  /** Vocabulary versions in the library: targets of other versions are shown by label only. */
  libraryIds: ReadonlySet<string>;
}

/** The highlighted target concept: labels, description, hierarchy and related concepts. */
export function TargetPane({ target, libraryIds }: Props) {
  if (!target) return <p className="muted pane-empty">Highlight a candidate or mapping to see the target concept.</p>;
  // Re-mounted per target, so browsing the hierarchy starts again from each new target.
  return <TargetConcept key={`${target.vocabularyId} ${target.uri}`} target={target} inLibrary={libraryIds.has(target.vocabularyId)} />;
}

function TargetConcept({ target, inLibrary }: { target: Target; inLibrary: boolean }) {
  const [trail, setTrail] = useState<string[]>([]);
  const shown = trail.at(-1) ?? target.uri;
  return (
    <article className="target-pane" aria-label={`Target concept ${target.label}`}>
      {trail.length > 0 && (
        <button type="button" className="link-button" onClick={() => setTrail((t) => t.slice(0, -1))}>
          ← Back{trail.length === 1 ? ` to ${target.label}` : ''}
        </button>
      )}
      {inLibrary ? (
        <ConceptDetails uri={shown} vocabularyId={target.vocabularyId} onNavigate={(uri) => setTrail((t) => [...t, uri])} />
      ) : (
        <>
          <h3>{target.label}</h3>
          <p className="uri">
            <code>{target.uri}</code>
          </p>
          <p className="muted">
            {target.vocabularyId ? `${target.vocabularyId} is not in the library.` : 'The vocabulary of this target is unknown.'}
          </p>
        </>
      )}
    </article>
  );
}
