import path from 'node:path';
import type { ProjectInfo, ProjectMetadata } from '../../../shared/domain/project.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import type { EventBus } from '../events/event-bus.js';
import type { SettingsStore } from '../settings/settings-store.js';
import { copyProject, createProjectFile, openProject, withProjectExtension, type NewProject, type Project } from './project-service.js';
import { freeProjectFileName } from './project-folder.js';

/** The project the UI works on: at most one is open per app instance. */
export class ProjectSession {
  private open: Project | null = null;

  constructor(
    private readonly options: {
      projectsDir: string;
      settings: SettingsStore;
      events: EventBus;
      nativeBinding?: string;
    },
  ) {}

  /** The open project; domain handlers call this and get a clear error when none is open. */
  require(): Project {
    if (!this.open) throw new CrosswalkError(ErrorCodes.noProject, 'No project is open. Create or open a project first.');
    return this.open;
  }

  current(): Project | null {
    return this.open;
  }

  create(project: NewProject & { path?: string }): ProjectInfo {
    const file = project.path
      ? withProjectExtension(path.resolve(project.path))
      : path.join(this.options.projectsDir, freeProjectFileName(this.options.projectsDir, project.title));
    createProjectFile(file, project, this.options.nativeBinding);
    return this.openPath(file);
  }

  openPath(file: string): ProjectInfo {
    const next = openProject(path.resolve(file), this.options.nativeBinding);
    this.closeQuietly();
    this.open = next;
    return this.announce();
  }

  saveAs(destination: string, overwrite = false): ProjectInfo {
    const project = this.require();
    const file = withProjectExtension(path.resolve(destination));
    copyProject(project, file, overwrite);
    return this.openPath(file);
  }

  updateMetadata(patch: Partial<Omit<ProjectMetadata, 'created' | 'modified'>>): ProjectInfo {
    this.require().updateMetadata(patch);
    return this.announce();
  }

  close(): void {
    this.closeQuietly();
    this.options.events.emit({ type: 'project', project: null });
  }

  private closeQuietly(): void {
    this.open?.close();
    this.open = null;
  }

  private announce(): ProjectInfo {
    const info = this.require().info();
    this.options.settings.rememberProject(info.path, info.metadata.title);
    this.options.events.emit({ type: 'project', project: info });
    return info;
  }
}
