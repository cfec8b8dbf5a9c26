// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { labelsMissingNotice } from '../../../../shared/suggest-notice.js';
import { CandidatesPane } from './CandidatesPane.js';
import { paneEntries } from './pane-entries.js';
import { candidate } from './test-fixtures.js';

afterEach(cleanup);

describe('suggestions for an item in a language the vocabulary has no labels in', () => {
  it('says so above the list and marks candidates found through labels written the same', () => {
    const notice = labelsMissingNotice({ labelsMissing: { language: 'fi', available: ['de', 'en'] } })!;
    const java = candidate('http://x/java', 0.8, {
      label: 'Java',
      via: 'identical-label',
      labelLanguage: 'en',
      why: {
        labels: [{ kind: 'pref', text: 'Java', ranges: [{ start: 0, end: 4 }] }],
        terms: ['java'],
        queryRanges: [{ start: 12, end: 16 }],
        coverage: 1,
      },
    });
    const actions = {
      accept: vi.fn(),
      unsure: vi.fn(),
      mustNotMap: vi.fn(),
      remove: vi.fn(),
      setStatus: vi.fn(),
      noMatch: vi.fn(),
      search: vi.fn(),
    };
    render(
      <CandidatesPane
        item={{ key: 'LO1', text: 'Ohjelmointi Java' }}
        entries={paneEntries([], [java, candidate('http://x/other')])}
        cursor={0}
        onCursor={() => undefined}
        relation="closeMatch"
        suggestions={{ state: 'ready', notice }}
        actions={actions}
      />,
    );
    expect(screen.getByRole('note').textContent).toContain('No vocabulary labels in "fi" (available: de, en)');
    const [first, second] = screen.getAllByRole('option');
    expect(first!.textContent).toContain('same label in en');
    expect(second!.textContent).not.toContain('same label in');
  });

  it('shows no notice when the vocabulary has labels in the item language', () => {
    render(
      <CandidatesPane
        item={{ key: 'LO1', text: 'Java' }}
        entries={paneEntries([], [candidate('http://x/java')])}
        cursor={0}
        onCursor={() => undefined}
        relation="closeMatch"
        suggestions={{ state: 'ready', notice: labelsMissingNotice({}) ?? undefined }}
        actions={{
          accept: vi.fn(),
          unsure: vi.fn(),
          mustNotMap: vi.fn(),
          remove: vi.fn(),
          setStatus: vi.fn(),
          noMatch: vi.fn(),
          search: vi.fn(),
        }}
      />,
    );
    expect(screen.queryByRole('note')).toBeNull();
  });
});
