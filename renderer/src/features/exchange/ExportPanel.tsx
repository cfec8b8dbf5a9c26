import { useState, type FormEvent } from 'react';
import type { ExportResult } from '../../../../shared/contract/export.js';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat } from '../../../../shared/domain/correspondence.js';
import type { Problem } from '../../../../shared/domain/review.js';
import { MAPPING_RELATIONS, type MappingRelation } from '../../../../shared/skos.js';
import { useApiData } from '../../api/use-api-data.js';
import { useApi } from '../../app/api-context.js';
import { useProject } from '../../app/project-state.js';
import { useNotify } from '../../ui/notifications.js';
import { saveFile } from '../../ui/save-file.js';
import { ExportReport } from './ExportReport.js';
import { OpenErrorsList } from './OpenErrorsList.js';

const DEFAULT_ELM: MappingRelation[] = ['exactMatch', 'closeMatch'];

function fileBase(title: string): string {
  return title.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'crosswalk';
}

/**
 * Export form: format, which mappings (accepted only unless the user chooses otherwise), which
 * scheme / course. Errors open in Problems are shown for confirmation before anything is written;
 * then the report of what was included and what the format could not carry.
 */
export function ExportPanel() {
  const api = useApi();
  const project = useProject();
  const { fail } = useNotify();
  const [format, setFormat] = useState<ExportFormat>('sssom');
  const [status, setStatus] = useState<'accepted' | 'all'>('accepted');
  const [chosenSchemeId, setSchemeId] = useState<number | null>(null);
  const [groupKey, setGroupKey] = useState('');
  const [elmRelations, setElmRelations] = useState<MappingRelation[]>(DEFAULT_ELM);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ExportResult | null>(null);
  /** Open errors shown for confirmation, with the scope they were found for. */
  const [pending, setPending] = useState<{ scopeKey: string; errors: Problem[] } | null>(null);
  const schemes = useApiData('sources', 'listSchemes', {}, { domains: ['sources'], onError: fail }).data ?? [];
  // The chosen scheme while it exists, else the first (a new import shows up at once).
  const schemeId = chosenSchemeId !== null && schemes.some((s) => s.id === chosenSchemeId) ? chosenSchemeId : (schemes[0]?.id ?? null);
  const groups =
    useApiData('sources', 'listGroups', schemeId === null ? null : { schemeId }, { domains: ['sources'], onError: fail }).data ?? [];

  const elm = format === 'elm-ttl' || format === 'elm-jsonld';
  const scope = schemeId === null ? null : { schemeId, ...(groupKey ? { groupKey } : {}) };
  const scopeKey = JSON.stringify(scope);
  // Errors found for another scheme or course no longer apply: the user is asked again.
  const pendingErrors = pending?.scopeKey === scopeKey ? pending.errors : null;

  const write = async () => {
    if (scope === null) return;
    const info = EXPORT_FORMAT_INFO[format];
    const name = `${fileBase(project?.metadata.title ?? 'crosswalk')}${info.extension}`;
    const result = await saveFile(api, { title: `Export ${name}`, name, extension: info.extension }, (output) =>
      api.client.export.export({ format, output, status, ...scope, ...(elm ? { elmRelations } : {}) }),
    );
    if (result) setReport(result);
  };

  const busyWhile = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  // Errors open in Problems first: when there are any, the user confirms before anything is written.
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (scope === null) return;
    void busyWhile(async () => {
      const errors = await api.client.export.openErrors(scope);
      if (errors.length > 0) setPending({ scopeKey, errors });
      else await write();
    });
  };
  const confirm = () => {
    setPending(null);
    void busyWhile(write);
  };

  const toggleRelation = (relation: MappingRelation) =>
    setElmRelations((current) => (current.includes(relation) ? current.filter((r) => r !== relation) : [...current, relation]));

  return (
    <section className="panel exchange-panel" aria-labelledby="export-title">
      <h3 id="export-title">Export the correspondence table</h3>
      {schemes.length === 0 ? (
        <p className="muted">Nothing to export yet: import a source or a mapping file first.</p>
      ) : (
        <form className="form" onSubmit={submit}>
          <div className="form-row">
            <label>
              Export format
              <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
                {EXPORT_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {EXPORT_FORMAT_INFO[f].label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Source
              <select value={schemeId ?? ''} onChange={(e) => (setSchemeId(Number(e.target.value)), setGroupKey(''))}>
                {schemes.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title} ({s.items} items)
                  </option>
                ))}
              </select>
            </label>
            <label>
              Course
              <select value={groupKey} onChange={(e) => setGroupKey(e.target.value)}>
                <option value="">All</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.key}>
                    {g.title || g.key}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <fieldset className="exchange-choices">
            <legend>Mappings</legend>
            <label className="checkbox-label">
              <input type="radio" name="export-status" checked={status === 'accepted'} onChange={() => setStatus('accepted')} />
              Accepted only
            </label>
            <label className="checkbox-label">
              <input type="radio" name="export-status" checked={status === 'all'} onChange={() => setStatus('all')} />
              Also proposed and unsure, marked as not accepted
            </label>
          </fieldset>
          {elm && (
            <fieldset className="exchange-choices">
              <legend>Relations that become relatedESCOSkill</legend>
              {MAPPING_RELATIONS.map((r) => (
                <label key={r} className="checkbox-label">
                  <input type="checkbox" checked={elmRelations.includes(r)} onChange={() => toggleRelation(r)} />
                  {r}
                </label>
              ))}
            </fieldset>
          )}
          {pendingErrors ? (
            <div className="exchange-export-errors" role="alert">
              <p>
                {pendingErrors.length} {pendingErrors.length === 1 ? 'error is' : 'errors are'} open in Problems for these items. Export
                anyway?
              </p>
              <OpenErrorsList problems={pendingErrors} label="Errors open in Problems" />
              <div className="form-actions">
                <button type="button" onClick={() => setPending(null)} disabled={busy}>
                  Cancel
                </button>
                <button type="button" className="primary" onClick={confirm} disabled={busy}>
                  Export anyway…
                </button>
              </div>
            </div>
          ) : (
            <div className="form-actions">
              <button type="submit" className="primary" disabled={busy || (elm && elmRelations.length === 0)}>
                {busy ? 'Exporting…' : 'Export…'}
              </button>
            </div>
          )}
        </form>
      )}
      {report && <ExportReport report={report} />}
    </section>
  );
}
