import { useId } from 'react';

export interface ChartSeries {
  key: string;
  label: string;
  /** CSS class giving the bar its colour (see the coverage block in styles.css). */
  className: string;
}

export interface ChartRow {
  id: string;
  label: string;
  values: Record<string, number>;
}

const BAR = 22;
const GAP = 6;
const LABEL_WIDTH = 220;
const PLOT_WIDTH = 420;

/**
 * Horizontal stacked bars in plain SVG, with the same numbers in a table beside them: the chart
 * is decoration for sighted users (aria-hidden), the table is what everyone can read and copy.
 */
export function BarChart({ title, rows, series }: { title: string; rows: readonly ChartRow[]; series: readonly ChartSeries[] }) {
  const titleId = useId();
  const totals = rows.map((row) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const height = rows.length * (BAR + GAP) + GAP;
  if (rows.length === 0) return <EmptyChart title={title} />;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <div className="chart-body">
        <div>
          <svg
            className="bar-chart"
            viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + 60} ${Math.max(height, 30)}`}
            aria-hidden="true"
            focusable="false"
          >
            {rows.map((row, index) => {
              const y = GAP + index * (BAR + GAP);
              let x = LABEL_WIDTH;
              return (
                <g key={row.id}>
                  <text x={LABEL_WIDTH - 8} y={y + BAR * 0.7} textAnchor="end" className="chart-label">
                    {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
                  </text>
                  {series.map((s) => {
                    const value = row.values[s.key] ?? 0;
                    const width = (value / max) * PLOT_WIDTH;
                    const rect = (
                      <rect key={s.key} x={x} y={y} width={width} height={BAR} className={s.className}>
                        <title>{`${row.label}: ${s.label} ${value}`}</title>
                      </rect>
                    );
                    x += width;
                    return rect;
                  })}
                  <text x={x + 6} y={y + BAR * 0.7} className="chart-value">
                    {totals[index]}
                  </text>
                </g>
              );
            })}
          </svg>
          <ChartLegend series={series} />
        </div>
        <table className="chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {series.map((s) => (
                  <td key={s.key}>{row.values[s.key] ?? 0}</td>
                ))}
                <td>{totals[index]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function ChartLegend({ series }: { series: readonly ChartSeries[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="chart-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key}>
          <svg width="12" height="12" focusable="false">
            <rect width="12" height="12" className={s.className} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** A chart with nothing to draw yet still says what it would show. */
export function EmptyChart({ title }: { title: string }) {
  const titleId = useId();
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <p className="muted">Nothing to show yet.</p>
    </figure>
  );
}
