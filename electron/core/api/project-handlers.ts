import nodePath from 'node:path';
import type { DomainHandlers } from '../../../shared/contract/method.js';
import type { projectsContract } from '../../../shared/contract/projects.js';
import { ErrorCodes } from '../../../shared/errors.js';
import type { RecentProject } from '../../../shared/domain/project.js';
import type { AppContext } from '../context.js';
import { CrosswalkError } from '../errors.js';
import { listProjectFiles, projectFileInFolder } from '../projects/project-folder.js';
import { projectSettings, updateProjectSettings } from '../projects/project-settings.js';

export function projectHandlers(ctx: AppContext): DomainHandlers<typeof projectsContract> {
  const session = ctx.projects;
  /** A path from the client: only where clients may name files (Electron, CLI), never from a served page. */
  const clientPath = (file: string) => {
    if (ctx.fileAccess === 'data-folder') {
      throw new CrosswalkError(
        ErrorCodes.invalidArguments,
        'This server keeps projects in its data folder: open and save them by name from the list, not by a path on its machine.',
        { field: 'path' },
      );
    }
    return file;
  };
  const projectFile = (ref: { path: string } | { name: string }) =>
    'path' in ref ? clientPath(ref.path) : projectFileInFolder(ctx.paths.projectsDir, ref.name);
  return {
    create: ({ path, ...metadata }) =>
      session.create({
        ...metadata,
        creator: metadata.creator ?? ctx.settings.settings.userName,
        path: path === undefined ? undefined : clientPath(path),
      }),
    open: (ref) => session.openPath(projectFile(ref)),
    list: () => listProjectFiles(ctx.paths.projectsDir, ctx.settings.recent()),
    current: () => session.current()?.info() ?? null,
    close: () => {
      session.close();
      return null;
    },
    saveAs: ({ overwrite, ...ref }) => session.saveAs(projectFile(ref), overwrite),
    updateMetadata: (patch) => session.updateMetadata(patch),
    settingsGet: () => projectSettings(session.require().db),
    settingsUpdate: (patch) => updateProjectSettings(session.require().db, patch),
    recent: () => recentFor(ctx),
    forgetRecent: ({ path }) => {
      ctx.settings.forgetProject(path);
      return recentFor(ctx);
    },
  };
}

/** A served client sees only the recent projects in the data folder: it could open no other. */
function recentFor(ctx: AppContext): RecentProject[] {
  const recent = ctx.settings.recent();
  if (ctx.fileAccess === 'paths') return recent;
  const dir = nodePath.resolve(ctx.paths.projectsDir);
  return recent.filter((r) => nodePath.dirname(nodePath.resolve(r.path)) === dir);
}
