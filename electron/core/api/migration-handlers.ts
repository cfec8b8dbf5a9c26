import type { DomainHandlers } from '../../../shared/contract/method.js';
import type { migrationContract } from '../../../shared/contract/migration.js';
import type { AppContext } from '../context.js';
import { currentAuthor } from '../mappings/author.js';
import { engineFor } from '../vocabularies/migration/engine-suggest.js';
import { latestMigration } from '../vocabularies/migration/migration-store.js';
import { listQueue, migrationStatus } from '../vocabularies/migration/migration-queue.js';
import { resolveRows } from '../vocabularies/migration/resolve-rows.js';
import { startMigration } from '../vocabularies/migration/start-migration.js';

export function migrationHandlers(ctx: AppContext): DomainHandlers<typeof migrationContract> {
  const db = () => ctx.projects.require().db;
  return {
    start: ({ to, from }) =>
      startMigration({ db: db(), author: currentAuthor(ctx), library: ctx.library, engine: engineFor(ctx, to) }, { to, from }),
    status: () => migrationStatus(db()),
    queue: (filter) => listQueue(db(), filter),
    resolve: (request) => {
      const to = latestMigration(db())?.to;
      const next = (uri: string) => (to && ctx.library.has(to) ? ctx.library.concept(uri, to) : undefined);
      return resolveRows(db(), currentAuthor(ctx), next, request);
    },
  };
}
