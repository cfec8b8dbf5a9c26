import { ExportPanel } from './ExportPanel.js';
import { ImportPanel } from './ImportPanel.js';

/** Correspondence tables out (SKOS, SSSOM, JSKOS, ESCO crosswalk CSV/XLSX, ELM) and in. */
export function ExchangeView() {
  return (
    <section className="view-page exchange-view" aria-labelledby="exchange-title">
      <h1 id="exchange-title">Export / Import</h1>
      <ExportPanel />
      <ImportPanel />
    </section>
  );
}
