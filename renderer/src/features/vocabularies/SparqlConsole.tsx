import { useEffect, useState, type FormEvent } from 'react';
import type { SparqlResult } from '../../../../shared/domain/vocabulary.js';
import { useApi } from '../../app/api-context.js';
import { bindingsToCsv } from './sparql-csv.js';
import { SparqlResultsTable } from './SparqlResultsTable.js';

const EXAMPLE = `PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX esco: <http://data.europa.eu/esco/model#>
SELECT ?g (COUNT(?c) AS ?concepts)
WHERE { GRAPH ?g { ?c a skos:Concept } }
GROUP BY ?g`;

/** SPARQL over the local library (Oxigraph), or federated over endpoints / RDF files by URL (Comunica). */
export function SparqlConsole() {
  const { client } = useApi();
  const [query, setQuery] = useState(EXAMPLE);
  const [sources, setSources] = useState('');
  const [sourceType, setSourceType] = useState<'auto' | 'sparql' | 'file'>('auto');
  const [result, setResult] = useState<SparqlResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    client.vocabularies.prepareSparql({}).catch(() => undefined);
  }, [client]);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const urls = sources.split(/\s+/).filter(Boolean);
      const remote = urls.map((url) => ({ url, type: sourceType }));
      setResult(await client.vocabularies.sparql({ query, ...(remote.length ? { sources: remote } : {}) }));
    } catch (e) {
      setResult(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const exportCsv = () => {
    if (result?.kind !== 'bindings') return;
    const url = URL.createObjectURL(new Blob([bindingsToCsv(result.json)], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'sparql-results.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section className="panel" aria-labelledby="sparql-title">
      <h2 id="sparql-title">SPARQL</h2>
      <form className="form sparql-form" onSubmit={(e) => void run(e)}>
        <label>
          Query
          <textarea value={query} onChange={(e) => setQuery(e.target.value)} rows={8} spellCheck={false} className="sparql-query" />
        </label>
        <label>
          Remote sources (optional; SPARQL endpoints or RDF file URLs, one per line — leave empty for the local library)
          <textarea value={sources} onChange={(e) => setSources(e.target.value)} rows={2} spellCheck={false} />
        </label>
        <label>
          The remote sources are
          <select value={sourceType} onChange={(e) => setSourceType(e.target.value as 'auto' | 'sparql' | 'file')}>
            <option value="auto">detected automatically</option>
            <option value="sparql">SPARQL endpoints</option>
            <option value="file">RDF files</option>
          </select>
        </label>
        <div className="form-actions">
          <button type="button" onClick={exportCsv} disabled={result?.kind !== 'bindings'}>
            Export CSV
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Running…' : 'Run query'}
          </button>
        </div>
      </form>
      {busy && <p className="muted" role="status">Running (the first query loads the library into the store)…</p>}
      {error && (
        <p className="vocab-error" role="alert">
          {error}
        </p>
      )}
      {result && <SparqlResultView result={result} />}
    </section>
  );
}

function SparqlResultView({ result }: { result: SparqlResult }) {
  if (result.kind === 'boolean') return <p data-testid="sparql-boolean">Answer: {String(result.value)}</p>;
  if (result.kind === 'graph') return <pre className="sparql-graph">{result.ntriples}</pre>;
  return (
    <>
      <p className="muted" role="status">
        {result.json.results.bindings.length.toLocaleString('en')} results
      </p>
      <SparqlResultsTable json={result.json} />
    </>
  );
}
