import { PreviewTokens } from '../../preview-tokens.js';
import type { StagedImport } from './staged-import.js';

/** Source imports previewed and waiting for their commit. */
export type SourcePreviews = PreviewTokens<StagedImport>;

export function sourcePreviews(now?: () => number): SourcePreviews {
  return new PreviewTokens<StagedImport>(
    {
      missing: 'This import preview has expired or was replaced; preview the input again.',
      foreign: 'This import preview was made for another project; preview the input again.',
    },
    now,
  );
}
