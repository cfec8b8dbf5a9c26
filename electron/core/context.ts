import fs from 'node:fs';
import type { JobInfo } from '../../shared/domain/job.js';
import { EventBus } from './events/event-bus.js';
import { tablePreviews, type TablePreviews } from './exchange/table-previews.js';
import { FileRegistry } from './files/file-registry.js';
import { JobManager } from './jobs/job-manager.js';
import { appPaths, type AppPaths } from './paths.js';
import { ProjectSession } from './projects/project-session.js';
import { SettingsStore } from './settings/settings-store.js';
import { sourcePreviews, type SourcePreviews } from './sources/import/source-previews.js';
import { createSuggestState, type SuggestState } from './suggest/suggest-state.js';
import { VocabularyLibrary } from './vocabularies/library.js';

export type Host = 'electron' | 'http' | 'cli';

/**
 * How clients name files: 'paths' (Electron's dialogs, the CLI's arguments) or 'data-folder' (a
 * served client: projects by name in the data folder, other files as uploads and downloads).
 */
export type FileAccess = 'paths' | 'data-folder';

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
  /** 'paths' until an adapter calls restrictToDataFolder(); never back. */
  readonly fileAccess: FileAccess;
  /**
   * From now on no method takes a path on this machine from the client: the HTTP adapter calls it,
   * since a served client must never name a file on the server's machine to read or write.
   */
  restrictToDataFolder(): void;
  workersDir: string;
  /**
   * The built worker scripts when they are there, else null: the one place that decides whether
   * reading, staging and writing files run in a worker or in-process (the core alone, as in unit
   * tests of the core without a build).
   */
  workers: string | null;
  nativeBinding?: string;
  events: EventBus;
  settings: SettingsStore;
  jobs: JobManager;
  files: FileRegistry;
  projects: ProjectSession;
  /** The vocabulary library (ESCO, SKOS schemes) in paths.libraryDir; created on first use. */
  readonly library: VocabularyLibrary;
  /** Suggestion indexes and the open project's decision memory; created on first use. */
  readonly suggest: SuggestState;
  /** The index build running or last run per vocabulary id, so a second request joins it. */
  indexBuilds: Map<string, JobInfo>;
  /** Source imports previewed and waiting for their commit (expiring, bound to the project). */
  sourcePreviews: SourcePreviews;
  /** Mapping-table imports previewed and waiting for their commit (expiring, bound to the project). */
  tablePreviews: TablePreviews;
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
  let suggest: SuggestState | undefined;
  let fileAccess: FileAccess = 'paths';
  const files = new FileRegistry(paths.tempDir);
  return {
    host: options.host,
    version: options.version,
    paths,
    get fileAccess() {
      return fileAccess;
    },
    restrictToDataFolder() {
      fileAccess = 'data-folder';
      files.refusePaths();
    },
    workersDir: options.workersDir,
    workers: fs.existsSync(options.workersDir) ? options.workersDir : null,
    nativeBinding: options.nativeBinding,
    events,
    settings,
    jobs,
    files,
    projects,
    get library() {
      library ??= new VocabularyLibrary(paths.libraryDir, options.workersDir);
      return library;
    },
    get suggest() {
      suggest ??= createSuggestState(paths.libraryDir, this.library, options.workersDir);
      return suggest;
    },
    indexBuilds: new Map(),
    sourcePreviews: sourcePreviews(),
    tablePreviews: tablePreviews(),
    dispose() {
      library?.dispose();
      suggest?.batchWorkers.clear();
      for (const job of jobs.list()) if (job.state === 'running') jobs.cancel(job.id);
      projects.current()?.close();
    },
  };
}
