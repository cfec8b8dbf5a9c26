import { IMPORT_FORMATS, type ImportFormat } from '../../../../shared/domain/source.js';
import { Dialog } from '../../ui/Dialog.js';
import { useNotify } from '../../ui/notifications.js';
import { ImportPreviewForm } from './ImportPreviewForm.js';
import { LibrarySourceForm } from './LibrarySourceForm.js';
import { useImportDialog } from './use-import-dialog.js';

/** Import: choose a file or URL, map columns, check the flagged rows, then commit in one go. */
export function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose(): void; onImported(schemeId: number): void }) {
  const { fail } = useNotify();
  const finish = (schemeId: number | undefined) => {
    onClose();
    if (schemeId !== undefined) onImported(schemeId);
  };
  const model = useImportDialog(finish);
  const { state, dispatch, runPreview, pickFile, setSplit } = model;
  const close = () => {
    dispatch({ type: 'reset' });
    onClose();
  };

  return (
    <Dialog title="Import a source" open={open} onClose={close} wide>
      <div className="import-dialog">
        <fieldset className="import-input" disabled={state.busy}>
          <legend>What to import</legend>
          <label className="form-field">
            <span>File (CSV, TSV, XLSX, ELM Turtle / JSON-LD / RDF-XML, OOAPI JSON, SKOS, QualityLink manifest)</span>
            <input type="file" onChange={(e) => void pickFile(e.target.files?.[0]).catch(fail)} />
          </label>
          <label className="form-field">
            <span>…or a URL / institution domain (ELM, OOAPI, QualityLink)</span>
            <input
              type="text"
              value={state.url}
              disabled={!!state.file}
              placeholder="https://uni.example/.well-known/quality-link-manifest.json"
              onChange={(e) => dispatch({ type: 'input', patch: { url: e.target.value } })}
            />
          </label>
          <div className="course-form-row">
            <label className="form-field">
              <span>Format</span>
              <select
                aria-label="Format"
                value={state.format}
                onChange={(e) => dispatch({ type: 'input', patch: { format: e.target.value as ImportFormat | '' } })}
              >
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
              <input
                type="password"
                value={state.token}
                autoComplete="off"
                onChange={(e) => dispatch({ type: 'input', patch: { token: e.target.value } })}
              />
            </label>
          </div>
          <label className="inline-check">
            <input type="checkbox" checked={state.split} onChange={(e) => setSplit(e.target.checked)} /> Split cells with several outcomes
            (bullets, line breaks, semicolons) into items
          </label>
          <button type="button" onClick={() => void runPreview()} disabled={!state.file && !state.url.trim()}>
            Preview
          </button>
        </fieldset>
        {!state.preview && (
          <LibrarySourceForm
            onImported={(id) => {
              dispatch({ type: 'reset' });
              finish(id);
            }}
          />
        )}
        <ImportPreviewForm model={model} onCancel={close} />
      </div>
    </Dialog>
  );
}
