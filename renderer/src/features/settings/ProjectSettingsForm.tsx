import { useState, type FormEvent } from 'react';
import type { ProjectSettings } from '../../../../shared/contract/projects.js';
import { useNotify } from '../../ui/notifications.js';
import { projectProblems } from './use-project-settings.js';

type TextKey = Exclude<keyof ProjectSettings, 'defaultStatus'>;

const TEXT_FIELDS: { key: TextKey; label: string; placeholder: string }[] = [
  { key: 'uriBase', label: 'URI base', placeholder: 'empty: your default URI base' },
  { key: 'license', label: 'Licence', placeholder: 'https://creativecommons.org/licenses/by/4.0/' },
  { key: 'mappingSetId', label: 'Mapping-set id (URI)', placeholder: 'empty: minted under the URI base' },
  { key: 'mappingSetTitle', label: 'Mapping-set title', placeholder: 'empty: the project title' },
];

/** Settings kept in the project file, so every copy exports alike; shown disabled, saying why, when no project is open. */
export function ProjectSettingsForm({
  saved,
  save,
  disabledReason,
}: {
  saved: ProjectSettings;
  save(fields: ProjectSettings): Promise<ProjectSettings>;
  disabledReason?: string;
}) {
  const { notify, fail } = useNotify();
  const [fields, setFields] = useState<ProjectSettings>(saved);
  const [tried, setTried] = useState(false);
  const problems = projectProblems(fields);
  const shown = tried ? problems : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length) return;
    try {
      setFields(await save(fields));
      notify('success', 'Project settings saved');
    } catch (error) {
      fail(error);
    }
  }

  return (
    <form className="settings-form" aria-labelledby="settings-project" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="settings-project">This project</h2>
      {disabledReason && (
        <p id="settings-project-disabled" className="muted">
          {disabledReason}
        </p>
      )}
      <fieldset disabled={Boolean(disabledReason)} aria-describedby={disabledReason ? 'settings-project-disabled' : undefined}>
        {TEXT_FIELDS.map(({ key, label, placeholder }) => (
          <label key={key} className="form-field">
            {label}
            <input
              value={fields[key]}
              placeholder={placeholder}
              onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
              aria-invalid={shown[key] ? true : undefined}
              aria-describedby={shown[key] ? `project-${key}-problem` : undefined}
            />
            {shown[key] && (
              <span id={`project-${key}-problem`} className="field-problem">
                {shown[key]}
              </span>
            )}
          </label>
        ))}
        <label className="form-field">
          Default status of new mappings
          <select
            value={fields.defaultStatus}
            onChange={(e) => setFields({ ...fields, defaultStatus: e.target.value as ProjectSettings['defaultStatus'] })}
          >
            <option value="proposed">proposed (to be reviewed)</option>
            <option value="accepted">accepted</option>
            <option value="unsure">unsure</option>
          </select>
        </label>
        <button type="submit">Save project settings</button>
      </fieldset>
    </form>
  );
}
