import type { DomainHandlers } from '../../../shared/contract/method.js';
import type { projectsContract } from '../../../shared/contract/projects.js';
import type { AppContext } from '../context.js';
import { projectSettings, updateProjectSettings } from '../projects/project-settings.js';

export function projectHandlers(ctx: AppContext): DomainHandlers<typeof projectsContract> {
  const session = ctx.projects;
  return {
    create: ({ path, ...metadata }) =>
      session.create({ ...metadata, creator: metadata.creator ?? ctx.settings.settings.userName, path }),
    open: ({ path }) => session.openPath(path),
    current: () => session.current()?.info() ?? null,
    close: () => {
      session.close();
      return null;
    },
    saveAs: ({ path, overwrite }) => session.saveAs(path, overwrite),
    updateMetadata: (patch) => session.updateMetadata(patch),
    settingsGet: () => projectSettings(session.require().db),
    settingsUpdate: (patch) => updateProjectSettings(session.require().db, patch),
    recent: () => ctx.settings.recent(),
    forgetRecent: ({ path }) => {
      ctx.settings.forgetProject(path);
      return ctx.settings.recent();
    },
  };
}
