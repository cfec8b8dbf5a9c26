import { useState } from 'react';
import type { VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import { useApiData } from '../../api/use-api-data.js';
import { useApi } from '../../app/api-context.js';
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
  const { client } = useApi();
  const { fail, notify } = useNotify();
  const [tab, setTab] = useState<Tab>('library');
  const [opened, setOpened] = useState<{ uri: string; vocabularyId: string } | null>(null);
  // A URI in SPARQL results opens its concept page in Browse when the library has that concept.
  const openConcept = (uri: string) =>
    client.vocabularies.findConcept({ uri }).then((concept) => {
      if (!concept) return notify('info', `${uri} is not a concept in the vocabulary library.`);
      setOpened({ uri, vocabularyId: concept.vocabularyId });
      setTab('browse');
    }, fail);
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
        {tab === 'browse' && <ConceptBrowser key={opened?.uri} vocabularies={vocabularies} open={opened} />}
        {tab === 'sparql' && <SparqlConsole onOpenConcept={(uri) => void openConcept(uri)} />}
      </div>
    </div>
  );
}
