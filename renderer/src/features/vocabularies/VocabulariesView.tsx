import { useState } from 'react';
import type { VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import { useApiData } from '../../api/use-api-data.js';
import { useNotify } from '../../ui/notifications.js';
import { ConceptBrowser } from './ConceptBrowser.js';
import { LibraryPanel } from './LibraryPanel.js';
import { SparqlConsole } from './SparqlConsole.js';

type Tab = 'library' | 'browse' | 'sparql';
const TABS: [Tab, string][] = [
  ['library', 'Library'],
  ['browse', 'Browse'],
  ['sparql', 'SPARQL'],
];

/** The Vocabularies view: library, concept browser, SPARQL console. */
export function VocabulariesView() {
  const { fail } = useNotify();
  const [tab, setTab] = useState<Tab>('library');
  // Imports (when their job ends) and removals announce 'vocabularies'; the page shares one event stream.
  const vocabularies: VocabularyInfo[] = useApiData('vocabularies', 'list', {}, { domains: ['vocabularies'], onError: fail }).data ?? [];
  return (
    <div className="vocabularies-view">
      <h1 className="visually-hidden">Vocabularies</h1>
      <div role="tablist" aria-label="Vocabularies" className="vocab-tabs">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'library' && <LibraryPanel vocabularies={vocabularies} />}
        {tab === 'browse' && <ConceptBrowser vocabularies={vocabularies} />}
        {tab === 'sparql' && <SparqlConsole />}
      </div>
    </div>
  );
}
