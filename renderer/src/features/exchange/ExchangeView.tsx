import { useState } from 'react';
import { ExportPanel } from './ExportPanel.js';
import { ImportPanel } from './ImportPanel.js';

/** Correspondence tables out (SKOS, SSSOM, JSKOS, ESCO crosswalk CSV/XLSX, ELM) and in. */
export function ExchangeView() {
  // Bumped after an import so the export form lists the new source at once.
  const [imports, setImports] = useState(0);
  return (
    <section className="view-page exchange-view" aria-labelledby="exchange-title">
      <h2 id="exchange-title">Export / Import</h2>
      <ExportPanel refresh={imports} />
      <ImportPanel refresh={imports} onImported={() => setImports((n) => n + 1)} />
    </section>
  );
}
