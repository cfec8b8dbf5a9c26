import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError, createApiClient } from '../../shared/contract/client.js';
import type { UserSettings } from '../../shared/contract/app.js';
import type { ApiClient } from '../../shared/contract/index.js';
import { ErrorCodes, inputProblemMessage, type ErrorCode, type InputLocation } from '../../shared/errors.js';
import { createDispatch } from '../core/api/dispatch.js';
import { createApiHandlers } from '../core/api/handlers.js';
import { createAppContext, type AppContext } from '../core/context.js';
import { toErrorShape } from '../core/errors.js';
import { defaultUserDataDir } from '../core/paths.js';
import { terminalJson } from './terminal.js';

/** Options every command may take. */
export interface CommonOptions {
  library?: string;
  /** Settings for this run only, never saved (e.g. `suggest --model`). */
  runSettings?: Partial<UserSettings>;
}

// Built to dist/cli/crosswalk.js; the workers are built to dist/workers.
const workersDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'workers');

/** The name given with --author for this run (null: the name saved in the app's Settings). */
let actingAuthor: string | null = null;

/** `--author NAME`: changes of this run are recorded under NAME, which is not saved. */
export function actAsAuthor(name: string | undefined): void {
  actingAuthor = name?.trim() || null;
}

/** A core context for one CLI run, using the desktop app's user data (and so its library). */
function cliContext(options: CommonOptions = {}): AppContext {
  const ctx = createAppContext({
    host: 'cli',
    version: __CROSSWALK_VERSION__,
    userDataDir: defaultUserDataDir(),
    workersDir,
    paths: options.library ? { libraryDir: path.resolve(options.library) } : {},
  });
  if (actingAuthor) ctx.settings.actAs(actingAuthor);
  if (options.runSettings) ctx.settings.useForRun(options.runSettings);
  return ctx;
}

/**
 * The CLI is an adapter like IPC and HTTP: one core context per run (the desktop app's user data,
 * and so its library), and every command calls the contract through the same dispatcher, so
 * arguments are checked and errors shaped exactly as in the app and the server.
 */
export async function withApi<T>(options: CommonOptions, work: (api: ApiClient) => Promise<T> | T): Promise<T> {
  let ctx: AppContext;
  try {
    ctx = cliContext(options);
  } catch (error) {
    // Opening the user data (e.g. a library folder that cannot be made) fails outside the dispatcher.
    throw new ApiError(toErrorShape(error));
  }
  const dispatch = createDispatch(createApiHandlers(ctx), ctx.events);
  const api = createApiClient((domain, name, args) => dispatch(`${domain}-${name}`, args));
  try {
    return await work(api);
  } catch (error) {
    // The core asks for the person's name; on the command line it comes from --author.
    if (error instanceof ApiError && error.code === ErrorCodes.authorRequired) {
      throw cliError(ErrorCodes.authorRequired, 'no author: pass --author NAME, or enter your name in the Settings of the app');
    }
    throw error;
  } finally {
    ctx.dispose();
  }
}

/** Runs `work` with the project file open (as `projects.open` does in the app). */
export function withProject<T>(options: CommonOptions & { project: string }, work: (api: ApiClient) => Promise<T> | T): Promise<T> {
  return withApi(options, async (api) => {
    await api.projects.open({ path: options.project });
    return work(api);
  });
}

/** An error in the command line itself, reported like the core's errors. */
export function cliError(code: ErrorCode, message: string, details?: unknown): ApiError {
  return new ApiError({ code, message, ...(details === undefined ? {} : { details }) });
}

/** A problem in a file the command line reads itself, worded as the core words them (file, line, field). */
export function cliInputError(message: string, where: InputLocation): ApiError {
  return cliError(ErrorCodes.badInput, inputProblemMessage(message, where), where);
}

/** "x" -> "x.crosswalk", as the core names project files. */
export function withProjectExtension(file: string): string {
  return file.endsWith('.crosswalk') ? file : `${file}.crosswalk`;
}

/** Prints one JSON value per line (JSON Lines), as the --json forms promise. */
export function printJsonLines(values: Iterable<unknown>): void {
  for (const value of values) process.stdout.write(`${terminalJson(value)}\n`);
}
