import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportReport } from '../../shared/domain/vocabulary.js';
import { createAppContext, type AppContext } from '../../electron/core/context.js';
import { importIntoLibrary } from '../../electron/core/vocabularies/import-service.js';
import { ESCO_V111_EN, ESCO_V111_RELATIONS, sharedFile } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';
import { mib, peakRss, printTable, timeIt, type BenchSection } from './harness.js';

// Built to dist/bench/bench.js; the workers are in dist/workers.
const workersDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'workers');
const SKILLS = 'http://data.europa.eu/esco/concept-scheme/skills';

function context(dir: string): AppContext {
  return createAppContext({ host: 'cli', version: 'bench', userDataDir: dir, workersDir });
}

export const vocabulariesBench: BenchSection = {
  name: 'vocabularies',
  title: 'vocabulary library (ESCO v1.1.1 import, reopen, SPARQL store)',
  async run() {
    const en = sharedFile(ESCO_V111_EN);
    const relations = sharedFile(ESCO_V111_RELATIONS);
    if (!en || !relations) {
      console.log('  skipped: the shared ESCO v1.1.1 zips are not available');
      return;
    }
    const { dir, cleanup } = makeTempDir('crosswalk-bench-vocab-');
    try {
      const ctx = context(dir);
      const baseline = process.memoryUsage.rss();
      const files = [en, relations].map((p) => ({ path: p, name: path.basename(p) }));
      const imported = await peakRss(() =>
        timeIt(async () => {
          const job = ctx.jobs.start('vocabulary-import', 'bench', (control) => importIntoLibrary(ctx, files, control));
          const done = await ctx.jobs.wait(job.id);
          if (done.state !== 'succeeded') throw new Error(done.error?.message ?? done.state);
          return done.result as ImportReport;
        }),
      );
      const info = imported.value.value.vocabularies[0]!;
      ctx.dispose();

      // Reopen: a fresh context over the same library, as at app start, until it can search and browse.
      const reopened = context(dir);
      const reopen = await timeIt(() => {
        const list = reopened.library.list();
        const index = reopened.library.index(list[0]!.id);
        const roots = index.roots(SKILLS);
        const hits = index.search('haskell');
        return { roots: roots.length, hits: hits.length };
      });
      const search = await timeIt(() => reopened.library.index(info.id).search('manage'));
      const firstQuery = await timeIt(() =>
        reopened.library.sparqlStore().query('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'),
      );
      const pointQuery = await timeIt(() =>
        reopened.library
          .sparqlStore()
          .query(
            'SELECT ?n WHERE { GRAPH ?g { <http://data.europa.eu/esco/isced-f/0613> <http://www.w3.org/2004/02/skos/core#narrower> ?n } }',
          ),
      );
      reopened.dispose();

      printTable(
        ['measure', 'value', 'target'],
        [
          ['import ESCO v1.1.1 en + relations (s)', imported.value.ms / 1000, '≤ 15 s'],
          ['peak RSS during import (process, incl. worker)', mib(imported.peak), '≤ 1.5 GiB'],
          ['RSS before import', mib(baseline), ''],
          ['concepts / triples', `${info.counts.concepts} / ${info.counts.triples}`, ''],
          ['reopen to searchable + browsable (s)', reopen.ms / 1000, '≤ 2 s'],
          ['type-ahead "manage" (ms)', search.ms, ''],
          ['first SPARQL query incl. loading Oxigraph worker (s)', firstQuery.ms / 1000, 'background'],
          ['point SPARQL query (ms)', pointQuery.ms, ''],
        ],
      );
    } finally {
      cleanup();
    }
  },
};
