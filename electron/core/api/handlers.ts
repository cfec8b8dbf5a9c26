import type { ApiHandlers } from '../../../shared/contract/index.js';
import type { AppContext } from '../context.js';
import { appHandlers } from './app-handlers.js';
import { projectHandlers } from './project-handlers.js';

/** The core's implementation of the whole contract, one handler map per domain. */
export function createApiHandlers(ctx: AppContext): ApiHandlers {
  return {
    app: appHandlers(ctx),
    projects: projectHandlers(ctx),
  };
}
