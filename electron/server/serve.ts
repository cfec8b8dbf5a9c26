import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApiHandlers } from '../core/api/handlers.js';
import { createDispatch } from '../core/api/dispatch.js';
import { createAppContext } from '../core/context.js';
import { defaultUserDataDir } from '../core/paths.js';
import { startHttpAdapter } from './http-adapter.js';
import { checkServeHost } from './serve-host.js';

// Built to dist/server/serve.js: the renderer and the workers sit beside it in dist/.
const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.CROSSWALK_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.CROSSWALK_PORT ?? '5180' },
    'data-dir': { type: 'string' },
    library: { type: 'string' },
    'allow-remote': { type: 'boolean', default: false },
    'max-upload-mib': { type: 'string', default: process.env.CROSSWALK_MAX_UPLOAD_MIB ?? '200' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`Usage: npm run serve -- [--host 127.0.0.1] [--port 5180] [--data-dir DIR] [--library DIR] [--allow-remote] [--max-upload-mib 200]

Serves the Crosswalk UI and its API over HTTP on this machine only (127.0.0.1 by default).
Open the printed address once: its one-time code signs that browser in (an HttpOnly cookie);
the page itself holds no secret, and a client without the cookie gets 401.
A --host other than loopback (127.0.0.1, ::1, localhost) needs --allow-remote.`);
  process.exit(0);
}

const hostCheck = checkServeHost(values.host, values['allow-remote']);
if (!hostCheck.ok) {
  console.error(hostCheck.message);
  process.exit(1);
}
if (hostCheck.warning) console.warn(hostCheck.warning);
const maxUploadMib = Number(values['max-upload-mib']);
if (!(maxUploadMib > 0)) {
  console.error(`--max-upload-mib must be a positive number of MiB, not "${values['max-upload-mib']}".`);
  process.exit(1);
}

const ctx = createAppContext({
  host: 'http',
  version: __CROSSWALK_VERSION__,
  userDataDir: values['data-dir'] ? path.resolve(values['data-dir']) : defaultUserDataDir(),
  workersDir: path.join(distDir, 'workers'),
  paths: values.library ? { libraryDir: path.resolve(values.library) } : {},
});
const running = await startHttpAdapter({
  ctx,
  dispatch: createDispatch(createApiHandlers(ctx), ctx.events),
  rendererDir: path.join(distDir, 'renderer'),
  host: values.host,
  port: Number(values.port),
  maxUploadBytes: Math.round(maxUploadMib * 1024 * 1024),
});
console.log(`Crosswalk is serving on ${running.openUrl}`);
console.log('Open that address in your browser; its code works once (restart to sign in another browser).');
console.log(`Data directory: ${ctx.paths.userDataDir}`);

const stop = () => {
  void running.close().then(() => {
    ctx.dispose();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
