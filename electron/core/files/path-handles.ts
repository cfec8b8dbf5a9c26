import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { serverPathFieldsIn } from '../../../shared/contract/server-paths.js';

/** Who chose the file: the person in a native dialog, the recent-projects list, or a file dropped on the page. */
export type HandleSource = 'dialog' | 'recent' | 'dropped';

const PREFIX = 'handle:';

/**
 * Opaque stand-ins for paths, so that the Electron page never names a file itself: the main
 * process mints a handle for what a dialog returned (or the recent list holds), and turns it back
 * into the path when a call carries it. A page that makes up a path or a handle gets nowhere.
 */
export class PathHandles {
  private readonly handles = new Map<string, { path: string; source: HandleSource }>();

  constructor(private readonly limit = 2000) {}

  mint(file: string, source: HandleSource): string {
    const handle = `${PREFIX}${randomUUID()}`;
    this.handles.set(handle, { path: file, source });
    // The oldest go first: a session that picks thousands of files keeps the recent ones.
    while (this.handles.size > this.limit) this.handles.delete(this.handles.keys().next().value!);
    return handle;
  }

  resolve(handle: string): { path: string; source: HandleSource } | undefined {
    return this.handles.get(handle);
  }
}

export type HandleResolution = { ok: true; args: unknown } | { ok: false; message: string };

/**
 * The call's arguments with every handle in a path field (serverPath() in the contract) replaced by
 * its path. Refused: a path typed by the page, a handle this registry did not mint, and a dropped
 * file's handle where the core writes (dropped or picked files are only read).
 */
export function resolvePathHandles(channel: string, schema: z.ZodType, args: unknown, handles: PathHandles): HandleResolution {
  const fields = serverPathFieldsIn(schema, args);
  if (!fields.length) return { ok: true, args };
  const copy = structuredClone(args) as Record<string, unknown>;
  for (const { field, access } of fields) {
    const value = getAt(copy, field);
    if (typeof value !== 'string') continue;
    if (!value.startsWith(PREFIX))
      return {
        ok: false,
        message: `${channel}: "${field}" must be a file chosen in a dialog or dropped on the window, not a path typed by the page`,
      };
    const entry = handles.resolve(value);
    if (!entry) return { ok: false, message: `${channel}: "${field}" is not a file chosen in this session; choose it again` };
    if (access === 'write' && entry.source === 'dropped')
      return { ok: false, message: `${channel}: "${field}" is a dropped file, which is only read; choose where to write in a dialog` };
    setAt(copy, field, entry.path);
  }
  return { ok: true, args: copy };
}

function getAt(root: unknown, field: string): unknown {
  return field
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

function setAt(root: Record<string, unknown>, field: string, value: unknown): void {
  const keys = field.split('.');
  const parent = getAt(root, keys.slice(0, -1).join('.')) ?? root;
  (keys.length === 1 ? root : (parent as Record<string, unknown>))[keys.at(-1)!] = value;
}
