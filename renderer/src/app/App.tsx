import { useState } from 'react';
import type { MenuCommand } from '../../../shared/domain/events.js';
import { JobsBar } from '../features/jobs/JobsBar.js';
import { PersonPrompt } from '../features/settings/PersonPrompt.js';
import { HomeView } from '../features/projects/HomeView.js';
import { ProjectDialogs } from '../features/projects/ProjectDialogs.js';
import { ShortcutsList } from '../features/workbench/ShortcutsList.js';
import { SaveAsForm } from '../features/projects/SaveAsForm.js';
import { openWithNativeDialog, saveAsWithNativeDialog } from '../features/projects/project-actions.js';
import { Dialog } from '../ui/Dialog.js';
import { useNotify } from '../ui/notifications.js';
import { useApi, useAppEvents } from './api-context.js';
import { NavigationProvider } from './navigation.js';
import { useProject } from './project-state.js';
import { VIEWS } from './views.js';

type AppDialog = 'new' | 'open' | 'save-as' | 'shortcuts' | 'about' | null;

/** The start screen's entry in the navigation shown while no project is open. */
const START = { id: 'start', label: 'Start' };

export function App() {
  const api = useApi();
  const project = useProject();
  const { fail } = useNotify();
  const [viewId, setViewId] = useState(VIEWS[0]!.id);
  // Without a project: the start screen, or a view that needs none (Settings, Vocabularies, Versions).
  const [startViewId, setStartViewId] = useState(START.id);
  const projectPath = project?.path ?? null;
  const [seenPath, setSeenPath] = useState(projectPath);
  if (seenPath !== projectPath) {
    // Opening or closing a project: closing one comes back to the start screen.
    setSeenPath(projectPath);
    setStartViewId(START.id);
  }
  const [dialog, setDialog] = useState<AppDialog>(null);
  const [version, setVersion] = useState('');

  const views = VIEWS.filter((v) => !v.needsProject || project);
  const view = project ? (views.find((v) => v.id === viewId) ?? views[0]) : views.find((v) => v.id === startViewId);
  const navItems = project ? views : [START, ...views];
  const current = project ? view?.id : startViewId;
  const showView = project ? setViewId : setStartViewId;

  const run = (action: () => Promise<unknown>) => void action().catch(fail);
  const commands: Partial<Record<MenuCommand, () => void>> = {
    'project-new': () => setDialog('new'),
    'project-open': () => run(async () => (await openWithNativeDialog(api)) || setDialog('open')),
    'project-save-as': () =>
      project && run(async () => (await saveAsWithNativeDialog(api, project.metadata.title)) || setDialog('save-as')),
    'project-close': () => run(() => api.client.projects.close({})),
    'project-properties': () => setViewId('project'),
    'open-demo': () => run(() => api.client.sources.openDemo({})),
    shortcuts: () => setDialog('shortcuts'),
    about: () => {
      setDialog('about');
      run(async () => setVersion((await api.client.app.info({})).version));
    },
  };
  useAppEvents((event) => {
    if (event.type === 'menu') commands[event.command]?.();
  });

  if (project === undefined) return <div className="loading">Loading…</div>;

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Crosswalk</span>
        <nav aria-label="Views" className="views-nav">
          {navItems.map((v) => (
            <button key={v.id} type="button" aria-current={v.id === current ? 'page' : undefined} onClick={() => showView(v.id)}>
              {v.label}
            </button>
          ))}
        </nav>
        {project && (
          <>
            <span className="project-title" data-testid="project-title" title={project.path}>
              {project.metadata.title}
            </span>
            <button type="button" onClick={commands['project-save-as']}>
              Save As…
            </button>
            <button type="button" onClick={commands['project-close']}>
              Close project
            </button>
          </>
        )}
      </header>
      <NavigationProvider showView={setViewId}>
        <div className="workspace">
          {/* A view is remounted for another project file, so no state of the previous project survives. */}
          {view ? (
            <view.component key={project?.path ?? ''} />
          ) : (
            <HomeView onNew={commands['project-new']!} onOpen={commands['project-open']!} />
          )}
        </div>
      </NavigationProvider>
      <JobsBar />
      <PersonPrompt />
      <ProjectDialogs dialog={dialog === 'new' || dialog === 'open' ? dialog : null} onClose={() => setDialog(null)} />
      <Dialog title="Save project as" open={dialog === 'save-as'} onClose={() => setDialog(null)}>
        <SaveAsForm onDone={() => setDialog(null)} />
      </Dialog>
      <Dialog title="Keyboard shortcuts" open={dialog === 'shortcuts'} onClose={() => setDialog(null)}>
        <dl className="shortcuts">
          <dt>Ctrl+N</dt>
          <dd>New project</dd>
          <dt>Ctrl+O</dt>
          <dd>Open project</dd>
          <dt>Ctrl+Shift+S</dt>
          <dd>Save project as</dd>
          <dt>Ctrl+W</dt>
          <dd>Close project</dd>
          <dt>F1</dt>
          <dd>This list</dd>
        </dl>
        <h3>Mapping workbench</h3>
        <ShortcutsList />
      </Dialog>
      <Dialog title="About Crosswalk" open={dialog === 'about'} onClose={() => setDialog(null)}>
        <p>Crosswalk {version}</p>
        <p>This product uses the ESCO classification of the European Commission.</p>
      </Dialog>
    </div>
  );
}
