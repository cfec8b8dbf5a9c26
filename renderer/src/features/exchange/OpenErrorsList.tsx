import type { Problem } from '../../../../shared/domain/review.js';

const SHOWN = 50;

/** Error-severity problems open in Problems, as a short list: what an export would publish despite them. */
export function OpenErrorsList({ problems, label }: { problems: readonly Problem[]; label: string }) {
  const shown = problems.slice(0, SHOWN);
  return (
    <ul className="exchange-problems" aria-label={label}>
      {shown.map((p, i) => (
        <li key={`${p.rule} ${p.sourceItemId ?? ''} ${i}`} className="exchange-problem-error">
          {p.sourceText || p.source ? <strong>{p.sourceText || p.source}: </strong> : null}
          {p.message}
        </li>
      ))}
      {problems.length > SHOWN && <li className="muted">…and {problems.length - SHOWN} more (see Problems)</li>}
    </ul>
  );
}
