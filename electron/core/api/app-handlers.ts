import type { appContract } from '../../../shared/contract/app.js';
import type { DomainHandlers } from '../../../shared/contract/method.js';
import type { AppContext } from '../context.js';

export function appHandlers(ctx: AppContext): DomainHandlers<typeof appContract> {
  return {
    info: () => ({
      name: 'Crosswalk',
      version: ctx.version,
      host: ctx.host === 'electron' ? 'electron' : 'http',
      userDataDir: ctx.paths.userDataDir,
      libraryDir: ctx.paths.libraryDir,
      projectsDir: ctx.paths.projectsDir,
    }),
    settingsGet: () => ctx.settings.settings,
    settingsUpdate: (patch) => ctx.settings.update(patch),
    jobsList: () => ctx.jobs.list(),
    jobGet: ({ id }) => ctx.jobs.get(id),
    jobCancel: ({ id }) => ctx.jobs.cancel(id),
  };
}
