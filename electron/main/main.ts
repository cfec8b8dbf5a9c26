import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, session, shell } from 'electron';
import type { MenuCommand } from '../../shared/domain/events.js';
import { createDispatch } from '../core/api/dispatch.js';
import { createApiHandlers } from '../core/api/handlers.js';
import { createAppContext, type AppContext } from '../core/context.js';
import { PathHandles } from '../core/files/path-handles.js';
import { APP_NAME } from '../core/paths.js';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol.js';
import { EVENT_CHANNEL, wireIpc } from './ipc.js';
import { isAllowedExternalUrl } from './external-urls.js';
import { buildMenu } from './menu.js';
import { electronSqliteBinding, unpackedPath } from './native-binding.js';
import { permissionAllowed } from './permissions.js';
import { windowOptions } from './window-options.js';
import { loadWindowState, trackWindowState } from './window-state.js';

// dist/main/main.cjs: the renderer, preload and workers are built beside it.
const distDir = path.resolve(__dirname, '..');

app.setName(APP_NAME);
if (process.env.CROSSWALK_HOME) app.setPath('userData', path.resolve(process.env.CROSSWALK_HOME));
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Crosswalk could not start', String((error as Error)?.stack ?? error));
      app.exit(1);
    });
}

let mainWindow: BrowserWindow | null = null;

function start(): void {
  lockDownSessions();
  const ctx = createAppContext({
    host: 'electron',
    version: app.getVersion(),
    userDataDir: app.getPath('userData'),
    workersDir: unpackedPath(path.join(distDir, 'workers')),
    nativeBinding: electronSqliteBinding(app.getAppPath()),
  });
  serveRenderer(path.join(distDir, 'renderer'));
  wireIpc(createDispatch(createApiHandlers(ctx), ctx.events), new PathHandles());
  ctx.events.subscribe((event) => mainWindow?.webContents.send(EVENT_CHANNEL, event));

  const sendMenu = (command: MenuCommand) => ctx.events.emit({ type: 'menu', command });
  const refreshMenu = () => {
    Menu.setApplicationMenu(buildMenu(sendMenu, (file) => openFromMenu(ctx, file), ctx.settings.recent()));
  };
  ctx.events.subscribe((event) => {
    if (event.type === 'project') refreshMenu();
  });

  mainWindow = createMainWindow(ctx);
  refreshMenu();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    ctx.dispose();
    app.quit();
  });
}

function openFromMenu(ctx: AppContext, file: string): void {
  try {
    ctx.projects.openPath(file);
  } catch (error) {
    dialog.showErrorBox('Cannot open project', (error as Error).message);
  }
}

function createMainWindow(ctx: AppContext): BrowserWindow {
  const state = loadWindowState(ctx.paths.userDataDir);
  const window = new BrowserWindow(
    windowOptions({ preloadPath: path.join(distDir, 'preload', 'preload.cjs'), bounds: state.bounds, title: APP_NAME }),
  );
  if (state.maximized) window.maximize();
  trackWindowState(window, ctx.paths.userDataDir);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** No remote content, no new windows, no navigation away from the app, no permissions. */
function lockDownSessions(): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl ?? contents?.getURL() ?? '', APP_ORIGIN)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin, APP_ORIGIN),
  );
  session.defaultSession.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      // Links to ESCO, EU Vocabularies and ORCID open in the user's browser, never inside the app; others not at all.
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
