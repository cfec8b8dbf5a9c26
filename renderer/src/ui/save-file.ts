import type { OutputRef, WrittenFile } from '../../../shared/domain/files.js';
import type { Api } from '../app/api-context.js';

interface SaveTarget {
  /** The native save dialog's title. */
  title: string;
  /** Suggested file name (also the download's name). */
  name: string;
  /** The file type offered by the native dialog; its last dotted part is the extension (".csv", "sssom.tsv"). */
  extension: string;
}

/**
 * Writes a file the core produces: to a path from the native save dialog in Electron, or as a
 * browser download that the core writes first and the page then fetches. `write` may answer the
 * written file itself or a result holding it as `file`. Resolves to null when the user cancelled.
 */
export async function saveFile<R extends WrittenFile | { file: WrittenFile }>(
  api: Api,
  target: SaveTarget,
  write: (output: OutputRef) => Promise<R>,
): Promise<R | null> {
  const shell = api.transport.shell;
  if (shell) {
    const { title, name, extension } = target;
    const path = await shell.chooseSavePath({
      title,
      defaultName: name,
      filters: [{ name: extension.replace(/^\./, '').toUpperCase(), extensions: [extension.replace(/^.*\./, '')] }],
    });
    return path ? write({ path }) : null;
  }
  const result = await write({ download: true, name: target.name });
  const answer: WrittenFile | { file: WrittenFile } = result;
  const written = 'file' in answer ? answer.file : answer;
  if (written.downloadId) {
    const link = document.createElement('a');
    link.href = api.transport.downloadUrl(written.downloadId);
    link.download = written.name;
    document.body.append(link);
    link.click();
    link.remove();
  }
  return result;
}
