import { z } from 'zod';

/**
 * A file the user chose. Inside Electron and the CLI it is a path on disk; in a browser served by
 * `npm run serve` it is a file uploaded to the server first (POST /api/upload).
 */
export const FileRefSchema = z.union([
  z.object({ path: z.string().min(1) }),
  z.object({ uploadId: z.string().min(1), name: z.string().optional() }),
]);
export type FileRef = z.infer<typeof FileRefSchema>;

/**
 * Where an output file goes: a path chosen in a save dialog (Electron, CLI), or a download the
 * browser fetches afterwards (GET /api/download/<id>).
 */
export const OutputRefSchema = z.union([
  z.object({ path: z.string().min(1) }),
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
