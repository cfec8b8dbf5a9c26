import { useId } from 'react';
import { EmptyChart } from './BarChart.js';
import { squarify } from './treemap-layout.js';

export interface TreemapItem {
  id: string;
  label: string;
  value: number;
}

const WIDTH = 640;
const HEIGHT = 320;

/** A squarified treemap in plain SVG with its numbers in a table beside it. */
export function Treemap({ title, items, valueLabel = 'Mappings' }: { title: string; items: readonly TreemapItem[]; valueLabel?: string }) {
  const titleId = useId();
  const labels = new Map(items.map((i) => [i.id, i.label]));
  const rects = squarify(items, WIDTH, HEIGHT);
  if (items.length === 0) return <EmptyChart title={title} />;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <div className="chart-body">
        <svg className="treemap" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
          {rects.map((r, index) => {
            const label = labels.get(r.id) ?? r.id;
            const fits = r.width > 60 && r.height > 18;
            return (
              <g key={r.id}>
                <rect x={r.x} y={r.y} width={r.width} height={r.height} className={`treemap-cell treemap-cell-${index % 6}`}>
                  <title>{`${label}: ${r.value}`}</title>
                </rect>
                {fits && (
                  <text x={r.x + 4} y={r.y + 14} className="treemap-label">
                    {label.length * 7 > r.width ? `${label.slice(0, Math.max(1, Math.floor(r.width / 7) - 1))}…` : label}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <table className="chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {[...items]
              .sort((a, b) => b.value - a.value)
              .map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.label}</th>
                  <td>{item.value}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
