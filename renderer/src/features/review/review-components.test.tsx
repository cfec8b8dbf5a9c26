// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PairAgreement, ReviewQueueItem } from '../../../../shared/domain/review.js';
import { mapping } from '../workbench/test-fixtures.js';
import { AgreementTable, kappaBand } from './AgreementTable.js';
import { ReviewCard } from './ReviewCard.js';

afterEach(cleanup);

const item = (round: ReviewQueueItem['round'], decisions: ReviewQueueItem['decisions'] = []): ReviewQueueItem => ({
  mapping: mapping(7, 'http://x/budget', { relation: 'closeMatch', status: 'proposed', comment: 'from the catalogue' }),
  sourceKey: 'LO7',
  sourceText: 'Plan a budget',
  round,
  decisions,
});

describe('ReviewCard', () => {
  it('shows the mapping and sends the decision with its comment', () => {
    const onDecide = vi.fn();
    const onComment = vi.fn();
    render(<ReviewCard item={item(1)} active comment="fits" onComment={onComment} onActivate={() => undefined} onDecide={onDecide} />);
    const card = screen.getByRole('article', { name: /LO7/ });
    expect(card.textContent).toContain('close match');
    expect(card.textContent).toContain('label http://x/budget');
    fireEvent.change(within(card).getByRole('textbox'), { target: { value: 'fits well' } });
    expect(onComment).toHaveBeenCalledWith('fits well');
    fireEvent.click(within(card).getByRole('button', { name: 'Reject' }));
    expect(onDecide).toHaveBeenCalledWith('reject', 'fits');
  });

  it('says a second review is blind and shows no earlier decision', () => {
    render(
      <ReviewCard
        item={item(2)}
        active={false}
        comment=""
        onComment={() => undefined}
        onActivate={() => undefined}
        onDecide={() => undefined}
      />,
    );
    expect(screen.getByText(/blind review/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Decisions to adjudicate' })).toBeNull();
  });

  it('lists both decisions for adjudication', () => {
    const d = (id: number, reviewerName: string, decision: 'accept' | 'reject') => ({
      id,
      mappingId: 7,
      reviewerId: id,
      reviewerName,
      round: id as 1 | 2,
      decision,
      comment: '',
      at: '',
    });
    const onDecide = vi.fn();
    render(
      <ReviewCard
        item={item('adjudication', [d(1, 'Ann', 'accept'), d(2, 'Ben', 'reject')])}
        active
        comment=""
        onComment={() => undefined}
        onActivate={() => undefined}
        onDecide={onDecide}
      />,
    );
    expect(screen.getByRole('list', { name: 'Decisions to adjudicate' }).textContent).toBe('Ann: acceptBen: reject');
    fireEvent.click(screen.getByRole('button', { name: 'Adjudicate: Accept' }));
    expect(onDecide).toHaveBeenCalledWith('accept', '');
  });
});

describe('agreement', () => {
  it('names kappa bands after Landis & Koch', () => {
    expect([null, -0.1, 0.1, 0.3, 0.5, 0.7, 0.9].map(kappaBand)).toEqual([
      'undefined',
      'poor',
      'slight',
      'fair',
      'moderate',
      'substantial',
      'almost perfect',
    ]);
  });

  it('tables kappa per pair with the confusion matrix', () => {
    const pair: PairAgreement = {
      reviewerA: { id: 1, name: 'Ann' },
      reviewerB: { id: 2, name: 'Ben' },
      n: 4,
      agreed: 3,
      observed: 0.75,
      expected: 0.5,
      kappa: 0.5,
      table: [
        [2, 0, 0],
        [1, 1, 0],
        [0, 0, 0],
      ],
    };
    render(<AgreementTable pairs={[pair]} />);
    const row = within(screen.getByRole('table', { name: 'Agreement per reviewer pair' })).getByRole('row', { name: /Ann × Ben/ });
    expect(within(row).getByTestId('kappa').textContent).toBe('0.50');
    const matrix = screen.getByRole('table', { name: 'Decisions of Ann (rows) against Ben (columns)' });
    expect(within(matrix).getByRole('row', { name: /^reject/ }).textContent).toBe('reject110');
  });

  it('says when nothing was reviewed twice', () => {
    render(<AgreementTable pairs={[]} />);
    expect(screen.getByText(/No mapping has been reviewed by two reviewers/)).toBeTruthy();
  });
});
