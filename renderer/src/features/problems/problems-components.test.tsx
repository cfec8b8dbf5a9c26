// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckRule, Problem } from '../../../../shared/domain/review.js';
import { ProblemsTable } from './ProblemsTable.js';
import { RuleSwitches } from './RuleSwitches.js';

afterEach(cleanup);

const rules: CheckRule[] = [
  {
    id: 'exact-with-other-relation',
    title: 'exactMatch together with broad',
    description: 'Same target twice.',
    severity: 'error',
    enabled: true,
  },
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

  it('offers "Show in workbench" for rows about an item only when asked to', () => {
    const onItem: Problem = {
      rule: 'exact-with-other-relation',
      severity: 'error',
      sourceItemId: 4,
      source: 'LO4',
      sourceText: 'Protect personal data',
      targets: ['http://x/p'],
      mappingIds: [3, 4],
      message: 'exactMatch and broadMatch to the same target http://x/p.',
    };
    const projectWide: Problem = {
      ...onItem,
      rule: 'vocabulary-not-loaded',
      severity: 'info',
      sourceItemId: null,
      source: null,
      sourceText: '',
      mappingIds: [],
      message: 'A vocabulary is not loaded.',
    };
    const { rerender } = render(<ProblemsTable problems={[onItem, projectWide]} rules={rules} />);
    expect(screen.queryByRole('button', { name: /Show in workbench/ })).toBeNull();

    const onShowItem = vi.fn();
    rerender(<ProblemsTable problems={[onItem, projectWide]} rules={rules} onShowItem={onShowItem} />);
    const buttons = screen.getAllByRole('button', { name: /^Show in workbench/ });
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.getAttribute('aria-label')).toBe('Show in workbench: LO4');
    expect(buttons[0]!.closest('tr')!.textContent).toContain('Protect personal data');
    fireEvent.click(buttons[0]!);
    expect(onShowItem).toHaveBeenCalledExactlyOnceWith(onItem);
  });

  it('says so when nothing is wrong', () => {
    render(<ProblemsTable problems={[]} rules={rules} />);
    expect(screen.getByText('No problems found by the enabled rules.')).toBeTruthy();
  });
});
