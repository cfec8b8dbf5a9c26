import type { JobInfo } from './job.js';
import type { ProjectInfo } from './project.js';

/** Events the core pushes to every connected UI (IPC channel or HTTP server-sent events). */
export type AppEvent =
  | { type: 'job'; job: JobInfo }
  | { type: 'project'; project: ProjectInfo | null }
  | { type: 'menu'; command: MenuCommand }
  | { type: 'data-changed'; domains: readonly ChangeDomain[] };

/**
 * The kinds of data a write can change. Each write method of the contract declares its own, the
 * dispatcher announces them after the call succeeds, and views refetch when one they show is named.
 */
export const CHANGE_DOMAINS = ['settings', 'projects', 'jobs', 'sources', 'mappings', 'review', 'suggest', 'vocabularies'] as const;
export type ChangeDomain = (typeof CHANGE_DOMAINS)[number];

/** Whether the event says that data in one of these domains changed. */
export function namesAnyOf(event: AppEvent, domains: readonly ChangeDomain[]): boolean {
  return event.type === 'data-changed' && event.domains.some((d) => domains.includes(d));
}

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
