import { useCallback } from 'react';
import type { UserSettings } from '../../../../shared/contract/app.js';
import type { DenseStatus } from '../../../../shared/contract/suggest.js';
import { useApiData } from '../../api/use-api-data.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

export type ModelFields = Pick<UserSettings, 'embeddingModelFolder' | 'embeddingQueryPrefix' | 'embeddingPassagePrefix'>;

export interface ModelSettings {
  saved: ModelFields | undefined;
  status: DenseStatus | undefined;
  /** Saves only the fields given (a folder chosen in a dialog arrives as its handle). */
  save(fields: Partial<ModelFields>): Promise<void>;
  /** Desktop app only: picks the model.onnx in a native dialog and returns its handle (null: cancelled). */
  choose?: () => Promise<string | null>;
}

/** The optional sentence-embedding model (Settings) and the neural level's status, refreshed on suggest changes. */
export function useModelSettings(): ModelSettings {
  const { client, transport } = useApi();
  const { fail } = useNotify();
  const settings = useApiData('app', 'settingsGet', {}, { domains: ['settings'], onError: fail });
  const status = useApiData('suggest', 'denseStatus', {}, { domains: ['settings', 'suggest'], onError: fail });
  const save = useCallback(
    async (fields: Partial<ModelFields>) => {
      await client.app.settingsUpdate(fields);
      settings.reload();
      status.reload();
    },
    [client, settings, status],
  );
  const shell = transport.shell;
  const saved = settings.data && {
    embeddingModelFolder: settings.data.embeddingModelFolder,
    embeddingQueryPrefix: settings.data.embeddingQueryPrefix,
    embeddingPassagePrefix: settings.data.embeddingPassagePrefix,
  };
  return {
    saved,
    status: status.data,
    save,
    ...(shell
      ? { choose: () => shell.chooseOpenPath({ title: 'Choose the model.onnx', filters: [{ name: 'ONNX model', extensions: ['onnx'] }] }) }
      : {}),
  };
}
