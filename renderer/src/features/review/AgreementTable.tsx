import type { PairAgreement } from '../../../../shared/domain/review.js';
import { REVIEW_DECISIONS } from '../../../../shared/domain/review.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

/** Interpretation bands of Landis & Koch (1977), the ones most QA reports quote. */
export function kappaBand(kappa: number | null): string {
  if (kappa == null) return 'undefined';
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}

/** Cohen's kappa per reviewer pair, with observed / chance agreement and the confusion table. */
export function AgreementTable({ pairs }: { pairs: readonly PairAgreement[] }) {
  if (pairs.length === 0) return <p className="muted">No mapping has been reviewed by two reviewers yet.</p>;
  return (
    <>
      <table className="data-table" aria-label="Agreement per reviewer pair">
        <ColumnHeads columns={['Reviewers', 'Both reviewed', 'Agreed', 'Observed', 'By chance', "Cohen's κ"]} />
        <tbody>
          {pairs.map((p) => (
            <tr key={`${p.reviewerA.id}-${p.reviewerB.id}`}>
              <th scope="row">
                {p.reviewerA.name} × {p.reviewerB.name}
              </th>
              <td>{p.n}</td>
              <td>{p.agreed}</td>
              <td>{p.observed.toFixed(2)}</td>
              <td>{p.expected.toFixed(2)}</td>
              <td>
                <span className="kappa" data-testid="kappa">
                  {p.kappa == null ? '–' : p.kappa.toFixed(2)}
                </span>{' '}
                <span className="muted">({kappaBand(p.kappa)})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pairs.map((p) => (
        <table
          key={`${p.reviewerA.id}-${p.reviewerB.id}`}
          className="data-table confusion"
          aria-label={`Decisions of ${p.reviewerA.name} (rows) against ${p.reviewerB.name} (columns)`}
        >
          <caption>
            {p.reviewerA.name} (rows) × {p.reviewerB.name} (columns)
          </caption>
          <thead>
            <tr>
              <td />
              {REVIEW_DECISIONS.map((d) => (
                <th key={d} scope="col">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {REVIEW_DECISIONS.map((d, i) => (
              <tr key={d}>
                <th scope="row">{d}</th>
                {REVIEW_DECISIONS.map((e, j) => (
                  <td key={e}>{p.table[i]?.[j] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
