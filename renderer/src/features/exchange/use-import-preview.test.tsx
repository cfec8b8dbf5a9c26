// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../../../shared/contract/export.js';
import type { ApiClient } from '../../../../shared/contract/index.js';
import { ApiError } from '../../api/client.js';
import type { Transport } from '../../api/transport.js';
import { ApiProvider } from '../../app/api-context.js';
import { NotificationsProvider } from '../../ui/notifications.js';
import { useImportPreview } from './use-import-preview.js';

afterEach(cleanup);

const previewOf = (token: string, extra: Partial<ImportPreview> = {}): ImportPreview => ({
  token,
  file: 't.tsv',
  format: 'mapping-table',
  source: { title: 't', uri: '', kind: 'classification', items: 3 },
  targets: [],
  mappings: 3,
  byRelation: {},
  byStatus: {},
  plan: { scheme: { action: 'create', id: null, title: 't' }, newItems: 3, existingItems: 0, newMappings: 3, duplicates: 0 },
  sample: [],
  problems: [],
  ...extra,
});

/** importPreview answers when the test says so, in any order. */
function fakeClient() {
  const pending: { args: Record<string, unknown>; resolve(p: ImportPreview): void; reject(e: unknown): void }[] = [];
  const importPreview = vi.fn(
    (args: Record<string, unknown>) => new Promise<ImportPreview>((resolve, reject) => pending.push({ args, resolve, reject })),
  );
  const importCancel = vi.fn(() => Promise.resolve(null));
  const importCommit = vi.fn(() =>
    Promise.resolve({ schemeId: 1, createdScheme: true, itemsAdded: 3, groupsAdded: 0, mappingsAdded: 3, duplicates: 0, reviewsAdded: 0 }),
  );
  const client = { export: { importPreview, importCancel, importCommit } } as unknown as ApiClient;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider api={{ client, transport: {} as Transport }}>
      <NotificationsProvider>{children}</NotificationsProvider>
    </ApiProvider>
  );
  return { pending, importPreview, importCancel, importCommit, wrapper };
}

const file = { uploadId: 'u1', name: 't.tsv' };
const header = ['from', 'to', 'rel'];
const columnsMissing = () =>
  new ApiError({
    code: 'bad-input',
    message: 't.tsv, line 1, field "source": no column for the source: map one',
    details: { file: 't.tsv', line: 1, field: 'source', header, columns: { relation: 'rel' } },
  });

describe('useImportPreview', () => {
  it('shows the latest request’s preview and releases an older one answering late', async () => {
    const api = fakeClient();
    const { result } = renderHook(() => useImportPreview(), { wrapper: api.wrapper });
    act(() => void result.current.run({ file, format: 'auto' }));
    act(() => void result.current.run({ file, format: 'auto', defaultStatus: 'accepted' }));
    await act(async () => api.pending[1]!.resolve(previewOf('new')));
    await act(async () => api.pending[0]!.resolve(previewOf('old')));
    expect(result.current.preview?.token).toBe('new');
    expect(result.current.busy).toBe(false);
    expect(api.importCancel).toHaveBeenCalledWith({ token: 'old' });
    expect(api.importCancel).not.toHaveBeenCalledWith({ token: 'new' });
  });

  it('offers the column step from a failed preview’s details, and checks again with the chosen columns', async () => {
    const api = fakeClient();
    const { result } = renderHook(() => useImportPreview(), { wrapper: api.wrapper });
    act(() => void result.current.run({ file, format: 'auto', defaultStatus: 'unsure' }));
    await act(async () => api.pending[0]!.reject(columnsMissing()));
    expect(result.current.preview).toBeNull();
    expect(result.current.step).toEqual({
      round: 1,
      table: { header, columns: { relation: 'rel' } },
      error: expect.stringContaining('no column for the source'),
    });

    const columns = { source: 'from', target: 'to', relation: 'rel' };
    act(() => void result.current.check(columns));
    expect(api.importPreview).toHaveBeenLastCalledWith({ file, format: 'auto', defaultStatus: 'unsure', columns });
    await act(async () => api.pending[1]!.resolve(previewOf('checked', { table: { header, columns } })));
    expect(result.current.preview?.token).toBe('checked');
    // The same round: the step keeps what the user chose.
    expect(result.current.step).toEqual({ round: 1, table: { header, columns }, error: null });

    // A later preview of the same file (another status) reads the chosen columns again.
    act(() => result.current.discard());
    expect(api.importCancel).toHaveBeenCalledWith({ token: 'checked' });
    expect(result.current.step).toBeNull();
    act(() => void result.current.run({ file, format: 'auto', defaultStatus: 'accepted' }));
    expect(api.importPreview).toHaveBeenLastCalledWith({ file, format: 'auto', defaultStatus: 'accepted', columns });
    act(() => void result.current.run({ file: { uploadId: 'u2', name: 'other.tsv' }, format: 'auto' }));
    expect(api.importPreview).toHaveBeenLastCalledWith({ file: { uploadId: 'u2', name: 'other.tsv' }, format: 'auto' });
  });

  it('ignores an answer to a discarded preview, and commits the staged one', async () => {
    const api = fakeClient();
    const { result } = renderHook(() => useImportPreview(), { wrapper: api.wrapper });
    act(() => void result.current.run({ file, format: 'auto' }));
    act(() => result.current.discard());
    await act(async () => api.pending[0]!.resolve(previewOf('stale')));
    expect(result.current.preview).toBeNull();
    expect(api.importCancel).toHaveBeenCalledWith({ token: 'stale' });

    act(() => void result.current.run({ file, format: 'auto' }));
    await act(async () => api.pending[1]!.resolve(previewOf('staged')));
    let committed: unknown;
    await act(async () => void (committed = await result.current.commit()));
    expect(api.importCommit).toHaveBeenCalledWith({ token: 'staged' });
    expect(committed).toMatchObject({ mappingsAdded: 3 });
    await waitFor(() => expect(result.current.preview).toBeNull());
    expect(api.importCancel).not.toHaveBeenCalledWith({ token: 'staged' });
  });
});
