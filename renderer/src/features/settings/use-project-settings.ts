import { useCallback } from 'react';
import type { ProjectSettings } from '../../../../shared/contract/projects.js';
import { isWebUrl } from '../../../../shared/contract/setting-urls.js';
import { useApiData } from '../../api/use-api-data.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** What is wrong with the project fields, per field (empty: nothing); URLs may stay empty. */
export function projectProblems(fields: ProjectSettings): Partial<Record<keyof ProjectSettings, string>> {
  const problems: Partial<Record<keyof ProjectSettings, string>> = {};
  for (const key of ['uriBase', 'license', 'mappingSetId'] as const) {
    if (fields[key].trim() && !isWebUrl(fields[key].trim())) problems[key] = 'An absolute http:// or https:// URL, or empty.';
  }
  return problems;
}

/** The open project's settings (read fresh when a write changes projects), and saving them. */
export function useProjectSettings(): { saved: ProjectSettings | undefined; save(fields: ProjectSettings): Promise<ProjectSettings> } {
  const { client } = useApi();
  const { fail } = useNotify();
  const { data } = useApiData('projects', 'settingsGet', {}, { domains: ['projects'], onError: fail });
  const save = useCallback(
    (fields: ProjectSettings) =>
      client.projects.settingsUpdate({
        uriBase: fields.uriBase.trim(),
        license: fields.license.trim(),
        mappingSetId: fields.mappingSetId.trim(),
        mappingSetTitle: fields.mappingSetTitle.trim(),
        defaultStatus: fields.defaultStatus,
      }),
    [client],
  );
  return { saved: data, save };
}
