import { useState, type FormEvent } from 'react';
import { useNotify } from '../../ui/notifications.js';
import { PersonFieldsEditor } from './PersonFieldsEditor.js';
import { personProblems, type PersonFields, type PersonSettings } from './use-person-settings.js';

/** The person working: recorded as author of every change and as reviewer (SSSOM author_id, JSKOS creator, History). */
export function PersonForm({ person }: { person: PersonSettings & { saved: PersonFields } }) {
  const { notify, fail } = useNotify();
  const [fields, setFields] = useState<PersonFields>(person.saved);
  const [tried, setTried] = useState(false);
  const problems = personProblems(fields);
  const dirty = (Object.keys(fields) as (keyof PersonFields)[]).some((k) => fields[k].trim() !== person.saved[k]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length) return;
    try {
      await person.save(fields);
      notify('success', 'Saved: changes are now recorded as ' + fields.userName.trim());
    } catch (error) {
      fail(error);
    }
  }

  return (
    <form className="settings-form" aria-labelledby="settings-person" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="settings-person">You</h2>
      <p className="muted">
        Every change, review decision and export names this person. An ORCID iD makes the name unambiguous in exports.
      </p>
      <PersonFieldsEditor fields={fields} problems={tried ? problems : {}} onChange={setFields} />
      <button type="submit" disabled={!dirty}>
        Save person
      </button>
    </form>
  );
}
