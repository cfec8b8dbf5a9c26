import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportCommitResult, ImportPreview } from '../../../../shared/contract/export.js';
import type { ImportFormat, MappingTableColumns } from '../../../../shared/domain/correspondence.js';
import type { FileRef } from '../../../../shared/domain/files.js';
import type { MappingStatus } from '../../../../shared/domain/mapping.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import { tableFromErrorDetails, type TableColumns } from './column-mapping.js';

export interface PreviewRequest {
  file: FileRef;
  format: ImportFormat;
  defaultStatus?: MappingStatus;
  schemeId?: number;
}

/** The column-mapping step: shown for a mapping table, or when its columns could not be found. */
export interface ColumnStep {
  /** A new round for each preview from the form (the step starts again from the given columns). */
  round: number;
  table: TableColumns;
  /** Why the last reading failed, shown in the step. */
  error: string | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A staged import preview: the latest request wins (an older answer is released, never shown),
 * the shown preview is released when replaced, discarded or left, and a mapping table's columns
 * chosen in the column step are kept for later previews of the same file.
 */
export function useImportPreview() {
  const { client } = useApi();
  const { fail } = useNotify();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [step, setStep] = useState<ColumnStep | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);
  const rounds = useRef(0);
  const staged = useRef<string | null>(null);
  const base = useRef<PreviewRequest | null>(null);
  const chosen = useRef<{ file: FileRef; columns: Partial<MappingTableColumns> } | null>(null);

  const release = useCallback(() => {
    if (staged.current) client.export.importCancel({ token: staged.current }).catch(() => undefined);
    staged.current = null;
  }, [client]);
  useEffect(() => release, [release]);

  const request = useCallback(
    async (args: PreviewRequest & { columns?: Partial<MappingTableColumns> }, round: number, kind: 'form' | 'check') => {
      const id = ++latest.current;
      release();
      setPreview(null);
      if (kind === 'form') setStep(null);
      setBusy(true);
      try {
        const result = await client.export.importPreview(args);
        if (id !== latest.current) return void client.export.importCancel({ token: result.token }).catch(() => undefined);
        staged.current = result.token;
        setPreview(result);
        setStep(result.table ? { round, table: result.table, error: null } : null);
      } catch (error) {
        if (id !== latest.current) return;
        const table = tableFromErrorDetails((error as { details?: unknown }).details);
        if (table) return setStep({ round, table, error: messageOf(error) });
        // A failed "Check again" stays in the step; any other failure is reported.
        if (kind === 'check') return setStep((s) => s && { ...s, error: messageOf(error) });
        setStep(null);
        fail(error);
      } finally {
        if (id === latest.current) setBusy(false);
      }
    },
    [client, fail, release],
  );

  /** Preview from the form; columns chosen earlier for the same file are read again. */
  const run = useCallback(
    (args: PreviewRequest) => {
      base.current = args;
      const columns = chosen.current?.file === args.file ? chosen.current.columns : undefined;
      return request({ ...args, ...(columns ? { columns } : {}) }, ++rounds.current, 'form');
    },
    [request],
  );

  /** "Check again": the same file and options read through the chosen columns. */
  const check = useCallback(
    (columns: Partial<MappingTableColumns>) => {
      if (!base.current) return Promise.resolve();
      chosen.current = { file: base.current.file, columns };
      return request({ ...base.current, columns }, rounds.current, 'check');
    },
    [request],
  );

  /** Drops the preview (a changed file or option made it stale); an answer still on its way is ignored. */
  const discard = useCallback(() => {
    latest.current++;
    release();
    setPreview(null);
    setStep(null);
    setBusy(false);
  }, [release]);

  const commit = useCallback(async (): Promise<ImportCommitResult | null> => {
    if (!staged.current) return null;
    setBusy(true);
    try {
      const result = await client.export.importCommit({ token: staged.current });
      staged.current = null;
      chosen.current = null;
      discard();
      return result;
    } catch (error) {
      fail(error);
      setBusy(false);
      return null;
    }
  }, [client, discard, fail]);

  return { preview, step, busy, run, check, discard, commit };
}
