import type { ApiHandlers } from '../../../shared/contract/index.js';
import type { AppContext } from '../context.js';
import { appHandlers } from './app-handlers.js';
import { projectHandlers } from './project-handlers.js';
import { mappingsHandlers } from './mappings-handlers.js';
import { reviewHandlers } from './review-handlers.js';
import { vocabulariesHandlers } from './vocabularies-handlers.js';
import { suggestHandlers } from './suggest-handlers.js';
import { sourcesHandlers } from './sources-handlers.js';
import { exportHandlers } from './export-handlers.js';
import { teamHandlers } from './team-handlers.js';
import { migrationHandlers } from './migration-handlers.js';

/** The core's implementation of the whole contract, one handler map per domain. */
export function createApiHandlers(ctx: AppContext): ApiHandlers {
  return {
    app: appHandlers(ctx),
    projects: projectHandlers(ctx),
    mappings: mappingsHandlers(ctx),
    review: reviewHandlers(ctx),
    vocabularies: vocabulariesHandlers(ctx),
    suggest: suggestHandlers(ctx),
    sources: sourcesHandlers(ctx),
    export: exportHandlers(ctx),
    team: teamHandlers(ctx),
    migration: migrationHandlers(ctx),
  };
}
