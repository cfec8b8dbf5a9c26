import { useReducer, useRef, type Dispatch } from 'react';
import type { ColumnMapping, ImportField } from '../../../../shared/domain/source.js';
import { latestOnly } from '../../api/latest-only.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import {
  importDialogReducer,
  INITIAL_IMPORT_DIALOG,
  previewRequest,
  rowEdits,
  withColumn,
  type ImportDialogAction,
} from './import-dialog-state.js';
import type { Fixes } from './ImportPreviewRows.js';

/**
 * The source import dialog's state and its calls: preview (again after each change that alters
 * the reading), then commit what the preview read. `onDone` gets the first imported scheme.
 */
export function useImportDialog(onDone: (schemeId: number | undefined) => void) {
  const { client, transport } = useApi();
  const { fail, notify } = useNotify();
  const [state, dispatchState] = useReducer(importDialogReducer, INITIAL_IMPORT_DIALOG);
  // Previews answer out of order (each reads the file again): only the newest request's answer is shown.
  const previews = useRef(latestOnly()).current;
  const dispatch: Dispatch<ImportDialogAction> = (action) => {
    if (action.type === 'reset' || action.type === 'input' || action.type === 'choosing-file') {
      // A preview still on its way is of the old input: dropped, and no longer keeps the dialog busy.
      previews.invalidate();
      dispatchState({ type: 'busy', busy: false });
    }
    dispatchState(action);
  };

  const runPreview = async (overrides: { mapping?: ColumnMapping; split?: boolean; fixes?: Fixes } = {}) => {
    const args = previewRequest(state, overrides);
    if (!args) return;
    const isLatest = previews.start();
    dispatch({ type: 'busy', busy: true });
    try {
      const preview = await client.sources.importPreview({
        ...args,
        fixes: rowEdits(overrides.fixes ?? state.fixes),
        exclude: [...state.excluded],
      });
      if (isLatest()) dispatch({ type: 'previewed', preview });
    } catch (error) {
      if (isLatest()) fail(error);
    } finally {
      if (isLatest()) dispatch({ type: 'busy', busy: false });
    }
  };

  const commit = async () => {
    const { preview, schemeTitle, fixes, excluded } = state;
    if (!preview) return;
    dispatch({ type: 'busy', busy: true });
    try {
      // The core imports what it read for this preview (no second download), with the fixes since.
      const result = await client.sources.importCommit({
        token: preview.token,
        ...(schemeTitle.trim() ? { schemeTitle: schemeTitle.trim() } : {}),
        fixes: rowEdits(fixes),
        exclude: [...excluded],
      });
      notify(
        'success',
        `Imported: ${result.added} added, ${result.changed} changed, ${result.removed} flagged as removed${result.warnings.length ? `; ${result.warnings.length} warnings` : ''}`,
      );
      dispatch({ type: 'reset' });
      onDone(result.schemes[0]?.schemeId);
    } catch (error) {
      fail(error);
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  };

  const pickFile = async (picked: File | undefined) => {
    dispatch({ type: 'choosing-file' });
    dispatch({ type: 'file', file: picked ? await transport.fileRef(picked) : null });
  };

  const changeMapping = (field: ImportField, column: string) => {
    const mapping = withColumn(state.mapping, field, column);
    dispatch({ type: 'mapping', mapping });
    void runPreview({ mapping, fixes: {} });
  };

  const setSplit = (split: boolean) => {
    dispatch({ type: 'split', split });
    if (state.preview) void runPreview({ split });
  };

  return { state, dispatch, runPreview, commit, pickFile, changeMapping, setSplit };
}

export type ImportDialogModel = ReturnType<typeof useImportDialog>;
