import { useRef, useState } from 'react';
import type { JobInfo } from '../../../../shared/domain/job.js';
import type { ImportReport, VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import { useApi } from '../../app/api-context.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';
import { Dialog } from '../../ui/Dialog.js';
import { useNotify } from '../../ui/notifications.js';
import { GetEscoForm } from './GetEscoForm.js';
import { JobProgress } from './JobProgress.js';
import { useJob } from './use-job.js';

/** The vocabulary library: what is loaded (with metadata and counts), import, Get ESCO, remove. */
export function LibraryPanel({ vocabularies }: { vocabularies: VocabularyInfo[] }) {
  const api = useApi();
  const { fail, notify } = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [getEsco, setGetEsco] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const job = useJob(jobId, (done: JobInfo) => {
    if (done.state === 'succeeded') setReport(done.result as ImportReport);
  });

  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    try {
      setReport(null);
      const refs = await Promise.all([...files].map((f) => api.transport.fileRef(f)));
      setJobId((await api.client.vocabularies.import({ files: refs })).jobId);
    } catch (error) {
      fail(error);
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  const remove = async (v: VocabularyInfo) => {
    if (!window.confirm(`Remove ${v.title} (${v.id}) from the library?`)) return;
    try {
      await api.client.vocabularies.remove({ id: v.id });
      notify('info', `${v.title} removed`);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="panel" aria-labelledby="vocab-library-title">
      <h2 id="vocab-library-title">Vocabulary library</h2>
      <div className="vocab-actions">
        <label className="vocab-file-button">
          <span>Import files…</span>
          <input
            ref={input}
            type="file"
            multiple
            aria-label="Import vocabulary files"
            accept=".zip,.ttl,.trig,.nt,.nq,.rdf,.owl,.xml,.jsonld,.json"
            onChange={(e) => void importFiles(e.target.files)}
          />
        </label>
        <button type="button" onClick={() => setGetEsco(true)}>
          Get ESCO…
        </button>
        <span className="muted">ESCO CSV packages of one version (language zips + relations zip), ESCO RDF zips, or SKOS files.</span>
      </div>
      <JobProgress job={job} label="Import" />
      {report && (
        <p className="muted" data-testid="import-report">
          Imported {report.vocabularies.map((v) => `${v.title} (${v.counts.concepts} concepts)`).join(', ')}. Labels cleaned:{' '}
          {report.cleaning.trimmed} trimmed, {report.cleaning.spacesNormalized} with odd spaces, {report.cleaning.duplicatesRemoved}{' '}
          duplicates removed.
        </p>
      )}
      {vocabularies.length === 0 ? (
        <p className="muted">The library is empty. Import ESCO or a SKOS vocabulary to start.</p>
      ) : (
        <table className="vocab-table">
          <ColumnHeads
            columns={[
              'Vocabulary',
              'Version',
              'Languages',
              'Concepts',
              'Triples',
              'Sources',
              'Imported',
              <span className="visually-hidden">Actions</span>,
            ]}
          />
          <tbody>
            {vocabularies.map((v) => (
              <tr key={v.id}>
                <td>
                  <strong>{v.title}</strong>
                  <div className="muted">
                    {v.id}
                    {v.publisher ? ` · ${v.publisher}` : ''}
                  </div>
                  <details>
                    <summary>Counts and schemes</summary>
                    <dl className="facts">
                      {Object.entries(v.counts).map(([k, n]) => (
                        <div key={k} className="vocab-count">
                          <dt>{k}</dt>
                          <dd>{n.toLocaleString('en')}</dd>
                        </div>
                      ))}
                    </dl>
                    <ul className="vocab-schemes">
                      {v.schemes.map((s) => (
                        <li key={s.uri} title={s.uri}>
                          {s.title}: {s.concepts.toLocaleString('en')}
                        </li>
                      ))}
                    </ul>
                    <p className="muted">Named graph: {v.graph}</p>
                  </details>
                </td>
                <td>{v.version || '—'}</td>
                <td>{v.languages.join(', ')}</td>
                <td>{v.counts.concepts.toLocaleString('en')}</td>
                <td>{v.counts.triples.toLocaleString('en')}</td>
                <td>
                  {v.sourceFiles.map((s) => (
                    <div key={s.name} title={`SHA-256 ${s.sha256}`} className="vocab-source">
                      {s.name}
                    </div>
                  ))}
                </td>
                <td>{new Date(v.importedAt).toLocaleString()}</td>
                <td>
                  <button type="button" className="danger" onClick={() => void remove(v)} aria-label={`Remove ${v.id}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog title="Get ESCO" open={getEsco} onClose={() => setGetEsco(false)}>
        <GetEscoForm />
      </Dialog>
    </section>
  );
}
