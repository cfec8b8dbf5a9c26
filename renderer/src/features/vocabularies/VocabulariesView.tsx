import { useCallback, useEffect, useState } from 'react';
import type { VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
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
  const { fail } = useNotify();
  const [tab, setTab] = useState<Tab>('library');
  const [vocabularies, setVocabularies] = useState<VocabularyInfo[]>([]);
  const refresh = useCallback(() => {
    client.vocabularies.list({}).then(setVocabularies, fail);
  }, [client, fail]);
  // Refreshed on mount and after this view's own imports and removals (no event subscription:
  // see use-job.ts on the browser's connection limit).
  useEffect(refresh, [refresh]);
  return (
    <div className="vocabularies-view">
      <div role="tablist" aria-label="Vocabularies" className="vocab-tabs">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'library' && <LibraryPanel vocabularies={vocabularies} onChanged={refresh} />}
        {tab === 'browse' && <ConceptBrowser vocabularies={vocabularies} />}
        {tab === 'sparql' && <SparqlConsole />}
      </div>
    </div>
  );
}
