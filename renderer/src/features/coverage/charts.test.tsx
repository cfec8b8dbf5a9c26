// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from './BarChart.js';
import { Treemap } from './Treemap.js';

afterEach(cleanup);

describe('coverage charts', () => {
  it('draws stacked bars and lists the same numbers in an accessible table', () => {
    render(
      <BarChart
        title="Course coverage"
        series={[
          { key: 'mapped', label: 'Mapped', className: 'bar-mapped' },
          { key: 'unmapped', label: 'Unmapped', className: 'bar-unmapped' },
        ]}
        rows={[
          { id: 'c1', label: 'Data science', values: { mapped: 3, unmapped: 1 } },
          { id: 'c2', label: 'Ethics', values: { mapped: 0, unmapped: 2 } },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Course coverage' });
    const row = within(table).getByRole('row', { name: /Data science/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '1', '4']);
    expect(screen.getByRole('figure', { name: 'Course coverage' }).querySelectorAll('svg.bar-chart rect.bar-mapped')).toHaveLength(2);
  });

  it('draws one treemap cell per non-empty group and tables all groups', () => {
    render(
      <Treemap
        title="ESCO skill groups"
        items={[
          { id: 'a', label: 'Digital', value: 5 },
          { id: 'b', label: 'Green', value: 2 },
          { id: 'c', label: 'Language', value: 0 },
        ]}
      />,
    );
    const figure = screen.getByRole('figure', { name: 'ESCO skill groups' });
    expect(figure.querySelectorAll('rect.treemap-cell')).toHaveLength(2);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['NameMappings', 'Digital5', 'Green2', 'Language0']);
  });
});

describe('empty charts', () => {
  it('say there is nothing to show instead of drawing an empty figure', () => {
    render(<BarChart title="ISCED-F fields" rows={[]} series={[{ key: 'items', label: 'Items', className: 'bar-value' }]} />);
    render(<Treemap title="Skill groups" items={[]} />);
    expect(screen.getAllByText('Nothing to show yet.')).toHaveLength(2);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
