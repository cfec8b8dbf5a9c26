import type { CheckRule, CheckRuleId } from '../../../../shared/domain/review.js';

/** One switch per check rule, with its description and current count. */
export function RuleSwitches({
  rules,
  counts,
  onToggle,
}: {
  rules: readonly CheckRule[];
  counts: Partial<Record<CheckRuleId, number>>;
  onToggle(id: CheckRuleId, enabled: boolean): void;
}) {
  return (
    <fieldset className="rule-switches">
      <legend>Rules</legend>
      {rules.map((rule) => (
        <label key={rule.id} className="rule-switch" title={rule.description}>
          <input type="checkbox" checked={rule.enabled} onChange={(e) => onToggle(rule.id, e.target.checked)} />
          <span>
            <span className={`severity-${rule.severity}`}>{rule.severity}</span> {rule.title}
            {rule.enabled && <span className="count"> ({counts[rule.id] ?? 0})</span>}
            <span className="rule-description muted">{rule.description}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
