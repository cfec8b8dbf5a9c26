import fs from 'node:fs';
import { EventBus } from './events/event-bus.js';
import { FileRegistry } from './files/file-registry.js';
import { JobManager } from './jobs/job-manager.js';
import { appPaths, type AppPaths } from './paths.js';
import { ProjectSession } from './projects/project-session.js';
import { SettingsStore } from './settings/settings-store.js';
import { VocabularyLibrary } from './vocabularies/library.js';

export type Host = 'electron' | 'http' | 'cli';

export interface AppContextOptions {
  host: Host;
  version: string;
  userDataDir: string;
  /** Built worker scripts (dist/workers). */
  workersDir: string;
  paths?: Partial<AppPaths>;
  /** better-sqlite3 binding for a runtime other than the Node that installed it (Electron). */
  nativeBinding?: string;
}

/** Everything the core's domain services share within one app instance. */
export interface AppContext {
  host: Host;
  version: string;
  paths: AppPaths;
  workersDir: string;
  nativeBinding?: string;
  events: EventBus;
  settings: SettingsStore;
  jobs: JobManager;
  files: FileRegistry;
  projects: ProjectSession;
  /** The vocabulary library (ESCO, SKOS schemes) in paths.libraryDir; created on first use. */
  readonly library: VocabularyLibrary;
  /** Closes the open project and stops background work. */
  dispose(): void;
}

export function createAppContext(options: AppContextOptions): AppContext {
  const paths = appPaths(options.userDataDir, options.paths);
  for (const dir of [paths.userDataDir, paths.libraryDir, paths.projectsDir, paths.tempDir]) fs.mkdirSync(dir, { recursive: true });
  const events = new EventBus();
  const settings = new SettingsStore(paths.userDataDir);
  const jobs = new JobManager(events);
  const projects = new ProjectSession({ projectsDir: paths.projectsDir, settings, events, nativeBinding: options.nativeBinding });
  let library: VocabularyLibrary | undefined;
  return {
    host: options.host,
    version: options.version,
    paths,
    workersDir: options.workersDir,
    nativeBinding: options.nativeBinding,
    events,
    settings,
    jobs,
    files: new FileRegistry(paths.tempDir),
    projects,
    get library() {
      library ??= new VocabularyLibrary(paths.libraryDir, options.workersDir);
      return library;
    },
    dispose() {
      library?.dispose();
      for (const job of jobs.list()) if (job.state === 'running') jobs.cancel(job.id);
      projects.current()?.close();
    },
  };
}
