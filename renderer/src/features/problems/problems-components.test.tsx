// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckRule, Problem } from '../../../../shared/domain/review.js';
import { ProblemsTable } from './ProblemsTable.js';
import { RuleSwitches } from './RuleSwitches.js';

afterEach(cleanup);

const rules: CheckRule[] = [
  { id: 'exact-with-other-relation', title: 'exactMatch together with broad', description: 'Same target twice.', severity: 'error', enabled: true },
  { id: 'only-unsure', title: 'Only unsure mappings', description: 'Decide them.', severity: 'warning', enabled: false },
];

describe('problems panel', () => {
  it('switches rules and shows counts of enabled ones', () => {
    const onToggle = vi.fn();
    render(<RuleSwitches rules={rules} counts={{ 'exact-with-other-relation': 2 }} onToggle={onToggle} />);
    const exact = screen.getByRole('checkbox', { name: /exactMatch together with broad/ });
    expect((exact as HTMLInputElement).checked).toBe(true);
    expect(exact.closest('label')!.textContent).toContain('(2)');
    fireEvent.click(exact);
    expect(onToggle).toHaveBeenCalledWith('exact-with-other-relation', false);
    fireEvent.click(screen.getByRole('checkbox', { name: /Only unsure/ }));
    expect(onToggle).toHaveBeenCalledWith('only-unsure', true);
  });

  it('lists problems with rule title, item and targets', () => {
    const problem: Problem = {
      rule: 'exact-with-other-relation',
      severity: 'error',
      sourceItemId: 1,
      source: 'LO1',
      sourceText: 'Analyse data',
      targets: ['http://x/a'],
      mappingIds: [1, 2],
      message: 'exactMatch and broadMatch to the same target http://x/a.',
    };
    render(<ProblemsTable problems={[problem]} rules={rules} />);
    const row = within(screen.getByRole('table', { name: 'Problems' })).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('exactMatch together with broad');
    expect(row.textContent).toContain('LO1');
    expect(row.textContent).toContain('http://x/a');
  });

  it('says so when nothing is wrong', () => {
    render(<ProblemsTable problems={[]} rules={rules} />);
    expect(screen.getByText('No problems found by the enabled rules.')).toBeTruthy();
  });
});
