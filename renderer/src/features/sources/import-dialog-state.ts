import type { ArgsOf } from '../../../../shared/contract/method.js';
import type { sourcesContract, StagedImportPreview } from '../../../../shared/contract/sources.js';
import type { FileRef } from '../../../../shared/domain/files.js';
import type { ColumnMapping, ImportField, ImportFormat } from '../../../../shared/domain/source.js';
import type { Fixes } from './ImportPreviewRows.js';

type PreviewArgs = ArgsOf<typeof sourcesContract.importPreview>;

/** What the source import dialog holds between opening and importing. */
export interface ImportDialogState {
  file: FileRef | null;
  url: string;
  format: ImportFormat | '';
  split: boolean;
  token: string;
  mapping: ColumnMapping | undefined;
  schemeTitle: string;
  preview: StagedImportPreview | null;
  fixes: Fixes;
  excluded: ReadonlySet<number>;
  busy: boolean;
  showAllFields: boolean;
}

export type ImportDialogAction =
  | { type: 'reset' }
  /** URL, format or token changed: the preview (and the token of what was read) is stale. */
  | { type: 'input'; patch: Partial<Pick<ImportDialogState, 'url' | 'format' | 'token'>> }
  /** Another file is being chosen: nothing of the last one's preview applies. */
  | { type: 'choosing-file' }
  | { type: 'file'; file: FileRef | null }
  | { type: 'split'; split: boolean }
  | { type: 'busy'; busy: boolean }
  | { type: 'previewed'; preview: StagedImportPreview }
  /** A new column mapping reads the rows anew: fixes to the old reading are dropped. */
  | { type: 'mapping'; mapping: ColumnMapping }
  | { type: 'fix'; row: number; field: ImportField; value: string }
  | { type: 'exclude'; row: number; excluded: boolean }
  | { type: 'scheme-title'; title: string }
  | { type: 'toggle-all-fields' };

export const INITIAL_IMPORT_DIALOG: ImportDialogState = {
  file: null,
  url: '',
  format: '',
  split: false,
  token: '',
  mapping: undefined,
  schemeTitle: '',
  preview: null,
  fixes: {},
  excluded: new Set(),
  busy: false,
  showAllFields: false,
};

export function importDialogReducer(state: ImportDialogState, action: ImportDialogAction): ImportDialogState {
  switch (action.type) {
    case 'reset':
      // The "all fields" switch is a display preference: it survives closing the dialog.
      return { ...INITIAL_IMPORT_DIALOG, excluded: new Set(), showAllFields: state.showAllFields };
    case 'input':
      return { ...state, ...action.patch, preview: null };
    case 'choosing-file':
      return { ...state, preview: null, mapping: undefined, schemeTitle: '' };
    case 'file':
      return { ...state, file: action.file };
    case 'split':
      return { ...state, split: action.split };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'previewed':
      return {
        ...state,
        preview: action.preview,
        mapping: action.preview.columns.length ? action.preview.mapping : undefined,
        schemeTitle: state.schemeTitle || action.preview.schemeTitle,
      };
    case 'mapping':
      return { ...state, mapping: action.mapping, fixes: {} };
    case 'fix':
      return { ...state, fixes: { ...state.fixes, [action.row]: { ...state.fixes[action.row], [action.field]: action.value } } };
    case 'exclude': {
      const excluded = new Set(state.excluded);
      if (action.excluded) excluded.add(action.row);
      else excluded.delete(action.row);
      return { ...state, excluded };
    }
    case 'scheme-title':
      return { ...state, schemeTitle: action.title };
    case 'toggle-all-fields':
      return { ...state, showAllFields: !state.showAllFields };
  }
}

/** The mapping with `field` read from `column` ('' = from no column). */
export function withColumn(mapping: ColumnMapping | undefined, field: ImportField, column: string): ColumnMapping {
  const next = { ...(mapping ?? {}) };
  if (column) next[field] = column;
  else delete next[field];
  return next;
}

/** The preview request for the dialog's input (null: no file or URL yet); overrides apply changes not yet in the state. */
export function previewRequest(state: ImportDialogState, overrides: { mapping?: ColumnMapping; split?: boolean } = {}): PreviewArgs | null {
  const input = state.file ? { file: state.file } : state.url.trim() ? { url: state.url.trim() } : null;
  if (!input) return null;
  const mapping = overrides.mapping ?? state.mapping;
  return {
    ...input,
    ...(state.format ? { format: state.format } : {}),
    ...(mapping ? { mapping } : {}),
    split: overrides.split ?? state.split,
    ...(state.token.trim() ? { auth: { token: state.token.trim() } } : {}),
    ...(state.schemeTitle.trim() ? { schemeTitle: state.schemeTitle.trim() } : {}),
  };
}

/** The user's fixes as the contract's row edits. */
export function rowEdits(fixes: Fixes): { row: number; field: ImportField; value: string }[] {
  return Object.entries(fixes).flatMap(([row, values]) =>
    Object.entries(values).map(([field, value]) => ({ row: Number(row), field: field as ImportField, value: value ?? '' })),
  );
}
