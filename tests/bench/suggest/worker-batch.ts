/**
 * Suggest all as the app runs it (issue 14's batch target): 1,000 sentences through the suggest-batch workers, as many
 * as the app starts (batchWorkerCount) and one and two, wall time per sentence with the lists' handover included: the
 * first batch with worker start and index load, the next on the workers kept from it; and whether the lists agree.
 */
import os from 'node:os';
import { WorkerPool } from '../../../electron/core/jobs/worker-pool.js';
import { batchWorkerCount, suggestInWorkers } from '../../../electron/core/suggest/batch-parallel.js';
import type { BatchInput } from '../../../electron/core/suggest/batch-runner.js';
import { labelNgramsOf } from '../../../electron/core/suggest/ngram-fusion.js';
import { SuggestIndexes } from '../../../electron/core/suggest/suggest-service.js';
import { VocabularyLibrary } from '../../../electron/core/vocabularies/library.js';
import { printTable } from '../harness.js';

const SKILLS = { types: ['skill' as const, 'knowledge' as const] };

export async function printWorkerBatches(libraryDir: string, workersDir: string, vocabularyId: string, sentences: string[]): Promise<void> {
  // The index and its label n-grams built and saved first (Suggest all builds a missing index before it starts its
  // workers; the n-grams are saved by the first search that needs them), so every run below reads the same files.
  const index = new SuggestIndexes(libraryDir, new VocabularyLibrary(libraryDir, workersDir)).get(vocabularyId, 'en');
  if (index) labelNgramsOf(index);
  const items = Array.from({ length: 1000 }, (_, i) => ({
    id: i + 1,
    text: sentences[i % sentences.length]!,
    description: '',
    language: 'en',
  }));
  const parallel = batchWorkerCount(items.length, false);
  const rows: (string | number)[][] = [];
  for (const decompose of [false, true]) {
    const input: BatchInput & { workersDir: string } = {
      libraryDir,
      workersDir,
      items,
      filters: SKILLS,
      top: 10,
      examples: [],
      rejected: [],
      decompose,
    };
    let single: string | undefined;
    // Two beside the app's own choice: on a 2-core machine it picks one (batchWorkerCount), and this shows why.
    for (const workers of [...new Set([1, 2, parallel])].sort((a, b) => a - b)) {
      const pool = new WorkerPool(workersDir, 'suggest-batch');
      const batch = async () => {
        const start = performance.now();
        const output = await suggestInWorkers(pool, input, { workers });
        return {
          wallMs: (performance.now() - start) / items.length,
          lists: JSON.stringify(output.items.map((i) => i.candidates.map((c) => c.uri))),
        };
      };
      const first = await batch();
      const next = await batch();
      pool.clear();
      single ??= first.lists;
      rows.push([
        decompose ? 'on' : 'off',
        workers === parallel ? `${workers} (the app's)` : workers,
        first.wallMs,
        next.wallMs,
        first.lists === single && next.lists === single ? 'yes' : 'NO',
      ]);
    }
  }
  console.log(
    `\n  Suggest all as the app runs it: 1,000 sentences in suggest-batch workers; the first batch starts them and loads the index, the next runs on the workers kept; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`,
  );
  printTable(['decomposition', 'workers', 'first batch: wall ms/sentence', 'next batch', 'same lists as 1 worker'], rows);
}
