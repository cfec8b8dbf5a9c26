import path from 'node:path';
import { createApiClient } from '../../shared/contract/client.js';
import type { ApiClient } from '../../shared/contract/index.js';
import { createApiHandlers } from '../../electron/core/api/handlers.js';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch.js';
import { createAppContext, type AppContext } from '../../electron/core/context.js';
import { projectRoot } from './shared-data.js';
import { makeTempDir } from './temp-dir.js';

export interface TestApp {
  ctx: AppContext;
  dispatch: Dispatch;
  dir: string;
  /** The contract's typed client over the in-process dispatcher: `app.api.projects.create({...})`. */
  api: ApiClient;
  cleanup(): void;
}

/** A real core (real SQLite, real files) in a temp user-data dir, as the adapters see it. */
export function createTestApp(): TestApp {
  const { dir, cleanup } = makeTempDir();
  const ctx = createAppContext({
    host: 'cli',
    version: '0.0.0-test',
    userDataDir: dir,
    workersDir: path.join(projectRoot, 'dist', 'workers'),
  });
  // Changes need a person's name (the app asks for it); tests that are about its absence clear it.
  ctx.settings.update({ userName: 'Test Curator' });
  const dispatch = createDispatch(createApiHandlers(ctx), ctx.events);
  return {
    ctx,
    dispatch,
    dir,
    api: createApiClient((domain, name, args) => dispatch(`${domain}-${name}`, args)),
    cleanup() {
      ctx.dispose();
      cleanup();
    },
  };
}
