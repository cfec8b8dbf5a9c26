import type { PersonFields } from './use-person-settings.js';

/** Name, ORCID iD and e-mail inputs with their problems shown beside them. */
export function PersonFieldsEditor({
  fields,
  problems,
  onChange,
  autoFocus,
}: {
  fields: PersonFields;
  problems: Partial<Record<keyof PersonFields, string>>;
  onChange(fields: PersonFields): void;
  autoFocus?: boolean;
}) {
  const field = (key: keyof PersonFields, label: string, extra: { type?: string; placeholder?: string; autoComplete?: string }) => (
    <label className="form-field">
      {label}
      <input
        value={fields[key]}
        onChange={(e) => onChange({ ...fields, [key]: e.target.value })}
        aria-invalid={problems[key] ? true : undefined}
        aria-describedby={problems[key] ? `person-${key}-problem` : undefined}
        {...(autoFocus && key === 'userName' ? { 'data-autofocus': true } : {})}
        {...extra}
      />
      {problems[key] && (
        <span id={`person-${key}-problem`} className="field-problem">
          {problems[key]}
        </span>
      )}
    </label>
  );
  return (
    <>
      {field('userName', 'Name', { autoComplete: 'name' })}
      {field('orcid', 'ORCID iD (optional)', { placeholder: '0000-0002-1825-0097' })}
      {field('email', 'E-mail (optional)', { type: 'email', autoComplete: 'email' })}
    </>
  );
}
