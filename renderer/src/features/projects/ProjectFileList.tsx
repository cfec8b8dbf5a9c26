import { useEffect, useState } from 'react';
import type { ProjectFileEntry } from '../../../../shared/domain/project.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/**
 * The project files in the served data folder, to open by name: a served page never names a path
 * on the server's machine.
 */
export function ProjectFileList({ onOpened }: { onOpened?: () => void }) {
  const api = useApi();
  const { fail } = useNotify();
  const [files, setFiles] = useState<ProjectFileEntry[] | null>(null);
  useEffect(() => {
    api.client.projects.list({}).then(setFiles, fail);
  }, [api, fail]);

  const open = async (name: string) => {
    try {
      await api.client.projects.open({ name });
      onOpened?.();
    } catch (error) {
      fail(error);
    }
  };

  if (!files) return <p className="muted">Loading…</p>;
  if (!files.length) return <p className="muted">No projects in the data folder yet.</p>;
  return (
    <ul className="recent-list" aria-label="Projects in the data folder">
      {files.map((f) => (
        <li key={f.name}>
          <button type="button" className="link-button" onClick={() => void open(f.name)}>
            <strong>{f.title ?? f.name}</strong>
            <span className="muted">
              {f.name} · {formatSize(f.bytes)} · {new Date(f.modified).toLocaleString()}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
