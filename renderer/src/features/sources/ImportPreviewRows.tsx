import type { ImportField, PreviewRow, SplitPreview } from '../../../../shared/domain/source.js';
import { FIELD_LABELS } from './import-fields.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';
import { SplitOutcomesTable } from './SplitOutcomesTable.js';

export type Fixes = Record<number, Partial<Record<ImportField, string>>>;

interface Props {
  rows: PreviewRow[];
  /** With outcome splitting: the outcomes listed instead of the raw cells. */
  split?: SplitPreview;
  fixes: Fixes;
  excluded: ReadonlySet<number>;
  onFix(row: number, field: ImportField, value: string): void;
  onExclude(row: number, excluded: boolean): void;
}

const SAMPLE = 30;

/** Flagged rows with a field to fix each problem and a switch to leave the row out, then a sample of the rest (or their split outcomes). */
export function ImportPreviewRows({ rows, split, fixes, excluded, onFix, onExclude }: Props) {
  const flagged = rows.filter((r) => r.problems.length > 0);
  const clean = rows.filter((r) => r.problems.length === 0).slice(0, SAMPLE);
  return (
    <>
      {flagged.length > 0 && (
        <section aria-labelledby="flagged-title" className="import-flagged">
          <h3 id="flagged-title">Rows to check ({flagged.length})</h3>
          <ul className="import-flagged-list">
            {flagged.map((row) => {
              const isExcluded = excluded.has(row.row);
              const fields = [...new Set(row.problems.filter((p) => p.field).map((p) => p.field as ImportField))];
              return (
                <li key={row.row} className={isExcluded ? 'import-row-excluded' : undefined} data-testid="flagged-row">
                  <div className="import-row-head">
                    <strong>Row {row.row}</strong> <span className="muted">{row.values.text?.slice(0, 120)}</span>
                    <label className="inline-check">
                      <input type="checkbox" checked={isExcluded} onChange={(e) => onExclude(row.row, e.target.checked)} /> Exclude row{' '}
                      {row.row}
                    </label>
                  </div>
                  <ul className="import-problems">
                    {row.problems.map((p, i) => (
                      <li key={i} className={`problem-${p.severity}`}>
                        {p.field ? `${FIELD_LABELS[p.field as ImportField] ?? p.field}: ` : ''}
                        {p.message}
                      </li>
                    ))}
                  </ul>
                  {!isExcluded &&
                    fields.map((field) => (
                      <label key={field} className="form-field import-fix">
                        <span>
                          Fix {FIELD_LABELS[field]} in row {row.row}
                        </span>
                        <input
                          value={fixes[row.row]?.[field] ?? row.values[field] ?? ''}
                          onChange={(e) => onFix(row.row, field, e.target.value)}
                        />
                      </label>
                    ))}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {split && <SplitOutcomesTable split={split} />}
      {!split && clean.length > 0 && (
        <section aria-labelledby="sample-title">
          <h3 id="sample-title">
            Rows without problems{' '}
            {rows.length - flagged.length > SAMPLE ? `(first ${SAMPLE} of ${rows.length - flagged.length})` : `(${clean.length})`}
          </h3>
          <table className="import-sample">
            <ColumnHeads columns={['Row', 'Id', 'Text', 'Course', 'Items']} />
            <tbody>
              {clean.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.values.id}</td>
                  <td>{r.values.text}</td>
                  <td>{r.values.courseTitle || r.values.course}</td>
                  <td>{r.items}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
