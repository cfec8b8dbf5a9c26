import { IMPORT_FIELDS } from '../../../../shared/domain/source.js';
import { FIELD_LABELS, MAIN_FIELDS } from './import-fields.js';
import { ImportPreviewRows } from './ImportPreviewRows.js';
import type { ImportDialogModel } from './use-import-dialog.js';

/** The read source before anything is written: what was found, the column mapping, flagged rows to fix, the name. */
export function ImportPreviewForm({ model, onCancel }: { model: ImportDialogModel; onCancel(): void }) {
  const { state, dispatch, runPreview, commit, changeMapping } = model;
  const { preview, mapping, fixes, excluded, busy } = state;
  if (!preview) return null;
  const fields = state.showAllFields ? IMPORT_FIELDS : MAIN_FIELDS;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void commit();
      }}
      className="import-preview"
      aria-label="Import preview"
    >
      <p className="import-summary" data-testid="import-summary">
        {preview.format.toUpperCase()}
        {preview.encoding ? `, ${preview.encoding}` : ''}
        {preview.delimiter ? `, delimiter ${preview.delimiter === '\t' ? 'tab' : `"${preview.delimiter}"`}` : ''} · {preview.counts.rows}{' '}
        rows → {preview.counts.items} items in {preview.counts.groups} courses ·{' '}
        <span className={preview.counts.errors ? 'problem-error' : ''}>{preview.counts.errors} errors</span>, {preview.counts.warnings}{' '}
        warnings
      </p>
      {preview.columns.length > 0 && (
        <fieldset className="import-mapping">
          <legend>Columns</legend>
          <div className="import-mapping-grid">
            {fields.map((field) => (
              <label key={field} className="form-field">
                <span>{FIELD_LABELS[field]}</span>
                <select
                  aria-label={FIELD_LABELS[field]}
                  value={mapping?.[field] ?? ''}
                  onChange={(e) => changeMapping(field, e.target.value)}
                >
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
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'toggle-all-fields' })}>
            {state.showAllFields ? 'Fewer fields' : 'All course fields…'}
          </button>
        </fieldset>
      )}
      {preview.sources && (
        <ul className="import-sources" aria-label="Declared sources">
          {preview.sources.map((s) => (
            <li key={s.path}>
              <strong>{s.type}</strong> {s.name} —{' '}
              {s.skipped ? <span className="problem-warning">skipped: {s.skipped}</span> : `${s.items} items`}
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
        split={preview.split}
        fixes={fixes}
        excluded={excluded}
        onFix={(row, field, value) => dispatch({ type: 'fix', row, field, value })}
        onExclude={(row, on) => dispatch({ type: 'exclude', row, excluded: on })}
      />
      <label className="form-field">
        <span>
          Source name{preview.existingSchemeId !== null ? ' (an existing source with this name is updated: items are matched by id)' : ''}
        </span>
        <input value={state.schemeTitle} onChange={(e) => dispatch({ type: 'scheme-title', title: e.target.value })} required />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
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
  );
}
