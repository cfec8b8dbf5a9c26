import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileRef, OutputRef, WrittenFile } from '../../../shared/domain/files.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';

interface Entry {
  path: string;
  name: string;
}

/**
 * Turns the contract's file references into paths: uploads the HTTP adapter received, and
 * outputs that either go to a chosen path or wait in the temp dir to be downloaded.
 */
export class FileRegistry {
  private readonly uploads = new Map<string, Entry>();
  private readonly downloads = new Map<string, Entry>();
  private pathsRefused = false;

  constructor(private readonly tempDir: string) {}

  /**
   * From now on `{path}` references are refused (invalid-arguments): the HTTP adapter calls this,
   * since a served client must never name a file on the server's machine to read or write.
   */
  refusePaths(): void {
    this.pathsRefused = true;
  }

  private checkPath(): void {
    if (this.pathsRefused)
      throw new CrosswalkError(
        ErrorCodes.invalidArguments,
        'This server takes uploaded files and gives downloads; it does not read or write paths on its machine.',
      );
  }

  /** Reserves a temp path for an upload; the HTTP adapter streams the body into it. */
  newUpload(name: string): { id: string; path: string } {
    const id = randomUUID();
    const dir = path.join(this.tempDir, 'uploads', id);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, path.basename(name) || 'upload');
    this.uploads.set(id, { path: file, name: path.basename(name) });
    return { id, path: file };
  }

  /** Removes an upload and its folder (refused, failed, or no longer needed). */
  discardUpload(id: string): void {
    const entry = this.uploads.get(id);
    this.uploads.delete(id);
    if (entry) fs.rmSync(path.dirname(entry.path), { recursive: true, force: true });
  }

  /** Removes every upload this registry received: the adapter calls it when it stops. */
  discardUploads(): void {
    for (const id of [...this.uploads.keys()]) this.discardUpload(id);
  }

  /**
   * Removes uploads left behind by earlier runs (a crash, a killed server). Only folders older than
   * `olderThanMs` and not ours go, so a CLI or a second server on the same data folder keeps its own.
   */
  sweepUploads(olderThanMs: number, now = Date.now()): void {
    const root = path.join(this.tempDir, 'uploads');
    if (!fs.existsSync(root)) return;
    const ours = new Set([...this.uploads.values()].map((entry) => path.dirname(entry.path)));
    for (const name of fs.readdirSync(root)) {
      const dir = path.join(root, name);
      if (ours.has(dir)) continue;
      const stat = fs.statSync(dir, { throwIfNoEntry: false });
      if (stat && now - stat.mtimeMs >= olderThanMs) fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** The local path of an input file, and the name to show in messages. */
  resolve(ref: FileRef): Entry {
    if ('path' in ref) {
      this.checkPath();
      return { path: ref.path, name: path.basename(ref.path) };
    }
    const entry = this.uploads.get(ref.uploadId);
    if (!entry) throw new CrosswalkError(ErrorCodes.notFound, `Unknown upload ${ref.uploadId}`);
    return entry;
  }

  /** Where to write an output; call `finish` once the file is complete. */
  output(ref: OutputRef): { path: string; finish: () => WrittenFile } {
    if ('path' in ref) {
      this.checkPath();
      return { path: ref.path, finish: () => ({ path: ref.path, name: path.basename(ref.path), bytes: fs.statSync(ref.path).size }) };
    }
    const id = randomUUID();
    const dir = path.join(this.tempDir, 'downloads', id);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, path.basename(ref.name));
    return {
      path: file,
      finish: () => {
        this.downloads.set(id, { path: file, name: path.basename(ref.name) });
        return { downloadId: id, name: path.basename(ref.name), bytes: fs.statSync(file).size };
      },
    };
  }

  download(id: string): Entry | undefined {
    return this.downloads.get(id);
  }
}
