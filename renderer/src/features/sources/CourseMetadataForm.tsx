import { useState, type FormEvent } from 'react';
import type { CourseMetadata, PickerOptions, SourceGroupRow } from '../../../../shared/domain/source.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

type Draft = Record<keyof CourseMetadata | 'title' | 'description', string>;

const TEXT_FIELDS: [keyof CourseMetadata, string][] = [
  ['awardingBody', 'Awarding body'],
  ['country', 'Country'],
  ['assessment', 'Type of assessment'],
  ['participation', 'Form of participation'],
  ['qualityAssurance', 'Type of quality assurance'],
  ['prerequisites', 'Prerequisites'],
  ['supervisionAndIdentityVerification', 'Supervision and identity verification'],
  ['integrationStackability', 'Integration / stackability'],
  ['language', 'Language'],
  ['url', 'Web page'],
  ['outcomesLeadIn', 'Lead-in of the outcome list'],
];

function toDraft(group: SourceGroupRow): Draft {
  const m = group.metadata as Record<string, unknown>;
  const value = (k: string) => (m[k] === undefined ? '' : String(m[k]));
  const draft: Record<string, string> = { title: group.title, description: group.description };
  for (const k of ['ects', 'workloadHours', 'eqfLevel', 'qfEheaCycle', 'iscedF', ...TEXT_FIELDS.map(([f]) => f)]) draft[k] = value(k);
  return draft as Draft;
}

function toMetadata(d: Draft): CourseMetadata {
  const num = (s: string) => (s.trim() ? Number(s.trim().replace(',', '.')) : undefined);
  const text = (s: string) => s.trim() || undefined;
  return {
    ects: num(d.ects),
    workloadHours: num(d.workloadHours),
    eqfLevel: num(d.eqfLevel),
    qfEheaCycle: (text(d.qfEheaCycle) as CourseMetadata['qfEheaCycle']) ?? undefined,
    iscedF: text(d.iscedF),
    ...Object.fromEntries(TEXT_FIELDS.map(([k]) => [k, text(d[k])])),
  };
}

/** The EU constitutive elements of a micro-credential, for one course (keyed by the caller so new data resets the form). */
export function CourseMetadataForm({ group, pickers }: { group: SourceGroupRow; pickers: PickerOptions | null }) {
  const { client } = useApi();
  const { fail, notify } = useNotify();
  const [draft, setDraft] = useState<Draft>(() => toDraft(group));
  const [saving, setSaving] = useState(false);
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    try {
      await client.sources.updateGroup({ id: group.id, title: draft.title, description: draft.description, metadata: toMetadata(draft) });
      notify('success', `Saved "${draft.title || group.key}"`);
    } catch (error) {
      fail(error);
    } finally {
      setSaving(false);
    }
  };

  const field = (key: keyof Draft, label: string, multiline = false) => (
    <label className="form-field" key={key}>
      <span>{label}</span>
      {multiline ? <textarea rows={2} value={draft[key]} onChange={set(key)} /> : <input value={draft[key]} onChange={set(key)} />}
    </label>
  );

  return (
    <form className="course-form" aria-label={`Course ${group.title || group.key}`} onSubmit={(e) => void save(e)}>
      <h3>
        Course <code>{group.key}</code>
      </h3>
      {field('title', 'Title')}
      {field('description', 'Description', true)}
      <div className="course-form-row">
        <label className="form-field">
          <span>ECTS credits</span>
          <input type="number" min="0.5" step="0.5" inputMode="decimal" value={draft.ects} onChange={set('ects')} />
        </label>
        <label className="form-field">
          <span>Notional workload (hours)</span>
          <input type="number" min="1" step="1" value={draft.workloadHours} onChange={set('workloadHours')} />
        </label>
      </div>
      <div className="course-form-row">
        <label className="form-field">
          <span>EQF level</span>
          <select aria-label="EQF level" value={draft.eqfLevel} onChange={set('eqfLevel')}>
            <option value="">—</option>
            {(pickers?.eqfLevels ?? []).map((l) => (
              <option key={l.level} value={String(l.level)}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span>QF-EHEA cycle</span>
          <select aria-label="QF-EHEA cycle" value={draft.qfEheaCycle} onChange={set('qfEheaCycle')}>
            <option value="">—</option>
            <option value="short">Short cycle</option>
            <option value="first">First cycle</option>
            <option value="second">Second cycle</option>
            <option value="third">Third cycle</option>
          </select>
        </label>
      </div>
      <label className="form-field">
        <span>ISCED-F 2013 field</span>
        {pickers?.iscedF ? (
          <select aria-label="ISCED-F 2013 field" value={draft.iscedF} onChange={set('iscedF')}>
            <option value="">—</option>
            {draft.iscedF && !pickers.iscedF.some((o) => o.code === draft.iscedF) && (
              <option value={draft.iscedF}>
                {draft.iscedF} (not in {pickers.iscedFVocabulary})
              </option>
            )}
            {pickers.iscedF.map((o) => (
              <option key={o.code} value={o.code}>
                {o.code} {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            value={draft.iscedF}
            onChange={set('iscedF')}
            pattern="\d{2,4}"
            title="An ISCED-F 2013 code of 2 to 4 digits, e.g. 0613"
            placeholder="e.g. 0613"
          />
        )}
      </label>
      {TEXT_FIELDS.map(([k, label]) =>
        field(
          k,
          label,
          [
            'assessment',
            'participation',
            'qualityAssurance',
            'prerequisites',
            'supervisionAndIdentityVerification',
            'integrationStackability',
          ].includes(k),
        ),
      )}
      <button type="submit" className="primary" disabled={saving}>
        Save course
      </button>
    </form>
  );
}
