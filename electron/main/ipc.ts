import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { contract, type FileFilter } from '../../shared/contract/index.js';
import type { RecentProject } from '../../shared/domain/project.js';
import { ErrorCodes } from '../../shared/errors.js';
import { contractChannels, type Dispatch } from '../core/api/dispatch.js';
import { PathHandles, resolvePathHandles } from '../core/files/path-handles.js';
import { APP_ORIGIN } from './app-protocol.js';

export const EVENT_CHANNEL = 'crosswalk:event';
export const SHELL_CHANNELS = {
  chooseOpenPath: 'shell:choose-open-path',
  chooseSavePath: 'shell:choose-save-path',
  fileHandle: 'shell:file-handle',
} as const;

/** Only our own page may call the core. */
function fromApp(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(`${APP_ORIGIN}/`);
}

/**
 * One ipcMain handler per contract channel. Arguments are validated against the contract by
 * `dispatch` before any handler of the core sees them.
 */
export function wireIpc(dispatch: Dispatch, handles: PathHandles = new PathHandles()): void {
  for (const channel of contractChannels()) {
    const [domain, name] = [channel.slice(0, channel.indexOf('-')), channel.slice(channel.indexOf('-') + 1)];
    const schema = (contract as unknown as Record<string, Record<string, { args: z.ZodType }>>)[domain]![name]!.args;
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!fromApp(event))
        return { ok: false, error: { code: ErrorCodes.invalidArguments, message: 'Calls are accepted only from the Crosswalk window' } };
      // Paths arrive as handles the dialogs (or the recent list) minted, never typed by the page.
      const resolved = resolvePathHandles(channel, schema, args, handles);
      if (!resolved.ok) return { ok: false, error: { code: ErrorCodes.invalidArguments, message: resolved.message } };
      const envelope = await dispatch(channel, resolved.args);
      if (envelope.ok && (channel === 'projects-recent' || channel === 'projects-forgetRecent')) {
        return { ok: true, value: (envelope.value as RecentProject[]).map((r) => ({ ...r, handle: handles.mint(r.path, 'recent') })) };
      }
      return envelope;
    });
  }
  // A file the person dropped on the window or picked in a file input: the preload sends the path
  // Electron's webUtils gives for a real File (the page cannot reach this channel or make up such a
  // File), and the page gets a handle that is only ever read.
  ipcMain.on(SHELL_CHANNELS.fileHandle, (event, file: unknown) => {
    event.returnValue = fromApp(event) && typeof file === 'string' && file ? handles.mint(file, 'dropped') : '';
  });
  ipcMain.handle(SHELL_CHANNELS.chooseOpenPath, async (event, options: { title?: unknown; filters?: unknown }) => {
    if (!fromApp(event)) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const result = await dialog.showOpenDialog(window!, {
      title: String(options?.title ?? 'Open'),
      filters: validFilters(options?.filters),
      properties: ['openFile'],
    });
    return result.canceled || !result.filePaths[0] ? null : handles.mint(result.filePaths[0], 'dialog');
  });
  ipcMain.handle(SHELL_CHANNELS.chooseSavePath, async (event, options: { title?: unknown; defaultName?: unknown; filters?: unknown }) => {
    if (!fromApp(event)) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const result = await dialog.showSaveDialog(window!, {
      title: String(options?.title ?? 'Save'),
      defaultPath: String(options?.defaultName ?? ''),
      filters: validFilters(options?.filters),
    });
    return result.canceled || !result.filePath ? null : handles.mint(result.filePath, 'dialog');
  });
}

function validFilters(raw: unknown): FileFilter[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (f): f is FileFilter =>
        typeof f?.name === 'string' && Array.isArray(f?.extensions) && f.extensions.every((e: unknown) => typeof e === 'string'),
    )
    .map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}
