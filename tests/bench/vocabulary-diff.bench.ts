import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VocabularyDiff } from '../../shared/domain/vocabulary-diff.js';
import { createApiHandlers } from '../../electron/core/api/handlers.js';
import { createDispatch } from '../../electron/core/api/dispatch.js';
import { createAppContext, type AppContext } from '../../electron/core/context.js';
import { importIntoLibrary } from '../../electron/core/vocabularies/import-service.js';
import { ESCO_V110_EN, ESCO_V110_RELATIONS, ESCO_V111_EN, ESCO_V111_RELATIONS, sharedFile } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';
import { printTable, timeIt, type BenchSection } from './harness.js';
import { benchMigration } from './migration-queue.bench-part.js';

// Built to dist/bench/bench.js; the workers are in dist/workers.
const workersDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'workers');

function context(dir: string): AppContext {
  return createAppContext({ host: 'cli', version: 'bench', userDataDir: dir, workersDir });
}

export const vocabularyDiffBench: BenchSection = {
  name: 'vocabulary-diff',
  title: 'vocabulary version diff and project migration (ESCO v1.1.0 → v1.1.1)',
  async run() {
    const files = [ESCO_V110_EN, ESCO_V110_RELATIONS, ESCO_V111_EN, ESCO_V111_RELATIONS].map((f) => sharedFile(f));
    if (files.some((f) => !f)) {
      console.log('  skipped: the shared ESCO v1.1.0 and v1.1.1 zips are not available');
      return;
    }
    const { dir, cleanup } = makeTempDir('crosswalk-bench-diff-');
    try {
      const ctx = context(dir);
      for (const pair of [files.slice(0, 2), files.slice(2)] as string[][]) {
        const job = ctx.jobs.start('vocabulary-import', 'bench', (control) =>
          importIntoLibrary(
            ctx,
            pair.map((p) => ({ path: p, name: path.basename(p) })),
            control,
          ),
        );
        const done = await ctx.jobs.wait(job.id);
        if (done.state !== 'succeeded') throw new Error(done.error?.message ?? done.state);
      }
      ctx.dispose();

      // A fresh context, as after app start: the first diff includes reading both concept caches.
      const reopened = context(dir);
      const dispatch = createDispatch(createApiHandlers(reopened), reopened.events);
      const call = async () => {
        const envelope = await dispatch('vocabularies-diff', { from: 'esco-v1.1.0', to: 'esco-v1.1.1' });
        if (!envelope.ok) throw new Error(envelope.error.message);
        return envelope.value as VocabularyDiff;
      };
      const first = await timeIt(call);
      const again = await timeIt(call);
      const c = first.value.counts;
      printTable(
        ['measure', 'value', 'target'],
        [
          ['diff, first call incl. loading both concept caches (ms)', first.ms, '≤ 2 s'],
          ['diff, caches loaded (ms)', again.ms, ''],
          ['JSON size of the result (MiB)', Math.round((JSON.stringify(first.value).length / 1024 / 1024) * 10) / 10, ''],
          ['concepts before / after', `${c.before} / ${c.after}`, ''],
          ['changed / unchanged', `${c.changed} / ${c.unchanged}`, ''],
          ['added / removed / relabelled / moved', `${c.added} / ${c.removed} / ${c.relabelled} / ${c.moved}`, ''],
          [
            'type / reuse level / description changed',
            `${c['type-changed']} / ${c['reuse-level-changed']} / ${c['description-changed']}`,
            '',
          ],
        ],
      );
      await benchMigration(reopened, dispatch, dir);
      reopened.dispose();
    } finally {
      cleanup();
    }
  },
};
