// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConceptSummary } from '../../../../shared/domain/vocabulary.js';
import { CandidatesPane, type PaneActions } from './CandidatesPane.js';
import { buildItemRows } from './item-rows.js';
import { ItemsTable } from './ItemsTable.js';
import { paneEntries } from './pane-entries.js';
import { RelationPicker } from './RelationPicker.js';
import { TargetSearch } from './TargetSearch.js';
import { candidate, mapping, summary } from './test-fixtures.js';

afterEach(cleanup);

function actions(): PaneActions {
  return { accept: vi.fn(), unsure: vi.fn(), mustNotMap: vi.fn(), remove: vi.fn(), setStatus: vi.fn(), noMatch: vi.fn(), search: vi.fn() };
}

describe('CandidatesPane', () => {
  const top = candidate('http://x/data', 0.91, {
    label: 'analyse data',
    fromDecisions: true,
    why: {
      labels: [{ kind: 'pref', text: 'analyse data', ranges: [{ start: 8, end: 12 }] }],
      terms: ['data'],
      queryRanges: [{ start: 8, end: 12 }],
      coverage: 0.5,
    },
  });

  it('highlights matched terms in the item and the label, and marks candidates from earlier decisions', () => {
    render(
      <CandidatesPane
        item={{ key: 'LO1', text: 'Analyse data sets' }}
        entries={paneEntries([], [top, candidate('http://x/b')])}
        cursor={0}
        onCursor={() => undefined}
        relation="closeMatch"
        suggestions={{ state: 'ready' }}
        actions={actions()}
      />,
    );
    expect(screen.getByTestId('selected-item-text').querySelector('mark')?.textContent).toBe('data');
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveProperty('ariaSelected', 'true');
    expect(options[0]!.querySelector('mark')?.textContent).toBe('data');
    expect(within(options[0]!).getByText('from earlier decisions')).toBeTruthy();
    expect(within(options[1]!).queryByText('from earlier decisions')).toBeNull();
  });

  it('offers every keyboard action as a button', () => {
    const a = actions();
    const entries = paneEntries([mapping(5, 'http://x/m')], [top]);
    render(
      <CandidatesPane
        item={{ key: 'LO1', text: 't' }}
        entries={entries}
        cursor={1}
        onCursor={() => undefined}
        relation="broadMatch"
        suggestions={{ state: 'ready' }}
        actions={a}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Accept analyse data as broad match' }));
    expect(a.accept).toHaveBeenCalledWith(entries[1], 'broadMatch');
    fireEvent.click(screen.getByRole('button', { name: 'Mark analyse data as unsure' }));
    expect(a.unsure).toHaveBeenCalledWith(entries[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the mapping to label http://x/m' }));
    expect(a.remove).toHaveBeenCalledWith(entries[0]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Status of the mapping to label http://x/m' }), { target: { value: 'unsure' } });
    expect(a.setStatus).toHaveBeenCalledWith(entries[0]!.kind === 'mapping' && entries[0]!.mapping, 'unsure');
    fireEvent.click(screen.getByRole('button', { name: 'No match' }));
    expect(a.noMatch).toHaveBeenCalled();
  });
});

describe('ItemsTable', () => {
  beforeEach(() => {
    // jsdom has no layout: give the scroll container a size so the virtualizer renders rows.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(340);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  });
  afterEach(() => vi.restoreAllMocks());

  it('renders only the visible rows of 20,000 items and reports selection and checks', () => {
    const rows = buildItemRows(
      Array.from({ length: 20_000 }, (_, i) => summary(i + 1)),
      new Map([[10, 'Course A']]),
    );
    const onSelect = vi.fn();
    const onToggle = vi.fn();
    const onSort = vi.fn();
    render(
      <ItemsTable
        rows={rows}
        selectedId={1}
        checked={new Set([2])}
        onSelect={onSelect}
        onToggleChecked={onToggle}
        onToggleAll={() => undefined}
        sort={{ column: 'text', descending: true }}
        onSort={onSort}
      />,
    );
    const grid = screen.getByRole('grid', { name: 'Source items' });
    expect(grid.getAttribute('aria-rowcount')).toBe('20001');
    const rendered = screen.getAllByTestId('item-row');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]!.getAttribute('aria-selected')).toBe('true');
    expect(within(rendered[0]!).getByText('Course A')).toBeTruthy();
    fireEvent.click(within(rendered[2]!).getByText('Outcome 3'));
    expect(onSelect).toHaveBeenCalledWith(3);
    expect((within(rendered[1]!).getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(rendered[3]!).getByRole('checkbox'));
    expect(onToggle).toHaveBeenCalledWith(4);
    // Headers say how the list is sorted and sort it on click.
    expect(screen.getByRole('columnheader', { name: /Text/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /ID/ }).getAttribute('aria-sort')).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Course' }));
    expect(onSort).toHaveBeenCalledWith('course');
  });
});

describe('RelationPicker', () => {
  it('shows the five relations with their keys and the guide for the chosen one', () => {
    const onChange = vi.fn();
    render(<RelationPicker value="broadMatch" onChange={onChange} />);
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByText(/The target is broader/, { selector: 'p' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /exact match/ }));
    expect(onChange).toHaveBeenCalledWith('exactMatch');
  });
});

describe('TargetSearch', () => {
  it('searches as the user types and picks with the keyboard', async () => {
    vi.useFakeTimers();
    const concepts: ConceptSummary[] = [
      { uri: 'u1', vocabularyId: 'v', label: 'manage budgets', type: 'skill', childCount: 0 },
      { uri: 'u2', vocabularyId: 'v', label: 'budget planning', type: 'skill', childCount: 0, matched: 'plan budgets' },
    ];
    const search = vi.fn((text: string) => Promise.resolve(text === 'budg' ? concepts : []));
    const onPick = vi.fn();
    render(<TargetSearch search={search} onPick={onPick} />);
    const input = screen.getByRole('combobox', { name: 'Search concepts' });
    fireEvent.change(input, { target: { value: 'budg' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    vi.useRealTimers();
    expect(search).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('option')).toHaveLength(2);
    expect(screen.getByText('matched “plan budgets”')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(concepts[1]);
  });
});
