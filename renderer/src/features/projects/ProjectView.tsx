import { useState, type FormEvent } from 'react';
import type { ProjectInfo } from '../../../../shared/domain/project.js';
import { useApi } from '../../app/api-context.js';
import { useProject } from '../../app/project-state.js';
import { useNotify } from '../../ui/notifications.js';

/** The open project's own metadata (title, description, creator, language) and its file. */
export function ProjectView() {
  const project = useProject();
  if (!project) return null;
  // Re-mounting on a new file or a new modification time resets the form to what was saved.
  return <ProjectMetadataForm key={`${project.path}|${project.metadata.modified}`} project={project} />;
}

function ProjectMetadataForm({ project }: { project: ProjectInfo }) {
  const api = useApi();
  const { notify, fail } = useNotify();
  const [draft, setDraft] = useState(project.metadata);
  const dirty = (['title', 'description', 'creator', 'language'] as const).some((k) => draft[k] !== project.metadata[k]);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await api.client.projects.updateMetadata({
        title: draft.title,
        description: draft.description,
        creator: draft.creator,
        language: draft.language,
      });
      notify('success', 'Project properties saved');
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section className="panel project-view" aria-labelledby="project-properties-title">
      <h1 id="project-properties-title">Project properties</h1>
      <form className="form" onSubmit={(e) => void save(e)}>
        <label>
          Title
          <input name="title" required value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </label>
        <label>
          Description
          <textarea
            name="description"
            rows={4}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
        </label>
        <div className="form-row">
          <label>
            Creator
            <input name="creator" value={draft.creator} onChange={(e) => setDraft({ ...draft, creator: e.target.value })} />
          </label>
          <label>
            Language
            <input name="language" value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value })} size={6} />
          </label>
        </div>
        <dl className="facts">
          <dt>File</dt>
          <dd>{project.path}</dd>
          <dt>Created</dt>
          <dd>{new Date(project.metadata.created).toLocaleString()}</dd>
          <dt>Modified</dt>
          <dd>{new Date(project.metadata.modified).toLocaleString()}</dd>
          <dt>Schema version</dt>
          <dd>{project.schemaVersion}</dd>
        </dl>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={!dirty || !draft.title.trim()}>
            Save properties
          </button>
        </div>
      </form>
    </section>
  );
}
