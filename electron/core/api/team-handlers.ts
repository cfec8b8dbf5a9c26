import type { DomainHandlers } from '../../../shared/contract/method.js';
import type { teamContract } from '../../../shared/contract/team.js';
import type { AppContext } from '../context.js';
import { currentAuthor } from '../mappings/author.js';
import { conflictsOf, resolveConflict } from '../team/conflict-resolution.js';
import { createCredentialStore } from '../team/credentials.js';
import { mergeProjectFiles } from '../team/merge-files.js';
import { addRemote, remotesOf, removeRemote } from '../team/remotes.js';
import { pull, push, status, type TeamEnv } from '../team/team-sync.js';

export function teamHandlers(ctx: AppContext): DomainHandlers<typeof teamContract> {
  const project = () => ctx.projects.require();
  const credentials = () => createCredentialStore(ctx.paths.userDataDir);
  const env = (withAuthor = true): TeamEnv => ({
    project: project(),
    credentials: credentials(),
    author: withAuthor ? currentAuthor(ctx) : '',
  });
  // The push or pull under way, by the remote name asked for ('' : the default remote), so cancel can stop it.
  const running = new Map<string, AbortController>();
  const cancellable = async <T>(name: string | undefined, work: (env: TeamEnv) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    running.set(name ?? '', controller);
    try {
      return await work({ ...env(), signal: controller.signal });
    } finally {
      if (running.get(name ?? '') === controller) running.delete(name ?? '');
    }
  };
  return {
    remotes: () => remotesOf(project(), credentials()),
    addRemote: (input) => addRemote(project(), credentials(), input),
    removeRemote: ({ name }) => removeRemote(project(), name),
    status: async ({ name, offline }) => {
      const e = env(false);
      return { ...(await status(e, name, offline)), credentialsKeptIn: e.credentials.where };
    },
    push: ({ name }) => cancellable(name, (e) => push(e, name)),
    pull: ({ name }) => cancellable(name, (e) => pull(e, name)),
    cancel: ({ name }) => {
      const controller = running.get(name ?? '');
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    conflicts: ({ name }) => conflictsOf(project(), name),
    resolve: (input) => resolveConflict(project(), input, currentAuthor(ctx)),
    mergeFiles: (files) => mergeProjectFiles(files, currentAuthor(ctx), ctx.nativeBinding),
  };
}
