import { useCallback, useEffect, useState } from 'react';
import { namesAnyOf } from '../../../../shared/domain/events.js';
import type { CheckRule, CheckRuleId, Problem, ProblemList, ProblemSeverity } from '../../../../shared/domain/review.js';
import { useApi, useAppEvents } from '../../app/api-context.js';
import { useNavigation } from '../../app/navigation.js';
import { useNotify } from '../../ui/notifications.js';
import { ProblemsTable } from './ProblemsTable.js';
import { RuleSwitches } from './RuleSwitches.js';

const LIMIT = 5000;

/** Live checks of the project's mappings; each rule can be switched off for this project. */
export function ProblemsView() {
  const { client } = useApi();
  const { fail } = useNotify();
  const { showItem } = useNavigation();
  const [rules, setRules] = useState<CheckRule[]>([]);
  const [list, setList] = useState<ProblemList | null>(null);
  const [severity, setSeverity] = useState<ProblemSeverity | ''>('');
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    Promise.all([client.review.rulesGet({}), client.review.problems({ limit: LIMIT, severities: severity ? [severity] : undefined })]).then(([r, p]) => {
      if (!live) return;
      setRules(r);
      setList(p);
    }, fail);
    return () => {
      live = false;
    };
  }, [client, fail, severity, generation]);

  useAppEvents((event) => {
    if (namesAnyOf(event, ['mappings', 'review', 'vocabularies', 'sources'])) reload();
  });

  function showProblemItem(problem: Problem) {
    if (problem.sourceItemId != null) showItem({ itemId: problem.sourceItemId, key: problem.source ?? undefined });
  }

  async function toggle(id: CheckRuleId, enabled: boolean) {
    // Switch at once; the core's answer (the saved rules) follows.
    setRules((all) => all.map((r) => (r.id === id ? { ...r, enabled } : r)));
    try {
      setRules(await client.review.rulesSet({ rules: { [id]: enabled } }));
      reload();
    } catch (error) {
      fail(error);
      reload();
    }
  }

  return (
    <section className="view-page problems-view" aria-labelledby="problems-title">
      <h2 id="problems-title">Problems</h2>
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
            <span role="status" aria-live="polite" data-testid="problem-total">
              {list ? `${list.total} problem(s)` : 'Checking…'}
            </span>
          </div>
          {list && !list.vocabulariesLoaded && <p className="muted">Some targets' vocabularies are not in the library: the rules about missing or deprecated targets skip them.</p>}
          {list && <ProblemsTable problems={list.problems} rules={rules} onShowItem={showProblemItem} />}
          {list && list.total > list.problems.length && <p className="muted">Showing the first {list.problems.length}.</p>}
        </div>
      </div>
    </section>
  );
}
