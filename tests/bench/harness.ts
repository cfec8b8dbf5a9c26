export interface BenchSection {
  /** Short id: `npm run bench -- <name>` runs only this section. */
  name: string;
  title: string;
  run(): Promise<void>;
}

/** Wall time of one call in milliseconds. */
export async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

/** Samples RSS every 50 ms while `fn` runs and returns the peak. */
export async function peakRss<T>(fn: () => Promise<T>): Promise<{ peak: number; value: T }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { peak, value };
  } finally {
    clearInterval(timer);
  }
}

/** Prints rows as an aligned text table. */
export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) => '  ' + r.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
  console.log(line(cells[0]!));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(3);
}
