import { useMemo, useState } from 'react';
import { useApiData } from '../../api/use-api-data.js';
import { useNotify } from '../../ui/notifications.js';
import { BarChart } from './BarChart.js';
import { BUCKET_SERIES, bucketRows, countsRow, ITEM_SERIES } from './coverage-series.js';
import { Treemap } from './Treemap.js';

/** How much of each source and course is mapped, and which parts of ESCO / ISCED-F they cover. */
export function CoverageView() {
  const { fail } = useNotify();
  const [schemeId, setSchemeId] = useState<number | null>(null);
  const [groupId, setGroupId] = useState<number | null>(null);
  const [withProposed, setWithProposed] = useState(false);
  const schemes = useApiData('sources', 'listSchemes', {}, { domains: ['sources'], onError: fail }).data ?? [];
  const groups =
    useApiData('sources', 'listGroups', schemeId == null ? null : { schemeId }, { domains: ['sources'], onError: fail }).data ?? [];
  const coverage =
    useApiData(
      'review',
      'coverage',
      { schemeId: schemeId ?? undefined, groupId: groupId ?? undefined, statuses: withProposed ? ['accepted', 'proposed'] : ['accepted'] },
      { domains: ['mappings', 'sources', 'vocabularies'], onError: fail },
    ).data ?? null;

  const schemeRows = useMemo(() => (coverage ? coverage.schemes.map((s) => countsRow(`s${s.schemeId}`, s.title, s)) : []), [coverage]);
  const groupRows = useMemo(
    () => (coverage ? coverage.groups.map((g) => countsRow(`g${g.groupId}`, g.title || g.key, g)) : []),
    [coverage],
  );

  return (
    <section className="view-page coverage-view" aria-labelledby="coverage-title">
      <h1 id="coverage-title">Coverage</h1>
      <div className="filters">
        <label>
          Source
          <select
            value={schemeId ?? ''}
            onChange={(e) => {
              setSchemeId(e.target.value ? Number(e.target.value) : null);
              setGroupId(null);
            }}
          >
            <option value="">All sources</option>
            {schemes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Course
          <select
            value={groupId ?? ''}
            disabled={schemeId == null}
            onChange={(e) => setGroupId(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">All courses</option>
            {schemeId != null &&
              groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title || g.key}
                </option>
              ))}
          </select>
        </label>
        <label className="checkbox-label">
          <input type="checkbox" checked={withProposed} onChange={(e) => setWithProposed(e.target.checked)} />
          Count proposed mappings for target coverage
        </label>
      </div>
      {!coverage ? (
        <p className="muted">Counting…</p>
      ) : (
        <div className="coverage-grid">
          <p data-testid="coverage-total">
            {coverage.total.items} items: {coverage.total.mapped} mapped, {coverage.total.proposed} proposed only, {coverage.total.unsure}{' '}
            unsure, {coverage.total.noMatch} no match, {coverage.total.unmapped} unmapped.
          </p>
          {schemeRows.length > 0 && <BarChart title="Items per source" rows={schemeRows} series={ITEM_SERIES} />}
          {groupRows.length > 0 && <BarChart title="Items per course" rows={groupRows} series={ITEM_SERIES} />}
          <Treemap
            title="ESCO skill groups covered (source items)"
            valueLabel="Source items"
            items={coverage.targets.skillGroups.map((b) => ({ id: b.key, label: b.label, value: b.items }))}
          />
          <BarChart title="ISCED-F 2013 fields covered" rows={bucketRows(coverage.targets.iscedFields)} series={BUCKET_SERIES} />
          <BarChart
            title="ESCO collections covered (transversal, digital, green, language…)"
            rows={bucketRows(coverage.targets.collections)}
            series={BUCKET_SERIES}
          />
          {coverage.targets.unresolved > 0 && (
            <p className="muted">{coverage.targets.unresolved} target(s) are not in the library and could not be grouped.</p>
          )}
        </div>
      )}
    </section>
  );
}
