// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../../shared/contract/export.js';
import { ExportReport } from './ExportReport.js';

afterEach(cleanup);

const report: ExportResult = {
  file: { name: 'course.ttl', path: '/tmp/course.ttl', bytes: 12345 },
  format: 'skos-ttl',
  mappings: 6,
  limits: ['Mapping history (every change) is not carried; the mapping date is the creation date.'],
  notAccepted: null,
  openErrors: [],
};

describe('ExportReport', () => {
  it('says when only accepted mappings were exported', () => {
    render(<ExportReport report={report} />);
    expect(screen.getByRole('status').textContent).toContain('Only accepted mappings were exported.');
    expect(screen.queryByRole('list', { name: 'Errors open at export' })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Not carried by the format' })).getByRole('listitem').textContent).toMatch(
      /Mapping history/,
    );
  });

  it('counts the not-accepted mappings included and says how they are marked, and lists the errors open at export', () => {
    const marking =
      'They are not asserted as skos:*Match triples: each is only an owl:Axiom (SSSOM RDF) carrying its status in cw:curationStatus.';
    render(
      <ExportReport
        report={{
          ...report,
          notAccepted: { proposed: 2, unsure: 1, rejected: 1, marking },
          openErrors: [
            {
              rule: 'exact-multiple-same-scheme',
              severity: 'error',
              sourceItemId: 4,
              source: 'LO4',
              sourceText: 'Explain p-values',
              targets: [],
              mappingIds: [7, 8],
              message: 'exactMatch to 2 concepts of the same scheme.',
            },
          ],
        }}
      />,
    );
    expect(screen.getByTestId('export-not-accepted').textContent).toBe(
      `Included mappings not accepted: 2 proposed, 1 unsure, 1 rejected. ${marking}`,
    );
    expect(screen.getByRole('status').textContent).toContain('Exported with 1 error open in Problems:');
    expect(within(screen.getByRole('list', { name: 'Errors open at export' })).getByRole('listitem').textContent).toBe(
      'Explain p-values: exactMatch to 2 concepts of the same scheme.',
    );
  });
});
