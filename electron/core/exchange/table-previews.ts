import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import { PreviewTokens } from '../preview-tokens.js';

/** A mapping table read and checked by a preview, as its commit writes it. */
export interface StagedTable {
  file: string;
  format: string;
  table: CorrespondenceTable;
  uriBase: string;
  schemeId?: number;
}

/** Mapping-table imports previewed and waiting for their commit. */
export type TablePreviews = PreviewTokens<StagedTable>;

export function tablePreviews(now?: () => number): TablePreviews {
  return new PreviewTokens<StagedTable>(
    {
      missing: 'No staged import with this token (it expired, or was committed, cancelled or replaced); preview the file again.',
      foreign: 'The staged import belongs to another project; preview it again.',
    },
    now,
  );
}
