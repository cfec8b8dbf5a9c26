import { useProject } from '../../app/project-state.js';
import { ModelSettingsPart } from './ModelSettingsForm.js';
import { PersonForm } from './PersonForm.js';
import { ProjectSettingsForm } from './ProjectSettingsForm.js';
import { usePersonSettings } from './use-person-settings.js';
import { useProjectSettings } from './use-project-settings.js';

/** Settings: the person working (name, ORCID iD, e-mail) and, with a project open, the project's own. */
export function SettingsView() {
  const project = useProject();
  const person = usePersonSettings();
  return (
    <section className="view-page settings-view" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {person.saved ? <PersonForm person={{ ...person, saved: person.saved }} /> : <p className="muted">Loading…</p>}
      <ModelSettingsPart />
      {project && <ProjectPart key={project.path} />}
    </section>
  );
}

function ProjectPart() {
  const { saved, save } = useProjectSettings();
  if (!saved) return <p className="muted">Loading the project settings…</p>;
  return <ProjectSettingsForm saved={saved} save={save} />;
}
