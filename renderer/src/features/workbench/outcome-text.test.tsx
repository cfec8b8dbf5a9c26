// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutcomeCoverage } from '../../../../shared/domain/outcome-coverage.js';
import { CandidatesPane, type PaneActions } from './CandidatesPane.js';
import { paneEntries } from './pane-entries.js';
import { candidate, mapping } from './test-fixtures.js';

afterEach(cleanup);

const TEXT = 'design, implement and evaluate a relational database and communicate the results to stakeholders';
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });
const parts = [
  { text: 'design a relational database', spans: [at('design'), at('a relational database')] },
  { text: 'implement a relational database', spans: [at('implement'), at('a relational database')] },
  { text: 'evaluate a relational database', spans: [at('evaluate a relational database')] },
  { text: 'communicate the results to stakeholders', spans: [at('communicate the results to stakeholders')] },
];
const coverage = (coveredBy: number[][], untied: number[] = []): OutcomeCoverage => ({
  sourceItemId: 1,
  text: TEXT,
  parts: parts.map((p, i) => ({ ...p, coveredBy: coveredBy[i] ?? [] })),
  covered: coveredBy.filter((c) => c.length).length,
  untied,
});
const actions = (): PaneActions => ({
  accept: vi.fn(),
  unsure: vi.fn(),
  mustNotMap: vi.fn(),
  remove: vi.fn(),
  setStatus: vi.fn(),
  noMatch: vi.fn(),
  search: vi.fn(),
});

describe('the outcome in the candidates pane', () => {
  const implement = candidate('http://x/implement', 0.8, { label: 'implement databases', spans: parts[1]!.spans });

  it('marks the words that support the focused candidate and says them to screen readers', () => {
    render(
      <CandidatesPane
        item={{ key: 'LO1', text: TEXT }}
        entries={paneEntries([], [implement])}
        cursor={0}
        onCursor={() => undefined}
        relation="closeMatch"
        suggestions={{ state: 'ready' }}
        actions={actions()}
        coverage={coverage([])}
      />,
    );
    const text = screen.getByTestId('selected-item-text');
    expect([...text.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['implement', 'a relational database']);
    expect(text.textContent).toBe(TEXT);
    const described = document.getElementById(text.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe('Supported by: implement … a relational database');
    expect(screen.getByRole('option').textContent).toContain('supported by: implement … a relational database');
    expect(screen.getByTestId('outcome-coverage').textContent).toMatch(/^Outcome coverage: 0 of 4 parts covered/);
  });

  it('shows which parts no accepted mapping covers, a focused mapping its stored evidence, and the per-statement switch', () => {
    const onChange = vi.fn();
    const accepted = mapping(7, 'http://x/design', { evidence: parts[0]!.spans });
    render(
      <CandidatesPane
        item={{ key: 'LO1', text: TEXT }}
        entries={paneEntries([accepted], [])}
        cursor={0}
        onCursor={() => undefined}
        relation="closeMatch"
        suggestions={{ state: 'ready' }}
        actions={actions()}
        coverage={coverage([[7]], [9])}
        decompose={{ on: false, onChange }}
      />,
    );
    const line = screen.getByTestId('outcome-coverage').textContent;
    expect(line).toContain('1 of 4 parts covered');
    expect(line).toContain(
      'Not yet covered: «implement a relational database», «evaluate a relational database», «communicate the results to stakeholders»',
    );
    expect(line).toContain('1 accepted mapping is not tied to a part');
    const text = screen.getByTestId('selected-item-text');
    expect([...text.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['design', 'a relational database']);
    expect([...text.querySelectorAll('.outcome-part-uncovered')].map((s) => s.textContent)).toEqual([
      'implement',
      'evaluate ',
      'communicate the results to stakeholders',
    ]);
    fireEvent.click(screen.getByLabelText('Suggest per skill statement'));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
