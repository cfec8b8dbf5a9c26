import fs from 'node:fs';
import path from 'node:path';
import type { ApiClient } from '../../../shared/contract/index.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { cliError } from '../cli-context.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `--model DIR` as the Settings field takes it: a folder on disk (resolved against the working
 * directory), or a bare name that is no folder here, meaning `<data folder>/models/NAME` as in Settings.
 */
export function modelSetting(dir: string): string {
  const bareName = !/[\\/]/.test(dir) && !dir.startsWith('.') && !fs.existsSync(dir);
  return bareName ? dir : path.resolve(dir);
}

/**
 * Waits until the sentence-embedding model (from `--model` or Settings) is loaded. True when it is
 * in use; false when the level is off. A model that cannot be used ends the run with its one-line
 * reason when `--model` named it; a saved one only warns, and suggestions stay lexical as in the app.
 */
export async function modelInUse(api: ApiClient, named: boolean): Promise<boolean> {
  let status = await api.suggest.denseStatus({});
  while (status.state === 'loading') {
    await delay(50);
    status = await api.suggest.denseStatus({});
  }
  if (status.state !== 'error') return status.state === 'ready';
  if (named) throw cliError(ErrorCodes.badInput, status.message);
  process.stderr.write(`warning: ${status.message} Suggestions are lexical.\n`);
  return false;
}

/**
 * The concept vectors of a vocabulary and language are computed in a background job the first time
 * they are searched (then cached in the data folder). A script wants the fused ranking, so the run
 * waits for them; true when it waited (the row's suggestions are then asked again).
 */
export async function conceptVectorsReady(api: ApiClient, announced: Set<string>): Promise<boolean> {
  let waited = false;
  for (;;) {
    const { vectors } = await api.suggest.denseStatus({});
    const failed = vectors.find((v) => v.state === 'failed');
    if (failed)
      throw cliError(
        ErrorCodes.internal,
        `Embedding ${failed.vocabularyId} (${failed.language}) for suggestions failed: ${failed.message ?? ''}`,
      );
    const computing = vectors.filter((v) => v.state === 'computing');
    if (!computing.length) return waited;
    for (const v of computing) {
      const key = `${v.vocabularyId} (${v.language})`;
      if (announced.has(key)) continue;
      announced.add(key);
      process.stderr.write(`Embedding ${key} for suggestions: once, then cached in the data folder.\n`);
    }
    waited = true;
    await delay(100);
  }
}
