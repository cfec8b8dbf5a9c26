import { useState, type FormEvent } from 'react';
import { IMPORT_FORMATS, type ImportFormat } from '../../../../shared/domain/correspondence.js';
import type { FileRef } from '../../../../shared/domain/files.js';
import type { MappingStatus } from '../../../../shared/domain/mapping.js';
import { useApiData } from '../../api/use-api-data.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import { ColumnMappingStep } from './ColumnMappingStep.js';
import { ImportPreviewSummary } from './ImportPreviewSummary.js';
import { useImportPreview } from './use-import-preview.js';

const FORMAT_LABELS: Record<ImportFormat, string> = {
  auto: 'Detect from the file',
  'esco-csv': 'ESCO crosswalk CSV',
  xlsx: 'ESCO crosswalk XLSX',
  sssom: 'SSSOM/TSV',
  skos: 'SKOS mapping triples (Turtle, RDF/XML, N-Triples, JSON-LD)',
  jskos: 'JSKOS (Cocoda, jskos-server)',
  'mapping-table': 'Any mapping table (CSV, TSV, XLSX; columns guessed from the header)',
};

/** Import mappings in two steps: preview (problems flagged, nothing written), then commit all or nothing. */
export function ImportPanel() {
  const { transport } = useApi();
  const { fail, notify } = useNotify();
  const [file, setFile] = useState<FileRef | null>(null);
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [defaultStatus, setDefaultStatus] = useState<MappingStatus | ''>('');
  const { preview, step, busy, run, check, discard, commit: commitPreview } = useImportPreview();
  const [inputKey, setInputKey] = useState(0);
  // The import announces new sources: the export form and this list refresh from that.
  const schemes = useApiData('sources', 'listSchemes', {}, { domains: ['sources'], onError: fail }).data ?? [];
  // '' = the scheme with the file's URI or title, else a new one.
  const [mergeInto, setMergeInto] = useState('');
  // Commit is all or nothing: rows with errors block it unless the user explicitly skips them.
  const [skipInvalid, setSkipInvalid] = useState(false);
  const errorRows = preview ? preview.problems.filter((p) => p.severity === 'error').length : 0;

  /** A changed file or option makes the preview stale: drop it and release its staged import (the hook does, also on leaving the view). */
  const discardPreview = () => {
    discard();
    setSkipInvalid(false);
  };

  const runPreview = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setSkipInvalid(false);
    void run({ file, format, ...(defaultStatus ? { defaultStatus } : {}), ...(mergeInto ? { schemeId: Number(mergeInto) } : {}) });
  };

  const commit = async () => {
    const result = await commitPreview();
    if (!result) return;
    notify(
      'success',
      `Imported ${result.mappingsAdded} mappings and ${result.itemsAdded} items${result.duplicates ? `; ${result.duplicates} already present were skipped` : ''}`,
    );
    setSkipInvalid(false);
    setFile(null);
    setInputKey((k) => k + 1);
  };

  return (
    <section className="panel exchange-panel" aria-labelledby="import-title">
      <h3 id="import-title">Import mappings</h3>
      <p className="muted">
        ESCO crosswalk CSV/XLSX (ESCO’s national tables as published), SSSOM/TSV, SKOS mapping triples, a JSKOS concordance, or any
        CSV/TSV/XLSX table read through its columns. The mapped items become a source scheme (or are matched to one with the same URI or
        title).
      </p>
      <form className="form" onSubmit={runPreview}>
        <div className="form-row">
          <label>
            Mapping file
            <input
              key={inputKey}
              type="file"
              accept=".csv,.tsv,.xlsx,.ttl,.rdf,.owl,.xml,.nt,.jsonld,.json,.ndjson"
              onChange={(e) => {
                const picked = e.target.files?.[0];
                discardPreview();
                if (!picked) return setFile(null);
                transport.fileRef(picked).then(setFile, fail);
              }}
            />
          </label>
          <label>
            Import format
            <select value={format} onChange={(e) => (setFormat(e.target.value as ImportFormat), discardPreview())}>
              {IMPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Status when the file has none
            <select value={defaultStatus} onChange={(e) => (setDefaultStatus(e.target.value as MappingStatus | ''), discardPreview())}>
              <option value="">proposed (a published ESCO table: accepted)</option>
              <option value="proposed">proposed</option>
              <option value="accepted">accepted</option>
              <option value="unsure">unsure</option>
            </select>
          </label>
          {schemes.length > 0 && (
            <label>
              Add to source
              <select value={mergeInto} onChange={(e) => (setMergeInto(e.target.value), discardPreview())}>
                <option value="">Same URI or title, else a new source</option>
                {schemes.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" disabled={!file || busy}>
            {busy && !preview && !step ? 'Reading…' : 'Preview'}
          </button>
        </div>
      </form>
      {step && (
        <ColumnMappingStep
          key={step.round}
          table={step.table}
          error={step.error}
          busy={busy}
          onCheck={(columns) => (setSkipInvalid(false), void check(columns))}
        />
      )}
      {preview && (
        <>
          <ImportPreviewSummary preview={preview} />
          {errorRows > 0 && (
            <p className="exchange-import-errors" role="alert">
              {errorRows} {errorRows === 1 ? 'row has' : 'rows have'} errors. Nothing is imported unless you choose to skip{' '}
              {errorRows === 1 ? 'it' : 'them'}.{' '}
              <label>
                <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} /> Import only the valid
                rows ({errorRows} skipped)
              </label>
            </p>
          )}
          <div className="form-actions">
            <button type="button" onClick={discardPreview} disabled={busy}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void commit()}
              disabled={busy || preview.plan.newMappings + preview.plan.newItems === 0 || (errorRows > 0 && !skipInvalid)}
            >
              Import {preview.plan.newMappings} mappings
            </button>
          </div>
        </>
      )}
    </section>
  );
}
