import { useState, type FormEvent } from 'react';
import type { ArgsOf } from '../../../../shared/contract/method.js';
import type { sourcesContract, StagedImportPreview } from '../../../../shared/contract/sources.js';
import type { FileRef } from '../../../../shared/domain/files.js';
import { IMPORT_FIELDS, IMPORT_FORMATS, type ColumnMapping, type ImportField, type ImportFormat } from '../../../../shared/domain/source.js';
import { useApi } from '../../app/api-context.js';
import { Dialog } from '../../ui/Dialog.js';
import { useNotify } from '../../ui/notifications.js';
import { FIELD_LABELS, MAIN_FIELDS } from './import-fields.js';
import { ImportPreviewRows, type Fixes } from './ImportPreviewRows.js';
import { LibrarySourceForm } from './LibrarySourceForm.js';

type ImportArgs = ArgsOf<typeof sourcesContract.importPreview>;

/** Import: choose a file or URL, map columns, check the flagged rows, then commit in one go. */
export function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose(): void; onImported(schemeId: number): void }) {
  const { client, transport } = useApi();
  const { fail, notify } = useNotify();
  const [file, setFile] = useState<FileRef | null>(null);
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<ImportFormat | ''>('');
  const [split, setSplit] = useState(false);
  const [token, setToken] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  const [schemeTitle, setSchemeTitle] = useState('');
  const [preview, setPreview] = useState<StagedImportPreview | null>(null);
  const [fixes, setFixes] = useState<Fixes>({});
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [showAllFields, setShowAllFields] = useState(false);

  const reset = () => {
    setFile(null);
    setUrl('');
    setFormat('');
    setSplit(false);
    setToken('');
    setMapping(undefined);
    setSchemeTitle('');
    setPreview(null);
    setFixes({});
    setExcluded(new Set());
  };
  const close = () => {
    reset();
    onClose();
  };

  const request = (overrides: { mapping?: ColumnMapping; split?: boolean } = {}): ImportArgs | null => {
    const input = file ? { file } : url.trim() ? { url: url.trim() } : null;
    if (!input) return null;
    const m = overrides.mapping ?? mapping;
    return {
      ...input,
      ...(format ? { format } : {}),
      ...(m ? { mapping: m } : {}),
      split: overrides.split ?? split,
      ...(token.trim() ? { auth: { token: token.trim() } } : {}),
      ...(schemeTitle.trim() ? { schemeTitle: schemeTitle.trim() } : {}),
    };
  };

  const edits = (current: Fixes) => Object.entries(current).flatMap(([row, values]) => Object.entries(values).map(([field, value]) => ({ row: Number(row), field: field as ImportField, value: value ?? '' })));

  const runPreview = async (overrides: { mapping?: ColumnMapping; split?: boolean; fixes?: Fixes } = {}) => {
    const args = request(overrides);
    if (!args) return;
    setBusy(true);
    try {
      const result = await client.sources.importPreview({ ...args, fixes: edits(overrides.fixes ?? fixes), exclude: [...excluded] });
      setPreview(result);
      setMapping(result.columns.length ? result.mapping : undefined);
      if (!schemeTitle) setSchemeTitle(result.schemeTitle);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const commit = async (e: FormEvent) => {
    e.preventDefault();
    if (!preview) return;
    setBusy(true);
    try {
      // The core imports what it read for this preview (no second download), with the fixes since.
      const result = await client.sources.importCommit({
        token: preview.token,
        ...(schemeTitle.trim() ? { schemeTitle: schemeTitle.trim() } : {}),
        fixes: edits(fixes),
        exclude: [...excluded],
      });
      notify('success', `Imported: ${result.added} added, ${result.changed} changed, ${result.removed} flagged as removed${result.warnings.length ? `; ${result.warnings.length} warnings` : ''}`);
      const first = result.schemes[0];
      reset();
      onClose();
      if (first) onImported(first.schemeId);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const pickFile = async (picked: File | undefined) => {
    setPreview(null);
    setMapping(undefined);
    setSchemeTitle('');
    setFile(picked ? await transport.fileRef(picked) : null);
  };

  /** A changed input makes the preview (and the token of what was read) stale: preview again. */
  const changeInput = (change: () => void) => {
    change();
    setPreview(null);
  };

  const changeMapping = (field: ImportField, column: string) => {
    const next = { ...(mapping ?? {}) };
    if (column) next[field] = column;
    else delete next[field];
    setMapping(next);
    setFixes({});
    void runPreview({ mapping: next, fixes: {} });
  };

  const fields = showAllFields ? IMPORT_FIELDS : MAIN_FIELDS;
  return (
    <Dialog title="Import a source" open={open} onClose={close} wide>
      <div className="import-dialog">
        <fieldset className="import-input" disabled={busy}>
          <legend>What to import</legend>
          <label className="form-field">
            <span>File (CSV, TSV, XLSX, ELM Turtle / JSON-LD / RDF-XML, OOAPI JSON, SKOS, QualityLink manifest)</span>
            <input type="file" onChange={(e) => void pickFile(e.target.files?.[0]).catch(fail)} />
          </label>
          <label className="form-field">
            <span>…or a URL / institution domain (ELM, OOAPI, QualityLink)</span>
            <input type="text" value={url} disabled={!!file} placeholder="https://uni.example/.well-known/quality-link-manifest.json" onChange={(e) => changeInput(() => setUrl(e.target.value))} />
          </label>
          <div className="course-form-row">
            <label className="form-field">
              <span>Format</span>
              <select aria-label="Format" value={format} onChange={(e) => changeInput(() => setFormat(e.target.value as ImportFormat | ''))}>
                <option value="">Detect automatically</option>
                {IMPORT_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
            <label className="form-field">
              <span>Access token (sources with header auth)</span>
              <input type="password" value={token} autoComplete="off" onChange={(e) => changeInput(() => setToken(e.target.value))} />
            </label>
          </div>
          <label className="inline-check">
            <input
              type="checkbox"
              checked={split}
              onChange={(e) => {
                setSplit(e.target.checked);
                if (preview) void runPreview({ split: e.target.checked });
              }}
            />{' '}
            Split cells with several outcomes (bullets, line breaks, semicolons) into items
          </label>
          <button type="button" onClick={() => void runPreview()} disabled={!file && !url.trim()}>
            Preview
          </button>
        </fieldset>
        {!preview && (
          <LibrarySourceForm
            onImported={(id) => {
              reset();
              onClose();
              onImported(id);
            }}
          />
        )}
        {preview && (
          <form onSubmit={(e) => void commit(e)} className="import-preview" aria-label="Import preview">
            <p className="import-summary" data-testid="import-summary">
              {preview.format.toUpperCase()}
              {preview.encoding ? `, ${preview.encoding}` : ''}
              {preview.delimiter ? `, delimiter ${preview.delimiter === '\t' ? 'tab' : `"${preview.delimiter}"`}` : ''} · {preview.counts.rows} rows → {preview.counts.items} items in {preview.counts.groups} courses ·{' '}
              <span className={preview.counts.errors ? 'problem-error' : ''}>{preview.counts.errors} errors</span>, {preview.counts.warnings} warnings
            </p>
            {preview.columns.length > 0 && (
              <fieldset className="import-mapping">
                <legend>Columns</legend>
                <div className="import-mapping-grid">
                  {fields.map((field) => (
                    <label key={field} className="form-field">
                      <span>{FIELD_LABELS[field]}</span>
                      <select aria-label={FIELD_LABELS[field]} value={mapping?.[field] ?? ''} onChange={(e) => changeMapping(field, e.target.value)}>
                        <option value="">(none)</option>
                        {preview.columns.map((c) => (
                          <option key={c} value={c}>
                            {c}
                          </option>
                        ))}
                      </select>
                    </label>
                  ))}
                </div>
                <button type="button" className="link-button" onClick={() => setShowAllFields((v) => !v)}>
                  {showAllFields ? 'Fewer fields' : 'All course fields…'}
                </button>
              </fieldset>
            )}
            {preview.sources && (
              <ul className="import-sources" aria-label="Declared sources">
                {preview.sources.map((s) => (
                  <li key={s.path}>
                    <strong>{s.type}</strong> {s.name} — {s.skipped ? <span className="problem-warning">skipped: {s.skipped}</span> : `${s.items} items`}
                  </li>
                ))}
              </ul>
            )}
            {preview.problems.length > 0 && (
              <ul className="import-problems" aria-label="File problems">
                {preview.problems.map((p, i) => (
                  <li key={i} className={`problem-${p.severity}`}>
                    {p.message}
                  </li>
                ))}
              </ul>
            )}
            <ImportPreviewRows
              rows={preview.rows}
              fixes={fixes}
              excluded={excluded}
              onFix={(row, field, value) => setFixes((f) => ({ ...f, [row]: { ...f[row], [field]: value } }))}
              onExclude={(row, on) =>
                setExcluded((s) => {
                  const next = new Set(s);
                  if (on) next.add(row);
                  else next.delete(row);
                  return next;
                })
              }
            />
            <label className="form-field">
              <span>Source name{preview.existingSchemeId !== null ? ' (an existing source with this name is updated: items are matched by id)' : ''}</span>
              <input value={schemeTitle} onChange={(e) => setSchemeTitle(e.target.value)} required />
            </label>
            <div className="dialog-actions">
              <button type="button" onClick={close}>
                Cancel
              </button>
              <button type="button" disabled={busy} onClick={() => void runPreview()}>
                Check again
              </button>
              <button type="submit" className="primary" disabled={busy}>
                Import
              </button>
            </div>
          </form>
        )}
      </div>
    </Dialog>
  );
}
