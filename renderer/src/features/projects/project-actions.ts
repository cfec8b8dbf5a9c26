import { PROJECT_FILE_EXTENSION } from '../../../../shared/domain/project.js';
import type { Api } from '../../app/api-context.js';

export const PROJECT_FILTERS = [{ name: 'Crosswalk project', extensions: [PROJECT_FILE_EXTENSION.slice(1)] }];

/** Opens a project through the native dialog; returns false when there is none (browser). */
export async function openWithNativeDialog(api: Api): Promise<boolean> {
  const shell = api.transport.shell;
  if (!shell) return false;
  const file = await shell.chooseOpenPath({ title: 'Open project', filters: PROJECT_FILTERS });
  if (file) await api.client.projects.open({ path: file });
  return true;
}

/** Save As through the native dialog; returns false when there is none (browser). */
export async function saveAsWithNativeDialog(api: Api, title: string): Promise<boolean> {
  const shell = api.transport.shell;
  if (!shell) return false;
  const file = await shell.chooseSavePath({
    title: 'Save project as',
    defaultName: `${title}${PROJECT_FILE_EXTENSION}`,
    filters: PROJECT_FILTERS,
  });
  if (file) await api.client.projects.saveAs({ path: file, overwrite: true });
  return true;
}
