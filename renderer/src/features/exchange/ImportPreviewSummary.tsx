import type { ImportPreview } from '../../../../shared/contract/export.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';
import { ImportProblems } from './ImportProblems.js';

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

/** What a staged import holds and would do, its problems, and its first rows. */
export function ImportPreviewSummary({ preview }: { preview: ImportPreview }) {
  const { plan } = preview;
  return (
    <div className="exchange-preview" data-testid="import-preview">
      <dl className="facts">
        <dt>File</dt>
        <dd>
          {preview.file} ({preview.format})
        </dd>
        <dt>Source</dt>
        <dd>
          {preview.source.title} — {preview.source.items} items (
          {plan.scheme.action === 'create' ? 'new scheme' : `merged into “${plan.scheme.title}”`}, {plan.newItems} new)
        </dd>
        <dt>Targets</dt>
        <dd>{preview.targets.map((t) => [t.title, t.version].filter(Boolean).join(' ')).join(', ') || '—'}</dd>
        <dt>Mappings</dt>
        <dd>
          {preview.mappings} ({plan.newMappings} new, {plan.duplicates} already present)
        </dd>
        <dt>Relations</dt>
        <dd>{counts(preview.byRelation)}</dd>
        <dt>Statuses</dt>
        <dd>{counts(preview.byStatus)}</dd>
      </dl>
      <ImportProblems problems={preview.problems} />
      <table className="exchange-sample">
        <caption>
          First {Math.min(preview.sample.length, 50)} of {preview.mappings} mappings
        </caption>
        <ColumnHeads columns={['Item', 'Relation', 'Target', 'Status']} />
        <tbody>
          {preview.sample.slice(0, 50).map((row, i) => (
            <tr key={i}>
              <td title={row.subjectKey}>{row.subjectLabel}</td>
              <td>{row.kind === 'match' ? row.relation : row.kind}</td>
              <td title={row.targetUri ?? ''}>{row.targetLabel || row.targetUri || '—'}</td>
              <td>{row.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
