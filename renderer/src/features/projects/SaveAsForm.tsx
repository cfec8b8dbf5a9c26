import { useState, type FormEvent } from 'react';
import { useApi } from '../../app/api-context.js';
import { useProject } from '../../app/project-state.js';
import { useNotify } from '../../ui/notifications.js';

/** Save As in a served page: a new file name in the data folder (the server takes no paths). */
export function SaveAsForm({ onDone }: { onDone: () => void }) {
  const api = useApi();
  const project = useProject();
  const { fail } = useNotify();
  const current =
    project?.path
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.crosswalk$/, '') ?? 'project';
  const [name, setName] = useState(`${current}-copy`);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await api.client.projects.saveAs({ name: name.trim() });
      onDone();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <label>
        New file name in the data folder
        <input name="name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          Save copy and continue in it
        </button>
      </div>
    </form>
  );
}
