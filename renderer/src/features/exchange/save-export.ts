import type { OutputRef, WrittenFile } from '../../../../shared/domain/files.js';
import type { Api } from '../../app/api-context.js';

/**
 * Where an export goes: a path from the native save dialog in Electron, or a browser download that
 * the core writes first and the page then fetches. Resolves to null when the user cancelled.
 */
export async function saveExport<R extends { file: WrittenFile }>(api: Api, name: string, extension: string, write: (output: OutputRef) => Promise<R>): Promise<R | null> {
  const shell = api.transport.shell;
  if (shell) {
    const path = await shell.chooseSavePath({ title: `Export ${name}`, defaultName: name, filters: [{ name: extension.replace(/^\./, '').toUpperCase(), extensions: [extension.replace(/^.*\./, '')] }] });
    return path ? write({ path }) : null;
  }
  const result = await write({ download: true, name });
  if (result.file.downloadId) {
    const link = document.createElement('a');
    link.href = api.transport.downloadUrl(result.file.downloadId);
    link.download = result.file.name;
    document.body.append(link);
    link.click();
    link.remove();
  }
  return result;
}
