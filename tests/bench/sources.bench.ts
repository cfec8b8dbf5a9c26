import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppContext } from '../../electron/core/context.js';
import { commitImport, previewImport } from '../../electron/core/sources/import/import-service.js';
import { listItems } from '../../electron/core/sources/source-store.js';
import { makeTempDir } from '../support/temp-dir.js';
import { mib, peakRss, printTable, timeIt, type BenchSection } from './harness.js';

const ROWS = 20_000;
// Bundled to dist/bench/bench.js; the workers sit in dist/workers.
const WORKERS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'workers');

/** A synthetic catalogue: 2,000 courses with 10 outcomes each, course columns repeated per row. */
function catalogue(changedEvery = 0): string {
  const lines = ['id,text,course,course title,ects,eqf level,isced-f'];
  for (let i = 0; i < ROWS; i++) {
    const course = Math.floor(i / 10);
    const text =
      changedEvery && i % changedEvery === 0
        ? `Revised outcome ${i}`
        : `Apply method ${i} to analyse data sets of course ${course}; report the results`;
    lines.push(`LO${i},"${text}",C${course},Course ${course},5,6,0613`);
  }
  return `${lines.join('\n')}\n`;
}

export const sourcesBench: BenchSection = {
  name: 'sources',
  title: `source import (${ROWS.toLocaleString('en')}-row CSV) and item listing`,
  async run() {
    const { dir, cleanup } = makeTempDir('crosswalk-bench-');
    const ctx = createAppContext({ host: 'cli', version: 'bench', userDataDir: dir, workersDir: WORKERS_DIR });
    // Imports record who made them: the bench is the person.
    ctx.settings.update({ userName: 'bench' });
    try {
      ctx.projects.create({ title: 'Bench', path: path.join(dir, 'bench.crosswalk') });
      const project = ctx.projects.require();
      const file = path.join(dir, 'catalogue.csv');
      fs.writeFileSync(file, catalogue());
      const preview = await timeIt(() => previewImport(ctx, project, { file: { path: file } }));
      const first = await peakRss(() => timeIt(() => commitImport(ctx, project, { file: { path: file } })));
      fs.writeFileSync(file, catalogue(10));
      const again = await timeIt(() => commitImport(ctx, project, { file: { path: file } }));
      const all = await timeIt(() => listItems(project, {}));
      const search = await timeIt(() => listItems(project, { search: 'Revised' }));
      printTable(
        ['operation', 'ms', 'result'],
        [
          ['preview (decode, parse, check)', preview.ms, `${preview.value.counts.items} items, ${preview.value.counts.errors} errors`],
          ['first import (one transaction)', first.value.ms, `${first.value.value.added} added, peak RSS ${mib(first.peak)}`],
          ['re-import, 10% changed', again.ms, `${again.value.changed} changed`],
          ['listItems (all)', all.ms, `${all.value.length} rows`],
          ['listItems (search)', search.ms, `${search.value.length} rows`],
        ],
      );
    } finally {
      ctx.dispose();
      cleanup();
    }
  },
};
