import { useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog.js';
import { useNotify } from '../../ui/notifications.js';
import { PersonFieldsEditor } from './PersonFieldsEditor.js';
import { EMPTY_PERSON, personProblems, usePersonSettings, type PersonFields } from './use-person-settings.js';

/**
 * Asks once, at start, who is working when the settings hold no name: every change is recorded
 * with it and the app never falls back to the computer's account name. "Not now" leaves it to the
 * Settings view (changes are refused until a name is there).
 */
export function PersonPrompt() {
  const person = usePersonSettings();
  const { fail } = useNotify();
  const [dismissed, setDismissed] = useState(false);
  const [fields, setFields] = useState<PersonFields>(EMPTY_PERSON);
  const [tried, setTried] = useState(false);
  const problems = personProblems(fields);

  // Saving a name closes it for good; "Not now" for this session.
  const open = person.saved !== null && !person.saved.userName.trim() && !dismissed;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length) return;
    try {
      await person.save(fields);
    } catch (error) {
      fail(error);
    }
  }

  return (
    <Dialog title="Who is working?" open={open} onClose={() => setDismissed(true)}>
      <form className="settings-form" onSubmit={(e) => void submit(e)} noValidate>
        <p>Every change and review decision is recorded with your name (and ORCID iD in exports). You can change it later in Settings.</p>
        <PersonFieldsEditor fields={fields} problems={tried ? problems : {}} onChange={setFields} autoFocus />
        <div className="dialog-actions">
          <button type="submit">Save and continue</button>
          <button type="button" onClick={() => setDismissed(true)}>
            Not now
          </button>
        </div>
      </form>
    </Dialog>
  );
}
