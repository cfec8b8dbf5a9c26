import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot, sharedDataDir } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';
import { printTable, type BenchSection } from './harness.js';

const TABLES = ['crosswalks/national', 'gold/crosswalks'];

/**
 * Imports each published ESCO table of the shared data as a user would (`crosswalk import-mappings
 * --project P FILE`, no options), in a child process so its peak RSS is its own.
 */
export const nationalTablesBench: BenchSection = {
  name: 'tables',
  title: 'published ESCO tables: crosswalk import-mappings (wall time and peak RSS of the CLI process)',
  async run() {
    const data = sharedDataDir();
    const files = data
      ? TABLES.flatMap((dir) =>
          fs.existsSync(path.join(data, dir))
            ? fs
                .readdirSync(path.join(data, dir))
                .filter((f) => f.endsWith('.csv'))
                .map((f) => path.join(data, dir, f))
            : [],
        )
      : [];
    if (files.length === 0) {
      console.log('SKIPPED: no published tables in ../shared/data (crosswalks/national, gold/crosswalks)');
      return;
    }
    const largest = files.reduce((a, b) => (fs.statSync(b).size > fs.statSync(a).size ? b : a));
    const { dir, cleanup } = makeTempDir('crosswalk-bench-tables-');
    try {
      // Reports the process's peak RSS (KiB on Linux) on exit.
      const rss = path.join(dir, 'rss.cjs');
      fs.writeFileSync(
        rss,
        "process.on('exit', () => require('node:fs').writeSync(2, `\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));\n",
      );
      const rows: (string | number)[][] = [];
      for (const file of files) {
        const project = path.join(dir, `${path.basename(file, '.csv').replace(/\W+/g, '-')}.crosswalk`);
        const start = performance.now();
        const run = spawnSync(
          process.execPath,
          ['--require', rss, path.join(projectRoot, 'dist/cli/crosswalk.js'), 'import-mappings', '--project', project, '--json', file],
          {
            encoding: 'utf8',
            env: { ...process.env, CROSSWALK_HOME: dir },
          },
        );
        const ms = performance.now() - start;
        const maxRss = Number(/maxRSS=(\d+)/.exec(run.stderr)?.[1] ?? NaN) * 1024;
        const result =
          run.status === 0 ? (JSON.parse(run.stdout) as { result: { itemsAdded: number; mappingsAdded: number } }).result : null;
        rows.push([
          `${path.basename(file)}${file === largest ? ' (largest)' : ''}`,
          `${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`,
          result ? result.itemsAdded : `failed: ${run.stderr.split('\n')[0]}`,
          result ? result.mappingsAdded : '—',
          Math.round(ms),
          `${(maxRss / 1024 / 1024).toFixed(0)} MiB`,
        ]);
      }
      printTable(['table', 'size', 'items', 'statements', 'import ms', 'peak RSS'], rows);
    } finally {
      cleanup();
    }
  },
};
