import type { OutcomeCoverage } from '../../../../shared/domain/outcome-coverage.js';

const parts = (n: number) => `${n} ${n === 1 ? 'part' : 'parts'}`;

/** "Outcome coverage: 2 of 4 parts covered", and which parts no accepted mapping covers yet. */
export function OutcomeCoverageLine({ coverage }: { coverage: OutcomeCoverage }) {
  const total = coverage.parts.length;
  if (total === 0) return null;
  const open = coverage.parts.filter((p) => p.coveredBy.length === 0);
  const untied = coverage.untied.length;
  return (
    <p className="outcome-coverage" data-testid="outcome-coverage">
      <span>Outcome coverage: </span>
      <strong>
        {coverage.covered} of {parts(total)} covered
      </strong>
      {open.length > 0 && total > 1 && (
        <>
          <span>. Not yet covered: </span>
          {open.map((p, index) => (
            <span key={index} className="outcome-part-open">
              {index > 0 && ', '}«{p.text}»
            </span>
          ))}
        </>
      )}
      {untied > 0 && (
        <span className="muted">
          {' '}
          ({untied} accepted {untied === 1 ? 'mapping is' : 'mappings are'} not tied to a part: added without a suggestion)
        </span>
      )}
    </p>
  );
}
