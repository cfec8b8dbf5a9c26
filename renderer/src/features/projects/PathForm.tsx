import { useState, type FormEvent } from 'react';

/** The browser's stand-in for a native file dialog: a path on the machine running the server. */
export function PathForm({ label, action, initial = '', onSubmit }: { label: string; action: string; initial?: string; onSubmit: (path: string) => Promise<void> }) {
  const [path, setPath] = useState(initial);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await onSubmit(path.trim());
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <label>
        {label}
        <input name="path" value={path} onChange={(e) => setPath(e.target.value)} required autoFocus placeholder="/home/me/projects/my-project.crosswalk" />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !path.trim()}>
          {action}
        </button>
      </div>
    </form>
  );
}
