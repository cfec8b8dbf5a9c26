// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeProblem } from '../../../../shared/domain/correspondence.js';
import { ImportProblems, SHOWN_PROBLEMS } from './ImportProblems.js';

afterEach(cleanup);

describe('ImportProblems', () => {
  it('lists remarks on the whole file first, then the rows by line, with field, and counts them by severity', () => {
    const problems: ExchangeProblem[] = [
      { severity: 'error', message: 'unknown Type of Match "sortOfMatch"', line: 40, field: 'Type of Match' },
      { severity: 'info', message: 'row above the preamble ignored ("Column1, Column2, Column3")', line: 1 },
      { severity: 'info', message: '3506 repeated statements merged into one (the table repeats a statement once per label language)' },
      { severity: 'warning', message: 'exactISCO mapping skipped', line: 20, field: 'Type of Match' },
    ];
    render(<ImportProblems problems={problems} />);
    expect(screen.getByRole('heading').textContent).toBe('Problems and repairs (1 error, 1 warning, 2 repairs and notes)');
    const items = within(screen.getByRole('list', { name: 'Import problems' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'info3506 repeated statements merged into one (the table repeats a statement once per label language)',
      'infoline 1: row above the preamble ignored ("Column1, Column2, Column3")',
      'warningline 20: Type of Match: exactISCO mapping skipped',
      'errorline 40: Type of Match: unknown Type of Match "sortOfMatch"',
    ]);
  });

  it('lists the first rows and says how many more there are', () => {
    const problems: ExchangeProblem[] = Array.from({ length: SHOWN_PROBLEMS + 5 }, (_, i) => ({
      severity: 'error',
      message: 'bad relation',
      line: i + 2,
    }));
    render(<ImportProblems problems={problems} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(SHOWN_PROBLEMS);
    expect(screen.getByText(`The first ${SHOWN_PROBLEMS} are listed; 5 more are not.`)).toBeTruthy();
  });

  it('shows nothing when the file had no problems', () => {
    const { container } = render(<ImportProblems problems={[]} />);
    expect(container.textContent).toBe('');
  });
});
