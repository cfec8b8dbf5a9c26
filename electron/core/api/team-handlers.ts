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
  const env = (withAuthor = true): TeamEnv => ({ project: project(), credentials: credentials(), author: withAuthor ? currentAuthor(ctx) : '' });
  return {
    remotes: () => remotesOf(project(), credentials()),
    addRemote: (input) => addRemote(project(), credentials(), input),
    removeRemote: ({ name }) => removeRemote(project(), name),
    status: ({ name, offline }) => status(env(false), name, offline),
    push: ({ name }) => push(env(), name),
    pull: ({ name }) => pull(env(), name),
    conflicts: ({ name }) => conflictsOf(project(), name),
    resolve: (input) => resolveConflict(project(), input, currentAuthor(ctx)),
    mergeFiles: (files) => mergeProjectFiles(files, currentAuthor(ctx), ctx.nativeBinding),
  };
}
