import type { ExchangeProblem } from '../../../../shared/domain/correspondence.js';

/** Rows listed at most; the rest are counted. */
export const SHOWN_PROBLEMS = 200;

const SEVERITY_WORDS: Record<ExchangeProblem['severity'], [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['repair or note', 'repairs and notes'],
};

/** "2 errors, 1 repair or note": the problems counted by severity, errors first. */
export function countBySeverity(problems: readonly ExchangeProblem[]): string {
  return (['error', 'warning', 'info'] as const)
    .map((severity) => {
      const n = problems.filter((p) => p.severity === severity).length;
      return n ? `${n} ${SEVERITY_WORDS[severity][n === 1 ? 0 : 1]}` : '';
    })
    .filter(Boolean)
    .join(', ');
}

/**
 * What the import repaired, warns about or refuses, each with its line and field: remarks on the
 * whole file first (statements merged, rows ignored, status given), then the rows in file order.
 */
export function ordered(problems: readonly ExchangeProblem[]): ExchangeProblem[] {
  const onFile = problems.filter((p) => p.line === undefined);
  const onRows = problems.filter((p) => p.line !== undefined).sort((a, b) => a.line! - b.line!);
  return [...onFile, ...onRows];
}

export function ImportProblems({ problems }: { problems: readonly ExchangeProblem[] }) {
  if (problems.length === 0) return null;
  const shown = ordered(problems).slice(0, SHOWN_PROBLEMS);
  return (
    <>
      <h4>Problems and repairs ({countBySeverity(problems)})</h4>
      <ul className="exchange-problems" aria-label="Import problems">
        {shown.map((p, i) => (
          <li key={i} className={`exchange-problem-${p.severity}`}>
            <span className="badge">{p.severity}</span>
            {p.line !== undefined && `line ${p.line}: `}
            {p.field && `${p.field}: `}
            {p.message}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && (
        <p className="muted">
          The first {shown.length} are listed; {problems.length - shown.length} more are not.
        </p>
      )}
    </>
  );
}
