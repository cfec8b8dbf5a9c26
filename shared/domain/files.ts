import { z } from 'zod';

/** What the core does with a path: only reads the file, or (also) writes there. */
export type PathAccess = 'read' | 'write';

/** The contract's fields that name a file on the machine running the core (see serverPath). */
export const serverPathFields = z.registry<{ access: PathAccess }>();

/**
 * A path on the machine running the core: Electron's dialogs and the CLI's arguments give them, a
 * served client never may (the HTTP adapter refuses every field declared with this, 400). In the
 * Electron shell a field that writes takes only a handle a dialog or the recent list minted.
 */
export function serverPath(access: PathAccess = 'write') {
  return z.string().min(1).register(serverPathFields, { access });
}

/**
 * A file the user chose. Inside Electron and the CLI it is a path on disk; in a browser served by
 * `npm run serve` it is a file uploaded to the server first (POST /api/upload).
 */
export const FileRefSchema = z.union([
  z.object({ path: serverPath('read') }),
  z.object({ uploadId: z.string().min(1), name: z.string().optional() }),
]);
export type FileRef = z.infer<typeof FileRefSchema>;

/**
 * Where an output file goes: a path chosen in a save dialog (Electron, CLI), or a download the
 * browser fetches afterwards (GET /api/download/<id>).
 */
export const OutputRefSchema = z.union([
  z.object({ path: serverPath() }),
  z.object({ download: z.literal(true), name: z.string().min(1) }),
]);
export type OutputRef = z.infer<typeof OutputRefSchema>;

export interface WrittenFile {
  /** Set when the file was written to a path the caller chose. */
  path?: string;
  /** Set when the file waits to be downloaded. */
  downloadId?: string;
  name: string;
  bytes: number;
}
