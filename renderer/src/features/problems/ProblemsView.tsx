import { useMemo, useState } from 'react';
import type { CheckRule, CheckRuleId, Problem, ProblemSeverity } from '../../../../shared/domain/review.js';
import { useApiData } from '../../api/use-api-data.js';
import { useLocalCopy } from '../../api/use-local-copy.js';
import { useApi } from '../../app/api-context.js';
import { useNavigation } from '../../app/navigation.js';
import { useProject } from '../../app/project-state.js';
import { useNotify } from '../../ui/notifications.js';
import { ProblemsTable } from './ProblemsTable.js';
import { RuleSwitches } from './RuleSwitches.js';
import { targetsToLookUp } from './target-labels.js';
import { useTargetLabels } from './use-target-labels.js';

const LIMIT = 5000;
const NO_RULES: CheckRule[] = [];

/** Live checks of the project's mappings; each rule can be switched off for this project. */
export function ProblemsView() {
  const { client } = useApi();
  const { fail } = useNotify();
  const { showItem } = useNavigation();
  const [severity, setSeverity] = useState<ProblemSeverity | ''>('');
  const [rule, setRule] = useState<CheckRuleId | ''>('');
  const [schemeId, setSchemeId] = useState<number | null>(null);
  const saved = useApiData('review', 'rulesGet', {}, { domains: ['review'], onError: fail });
  const schemes = useApiData('sources', 'listSchemes', {}, { domains: ['sources'], onError: fail }).data ?? [];
  // A source is its items: the problems of those items (null while they are on their way).
  const items = useApiData('mappings', 'itemSummaries', schemeId == null ? null : { schemeId }, { domains: ['sources'], onError: fail });
  const sourceItemIds = schemeId == null ? undefined : items.data && !items.stale ? items.data.map((i) => i.itemId) : null;
  const list =
    useApiData(
      'review',
      'problems',
      sourceItemIds === null
        ? null
        : { limit: LIMIT, severities: severity ? [severity] : undefined, rules: rule ? [rule] : undefined, sourceItemIds },
      { domains: ['mappings', 'review', 'vocabularies', 'sources'], onError: fail },
    ).data ?? null;
  const project = useProject();
  const lookUp = useMemo(() => targetsToLookUp(list?.problems ?? []), [list]);
  const targetLabels = useTargetLabels(lookUp, project?.metadata.language);
  // The switches move at once; the saved rules replace them when they arrive.
  const [rules, setRules] = useLocalCopy<CheckRule[]>(saved.data ?? NO_RULES);

  function showProblemItem(problem: Problem) {
    if (problem.sourceItemId != null) showItem({ itemId: problem.sourceItemId, key: problem.source ?? undefined });
  }

  async function toggle(id: CheckRuleId, enabled: boolean) {
    // Switch at once; the core's answer (the saved rules) follows.
    setRules((all) => all.map((r) => (r.id === id ? { ...r, enabled } : r)));
    try {
      setRules(await client.review.rulesSet({ rules: { [id]: enabled } }));
    } catch (error) {
      fail(error);
      saved.reload();
    }
  }

  return (
    <section className="view-page problems-view" aria-labelledby="problems-title">
      <h1 id="problems-title">Problems</h1>
      <div className="problems-layout">
        <RuleSwitches rules={rules} counts={list?.counts ?? {}} onToggle={(id, on) => void toggle(id, on)} />
        <div>
          <div className="filters">
            <label>
              Severity
              <select value={severity} onChange={(e) => setSeverity(e.target.value as ProblemSeverity | '')}>
                <option value="">all</option>
                <option value="error">errors</option>
                <option value="warning">warnings</option>
                <option value="info">information</option>
              </select>
            </label>
            <label>
              Source
              <select value={schemeId ?? ''} onChange={(e) => setSchemeId(e.target.value ? Number(e.target.value) : null)}>
                <option value="">all sources</option>
                {schemes.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Rule
              <select value={rule} onChange={(e) => setRule(e.target.value as CheckRuleId | '')}>
                <option value="">all rules</option>
                {rules.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))}
              </select>
            </label>
            <span role="status" aria-live="polite" data-testid="problem-total">
              {list ? `${list.total} problem(s)` : 'Checking…'}
            </span>
          </div>
          {list && !list.vocabulariesLoaded && (
            <p className="muted">
              Some targets' vocabularies are not in the library: the rules about missing or deprecated targets skip them.
            </p>
          )}
          {list && <ProblemsTable problems={list.problems} rules={rules} onShowItem={showProblemItem} targetLabels={targetLabels} />}
          {list && list.total > list.problems.length && <p className="muted">Showing the first {list.problems.length}.</p>}
        </div>
      </div>
    </section>
  );
}
