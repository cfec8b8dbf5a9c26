import { describe, expect, it } from 'vitest';
import type { StagedImportPreview } from '../../../../shared/contract/sources.js';
import {
  importDialogReducer,
  INITIAL_IMPORT_DIALOG,
  previewRequest,
  rowEdits,
  withColumn,
  type ImportDialogAction,
  type ImportDialogState,
} from './import-dialog-state.js';

const preview = (extra: Partial<StagedImportPreview> = {}) =>
  ({
    token: 't1',
    format: 'csv',
    columns: ['LO', 'Outcome'],
    mapping: { id: 'LO', text: 'Outcome' },
    schemeTitle: 'From the file',
    rows: [],
    problems: [],
    ...extra,
  }) as unknown as StagedImportPreview;

const run = (...actions: ImportDialogAction[]): ImportDialogState => actions.reduce(importDialogReducer, INITIAL_IMPORT_DIALOG);

describe('import dialog state', () => {
  it('takes the preview’s column mapping and its title unless the user named the source', () => {
    expect(run({ type: 'previewed', preview: preview() })).toMatchObject({
      mapping: { id: 'LO', text: 'Outcome' },
      schemeTitle: 'From the file',
    });
    expect(run({ type: 'scheme-title', title: 'Mine' }, { type: 'previewed', preview: preview() }).schemeTitle).toBe('Mine');
    // Formats without columns (ELM, SKOS) have no mapping to offer.
    expect(run({ type: 'previewed', preview: preview({ columns: [] }) }).mapping).toBeUndefined();
  });

  it('makes the preview stale when the input changes, and forgets the last file’s reading when another is chosen', () => {
    const previewed = run({ type: 'scheme-title', title: 'Named' }, { type: 'previewed', preview: preview() });
    expect(importDialogReducer(previewed, { type: 'input', patch: { format: 'xlsx' } })).toMatchObject({
      format: 'xlsx',
      preview: null,
      schemeTitle: 'Named',
    });
    expect(importDialogReducer(previewed, { type: 'choosing-file' })).toMatchObject({ preview: null, mapping: undefined, schemeTitle: '' });
  });

  it('drops fixes when the columns are mapped anew, and keeps row exclusions as a set', () => {
    const fixed = run(
      { type: 'fix', row: 3, field: 'text', value: 'Fixed' },
      { type: 'fix', row: 3, field: 'id', value: 'X' },
      { type: 'exclude', row: 5, excluded: true },
    );
    expect(fixed.fixes).toEqual({ 3: { text: 'Fixed', id: 'X' } });
    expect(rowEdits(fixed.fixes)).toEqual([
      { row: 3, field: 'text', value: 'Fixed' },
      { row: 3, field: 'id', value: 'X' },
    ]);
    expect([...fixed.excluded]).toEqual([5]);
    expect([...importDialogReducer(fixed, { type: 'exclude', row: 5, excluded: false }).excluded]).toEqual([]);
    expect(importDialogReducer(fixed, { type: 'mapping', mapping: { text: 'Outcome' } }).fixes).toEqual({});
  });

  it('resets everything but the display preference', () => {
    const used = run(
      { type: 'toggle-all-fields' },
      { type: 'input', patch: { url: 'https://uni.example' } },
      { type: 'exclude', row: 1, excluded: true },
      { type: 'busy', busy: true },
    );
    const reset = importDialogReducer(used, { type: 'reset' });
    expect(reset).toMatchObject({ url: '', busy: false, showAllFields: true });
    expect(reset.excluded.size).toBe(0);
  });

  it('builds the preview request from the input, with overrides not yet in the state', () => {
    expect(previewRequest(INITIAL_IMPORT_DIALOG)).toBeNull();
    const state = run(
      { type: 'input', patch: { url: ' https://uni.example ', token: ' secret ', format: 'elm' } },
      { type: 'scheme-title', title: ' Course ' },
    );
    expect(previewRequest(state, { split: true, mapping: withColumn(undefined, 'text', 'Outcome') })).toEqual({
      url: 'https://uni.example',
      format: 'elm',
      mapping: { text: 'Outcome' },
      split: true,
      auth: { token: 'secret' },
      schemeTitle: 'Course',
    });
    expect(withColumn({ text: 'Outcome', id: 'LO' }, 'id', '')).toEqual({ text: 'Outcome' });
  });
});
