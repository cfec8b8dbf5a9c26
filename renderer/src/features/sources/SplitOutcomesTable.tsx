import type { SplitPreview } from '../../../../shared/domain/source.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

/** The outcomes the split cells become, one row each with its course, and the lead-ins kept on the courses. */
export function SplitOutcomesTable({ split }: { split: SplitPreview }) {
  const more = split.outcomes > split.items.length;
  return (
    <section aria-labelledby="split-title">
      <h3 id="split-title">Outcomes after splitting</h3>
      <p data-testid="split-count">
        {split.cells} {split.cells === 1 ? 'cell' : 'cells'} → {split.outcomes} {split.outcomes === 1 ? 'outcome' : 'outcomes'}
        {more ? ` (the first ${split.items.length} are listed)` : ''}
      </p>
      {split.leadIns.length > 0 && (
        <details className="split-lead-ins">
          <summary>Lead-ins kept on the course, not on each outcome ({split.leadIns.length})</summary>
          <ul aria-label="Lead-ins kept on the course">
            {split.leadIns.map((l) => (
              <li key={l.course}>
                <strong>{l.course}</strong>: {l.leadIn}
              </li>
            ))}
          </ul>
        </details>
      )}
      <table className="import-sample" aria-label="Split outcomes">
        <ColumnHeads columns={['Row', 'Course', 'Outcome']} />
        <tbody>
          {split.items.map((item, i) => (
            <tr key={i}>
              <td>{item.row}</td>
              <td>{item.course}</td>
              <td>{item.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
