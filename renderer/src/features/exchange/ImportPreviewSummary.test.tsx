// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../shared/contract/export.js';
import { ImportPreviewSummary } from './ImportPreviewSummary.js';

afterEach(cleanup);

const preview: ImportPreview = {
  token: 't',
  file: 'onet.csv',
  format: 'esco-csv',
  source: { title: 'O*NET', uri: '', kind: 'classification', items: 269 },
  targets: [{ id: 'esco-v1.1.0', title: 'ESCO', version: 'v1.1.0' }],
  mappings: 1166,
  byRelation: { narrowMatch: 66, broadMatch: 546 },
  byStatus: { accepted: 1166 },
  plan: { scheme: { action: 'merge', id: 3, title: 'O*NET' }, newItems: 0, existingItems: 269, newMappings: 1000, duplicates: 166 },
  sample: [
    {
      subjectKey: '11-1021.00',
      subjectLabel: 'General and Operations Managers',
      kind: 'match',
      relation: 'broadMatch',
      targetUri: 'http://data.europa.eu/esco/occupation/x',
      targetLabel: 'operations manager',
      status: 'accepted',
      author: 'ESCO',
    },
  ],
  problems: [{ severity: 'warning', message: 'exactISCO mapping skipped', line: 20, field: 'Type of Match' }],
};

describe('ImportPreviewSummary', () => {
  it('shows what the import would do, its problems with line and field, and the first rows', () => {
    render(<ImportPreviewSummary preview={preview} />);
    const summary = screen.getByTestId('import-preview');
    expect(summary.textContent).toContain('merged into “O*NET”, 0 new');
    expect(summary.textContent).toContain('1166 (1000 new, 166 already present)');
    expect(summary.textContent).toContain('broadMatch 546, narrowMatch 66');
    expect(within(screen.getByRole('list', { name: 'Import problems' })).getByRole('listitem').textContent).toBe(
      'warningline 20: Type of Match: exactISCO mapping skipped',
    );
    expect(screen.getByRole('table').textContent).toContain('General and Operations Managers');
  });
});
