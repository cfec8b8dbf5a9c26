import { ExportPanel } from './ExportPanel.js';
import { ImportPanel } from './ImportPanel.js';

/** Correspondence tables out (SKOS, SSSOM, JSKOS, ESCO crosswalk CSV/XLSX, ELM) and in. */
export function ExchangeView() {
  return (
    <section className="view-page exchange-view" aria-labelledby="exchange-title">
      <h2 id="exchange-title">Export / Import</h2>
      <ExportPanel />
      <ImportPanel />
    </section>
  );
}
