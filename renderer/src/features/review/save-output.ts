import type { OutputRef, WrittenFile } from '../../../../shared/domain/files.js';
import type { Api } from '../../app/api-context.js';

/**
 * Writes an export: to a path from the native save dialog in Electron, or as a browser download
 * (the core writes it, then the page fetches it). Returns null when the user cancelled.
 */
export async function saveOutput(api: Api, name: string, extension: string, write: (output: OutputRef) => Promise<WrittenFile>): Promise<WrittenFile | null> {
  const shell = api.transport.shell;
  if (shell) {
    const path = await shell.chooseSavePath({ title: `Save ${name}`, defaultName: name, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] });
    return path ? write({ path }) : null;
  }
  const written = await write({ download: true, name });
  if (written.downloadId) {
    const link = document.createElement('a');
    link.href = api.transport.downloadUrl(written.downloadId);
    link.download = written.name;
    document.body.append(link);
    link.click();
    link.remove();
  }
  return written;
}
