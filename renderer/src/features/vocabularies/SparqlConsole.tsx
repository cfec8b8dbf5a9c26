import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SparqlAnswer } from '../../../../shared/contract/vocabularies.js';
import { useApi } from '../../app/api-context.js';
import { sparqlCsvForSpreadsheets } from './sparql-csv.js';
import { SparqlResultsTable } from './SparqlResultsTable.js';

const EXAMPLE = `PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX esco: <http://data.europa.eu/esco/model#>
SELECT ?g (COUNT(?c) AS ?concepts)
WHERE { GRAPH ?g { ?c a skos:Concept } }
GROUP BY ?g`;

/** Rows the console asks for: enough to read and export, small enough to send to the window. */
const ROW_LIMIT = 10_000;

/**
 * SPARQL over the local library (Oxigraph), or federated over endpoints / RDF files by URL
 * (Comunica). A local query can be cancelled; it stops by itself after the time limit.
 */
export function SparqlConsole({ onOpenConcept }: { onOpenConcept?(uri: string): void } = {}) {
  const { client } = useApi();
  const [query, setQuery] = useState(EXAMPLE);
  const [sources, setSources] = useState('');
  const [sourceType, setSourceType] = useState<'auto' | 'sparql' | 'file'>('auto');
  const [timeoutSeconds, setTimeoutSeconds] = useState(60);
  const [result, setResult] = useState<SparqlAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef<string | null>(null);
  useEffect(() => {
    client.vocabularies.prepareSparql({}).catch(() => undefined);
  }, [client]);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const queryId = `q-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    running.current = queryId;
    try {
      const urls = sources.split(/\s+/).filter(Boolean);
      const remote = urls.map((url) => ({ url, type: sourceType }));
      const answer = await client.vocabularies.sparql({
        query,
        limit: ROW_LIMIT,
        timeoutSeconds,
        queryId,
        ...(remote.length ? { sources: remote } : {}),
      });
      if (running.current === queryId) setResult(answer);
    } catch (e) {
      if (running.current === queryId) {
        setResult(null);
        setError((e as Error).message);
      }
    } finally {
      if (running.current === queryId) {
        running.current = null;
        setBusy(false);
      }
    }
  };
  const cancel = () => {
    const queryId = running.current;
    if (queryId) client.vocabularies.cancelSparql({ queryId }).catch((e: Error) => setError(e.message));
  };
  const exportCsv = () => {
    if (result?.kind !== 'bindings') return;
    const url = URL.createObjectURL(new Blob([sparqlCsvForSpreadsheets(result.json)], { type: 'text/csv' }));
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
        <label>
          Time limit (seconds)
          <input
            type="number"
            min={1}
            max={3600}
            value={timeoutSeconds}
            onChange={(e) => setTimeoutSeconds(Math.min(3600, Math.max(1, Math.round(Number(e.target.value) || 60))))}
          />
        </label>
        <div className="form-actions">
          <button type="button" onClick={exportCsv} disabled={result?.kind !== 'bindings'}>
            Export CSV
          </button>
          {busy && (
            <button type="button" onClick={cancel}>
              Cancel query
            </button>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Running…' : 'Run query'}
          </button>
        </div>
      </form>
      {busy && (
        <p className="muted" role="status">
          Running (the first query loads the library into the store)…
        </p>
      )}
      {error && (
        <p className="vocab-error" role="alert">
          {error}
        </p>
      )}
      {result && <SparqlResultView result={result} onOpenConcept={onOpenConcept} />}
    </section>
  );
}

function SparqlResultView({ result, onOpenConcept }: { result: SparqlAnswer; onOpenConcept?(uri: string): void }) {
  if (result.kind === 'boolean') return <p data-testid="sparql-boolean">Answer: {String(result.value)}</p>;
  const truncated = result.truncated && (
    <p className="vocab-warning" role="status" data-testid="sparql-truncated">
      Only the first {ROW_LIMIT.toLocaleString('en')} {result.kind === 'graph' ? 'triples' : 'results'} are shown (and exported): the query
      has more. Add a LIMIT or narrow it, or run it with the command line (<code>crosswalk sparql --limit 0</code>) to get them all.
    </p>
  );
  if (result.kind === 'graph') {
    return (
      <>
        {truncated}
        <pre className="sparql-graph">{result.ntriples}</pre>
      </>
    );
  }
  return (
    <>
      {truncated}
      <p className="muted" role="status">
        {result.json.results.bindings.length.toLocaleString('en')} results
      </p>
      <SparqlResultsTable json={result.json} onOpenUri={onOpenConcept} />
    </>
  );
}
