import type { CheckRule, Problem } from '../../../../shared/domain/review.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';
import { ShowInWorkbenchButton } from '../../ui/ShowInWorkbenchButton.js';
import { withTargetLabels } from './target-labels.js';

interface Props {
  problems: readonly Problem[];
  rules: readonly CheckRule[];
  /** When given, rows about a source item get a "Show in workbench" button that calls it. */
  onShowItem?: (problem: Problem) => void;
  /** Target labels by URI; a target without one shows its URI. */
  targetLabels?: ReadonlyMap<string, string>;
}

/** The problems found, worst first as the core orders them. */
export function ProblemsTable({ problems, rules, onShowItem, targetLabels }: Props) {
  const titles = new Map(rules.map((r) => [r.id, r.title]));
  if (problems.length === 0) return <p>No problems found by the enabled rules.</p>;
  return (
    <table className="data-table" aria-label="Problems">
      <ColumnHeads columns={['Severity', 'Rule', 'Source item', 'Problem', 'Targets']} />
      <tbody>
        {problems.map((p, index) => (
          <tr key={`${p.rule}-${p.sourceItemId}-${index}`} data-rule={p.rule}>
            <td className={`severity-${p.severity}`}>{p.severity}</td>
            <td>{titles.get(p.rule) ?? p.rule}</td>
            <td>
              <span className="item-key">{p.source}</span> {p.sourceText}
              {onShowItem && p.sourceItemId != null && (
                <ShowInWorkbenchButton itemName={p.source ?? p.sourceText} onClick={() => onShowItem(p)} />
              )}
            </td>
            <td>{withTargetLabels(p.message, p.targets, targetLabels)}</td>
            <td>
              {p.targets.map((t) =>
                targetLabels?.has(t) ? (
                  <span key={t} className="target-label" title={t}>
                    {targetLabels.get(t)}
                  </span>
                ) : (
                  <code key={t} className="muted target-uri">
                    {t}
                  </code>
                ),
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
