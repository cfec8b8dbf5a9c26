import type { ProjectSettings } from '../../../../shared/contract/projects.js';
import { useProject } from '../../app/project-state.js';
import { ModelSettingsPart } from './ModelSettingsForm.js';
import { PersonForm } from './PersonForm.js';
import { ProjectSettingsForm } from './ProjectSettingsForm.js';
import { usePersonSettings } from './use-person-settings.js';
import { useProjectSettings } from './use-project-settings.js';

/** Settings: the person working (name, ORCID iD, e-mail) and the open project's own (disabled, saying why, without one). */
export function SettingsView() {
  const project = useProject();
  const person = usePersonSettings();
  return (
    <section className="view-page settings-view" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {person.saved ? <PersonForm person={{ ...person, saved: person.saved }} /> : <p className="muted">Loading…</p>}
      <ModelSettingsPart />
      {project ? <ProjectPart key={project.path} /> : <NoProjectPart />}
    </section>
  );
}

function ProjectPart() {
  const { saved, save } = useProjectSettings();
  if (!saved) return <p className="muted">Loading the project settings…</p>;
  return <ProjectSettingsForm saved={saved} save={save} />;
}

/** What a new project starts with (the core's defaults), shown greyed out until one is open. */
const NEW_PROJECT: ProjectSettings = {
  uriBase: '',
  license: 'https://creativecommons.org/licenses/by/4.0/',
  mappingSetId: '',
  mappingSetTitle: '',
  defaultStatus: 'accepted',
};

function NoProjectPart() {
  return (
    <ProjectSettingsForm
      saved={NEW_PROJECT}
      save={() => Promise.reject(new Error('No project is open'))}
      disabledReason="No project is open: these settings are kept in each project file. Create or open a project to change them."
    />
  );
}
