// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../../../shared/domain/review.js';
import { OpenErrorsList } from './OpenErrorsList.js';

afterEach(cleanup);

const problem = (n: number): Problem => ({
  rule: 'match-and-must-not-map',
  severity: 'error',
  sourceItemId: n,
  source: `LO${n}`,
  sourceText: `Outcome ${n}`,
  targets: ['http://data.europa.eu/esco/skill/x'],
  mappingIds: [n],
  message: 'closeMatch to http://data.europa.eu/esco/skill/x, which is marked "must not map".',
});

describe('OpenErrorsList', () => {
  it('names the item and says what is wrong', () => {
    render(<OpenErrorsList problems={[problem(1)]} label="Errors open in Problems" />);
    const items = within(screen.getByRole('list', { name: 'Errors open in Problems' })).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Outcome 1: closeMatch to http://data.europa.eu/esco/skill/x, which is marked "must not map".',
    ]);
  });

  it('shows the first 50 and counts the rest', () => {
    render(<OpenErrorsList problems={Array.from({ length: 53 }, (_, i) => problem(i + 1))} label="Errors" />);
    const items = within(screen.getByRole('list', { name: 'Errors' })).getAllByRole('listitem');
    expect(items).toHaveLength(51);
    expect(items.at(-1)!.textContent).toBe('…and 3 more (see Problems)');
  });
});
