import { useState, type FormEvent } from 'react';
import { PROJECT_FILTERS } from './project-actions.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** Title, description, creator and language of a new project; Electron also asks where to save it. */
export function NewProjectForm({ onDone }: { onDone: () => void }) {
  const api = useApi();
  const { fail } = useNotify();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [creator, setCreator] = useState('');
  const [language, setLanguage] = useState('en');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      let path: string | undefined;
      if (api.transport.shell) {
        const chosen = await api.transport.shell.chooseSavePath({
          title: 'Create project',
          defaultName: `${title}.crosswalk`,
          filters: PROJECT_FILTERS,
        });
        if (!chosen) return;
        path = chosen;
      }
      await api.client.projects.create({ title, description, creator: creator || undefined, language, path });
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
        Title
        <input
          name="title"
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          autoFocus
          placeholder="e.g. Data literacy micro-credential → ESCO"
        />
      </label>
      <label>
        Description
        <textarea name="description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <div className="form-row">
        <label>
          Creator
          <input name="creator" value={creator} onChange={(e) => setCreator(e.target.value)} placeholder="your name or organisation" />
        </label>
        <label>
          Language
          <input
            name="language"
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
            pattern="[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*"
            size={6}
          />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !title.trim()}>
          Create project
        </button>
      </div>
    </form>
  );
}
