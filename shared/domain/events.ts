import type { JobInfo } from './job.js';
import type { ProjectInfo } from './project.js';

/** Events the core pushes to every connected UI (IPC channel or HTTP server-sent events). */
export type AppEvent =
  | { type: 'job'; job: JobInfo }
  | { type: 'project'; project: ProjectInfo | null }
  | { type: 'menu'; command: MenuCommand }
  | { type: 'data-changed'; domain: string };

/** Commands the native menu sends to the UI, which owns the dialogs that follow. */
export type MenuCommand =
  | 'project-new'
  | 'project-open'
  | 'project-save-as'
  | 'project-close'
  | 'project-properties'
  | 'open-demo'
  | 'undo'
  | 'redo'
  | 'find'
  | 'shortcuts'
  | 'about';
