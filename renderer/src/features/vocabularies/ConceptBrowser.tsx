import { useState } from 'react';
import type { VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import { preferredVocabulary } from '../workbench/suggest-scope.js';
import { ConceptDetails } from './ConceptDetails.js';
import { ConceptSearch } from './ConceptSearch.js';
import { ConceptTree } from './ConceptTree.js';

/** Schemes worth browsing first: the main ESCO pillars, then the rest by size. */
const PREFERRED_SCHEMES = ['/concept-scheme/skills', '/concept-scheme/occupations', '/concept-scheme/isced-f'];

function defaultScheme(v: VocabularyInfo): string {
  for (const end of PREFERRED_SCHEMES) {
    const found = v.schemes.find((s) => s.uri.endsWith(end));
    if (found) return found.uri;
  }
  return v.schemes[0]?.uri ?? '';
}

/**
 * Pick a vocabulary and scheme, walk its hierarchy or type ahead, and read concept pages. Opens on
 * the newest ESCO when the library has it, or on the concept `open` names (from a SPARQL result).
 */
export function ConceptBrowser({
  vocabularies,
  open,
}: {
  vocabularies: VocabularyInfo[];
  open?: { uri: string; vocabularyId: string } | null;
}) {
  const [vocabularyId, setVocabularyId] = useState(open?.vocabularyId ?? '');
  const vocabulary =
    vocabularies.find((v) => v.id === vocabularyId) ?? vocabularies.find((v) => v.id === preferredVocabulary(vocabularies));
  const [chosenScheme, setScheme] = useState('');
  const [selected, setSelected] = useState<string | null>(open?.uri ?? null);
  if (!vocabulary) return <p className="panel muted">Import a vocabulary to browse it.</p>;
  const scheme = vocabulary.schemes.some((s) => s.uri === chosenScheme) ? chosenScheme : defaultScheme(vocabulary);
  return (
    <section className="panel vocab-browser" aria-labelledby="vocab-browser-title">
      <h2 id="vocab-browser-title">Browse concepts</h2>
      <div className="form-row">
        <label>
          Vocabulary
          <select
            value={vocabulary.id}
            onChange={(e) => {
              setVocabularyId(e.target.value);
              setSelected(null);
            }}
          >
            {vocabularies.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title} ({v.id})
              </option>
            ))}
          </select>
        </label>
        <label>
          Scheme
          <select value={scheme} onChange={(e) => setScheme(e.target.value)}>
            {vocabulary.schemes.map((s) => (
              <option key={s.uri} value={s.uri}>
                {s.title} ({s.concepts.toLocaleString('en')})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="vocab-browser-panes">
        <div className="vocab-tree-pane">
          <ConceptSearch vocabularyId={vocabulary.id} onSelect={setSelected} />
          {scheme && (
            <ConceptTree
              key={`${vocabulary.id} ${scheme}`}
              vocabularyId={vocabulary.id}
              scheme={scheme}
              selected={selected}
              onSelect={setSelected}
            />
          )}
        </div>
        <div className="vocab-details-pane">
          {selected ? (
            <ConceptDetails uri={selected} vocabularyId={vocabulary.id} onNavigate={setSelected} />
          ) : (
            <p className="muted">Choose a concept in the tree or find it by name.</p>
          )}
        </div>
      </div>
    </section>
  );
}
