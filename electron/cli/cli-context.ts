import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppContext, type AppContext } from '../core/context.js';
import { defaultUserDataDir } from '../core/paths.js';

/** Options every command may take. */
export interface CommonOptions {
  library?: string;
}

// Built to dist/cli/crosswalk.js; the workers are built to dist/workers.
const workersDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'workers');

/** A core context for one CLI run, using the desktop app's user data (and so its library). */
export function cliContext(options: CommonOptions = {}): AppContext {
  return createAppContext({
    host: 'cli',
    version: __CROSSWALK_VERSION__,
    userDataDir: defaultUserDataDir(),
    workersDir,
    paths: options.library ? { libraryDir: path.resolve(options.library) } : {},
  });
}

/** Prints one JSON value per line (JSON Lines), as the --json forms promise. */
export function printJsonLines(values: Iterable<unknown>): void {
  for (const value of values) process.stdout.write(`${JSON.stringify(value)}\n`);
}
