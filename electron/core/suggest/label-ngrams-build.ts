import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { LabelNgrams, type LabelNgramArrays } from './label-ngrams.js';

/** What the label-ngrams worker is given. */
export interface LabelNgramsInput {
  labelText: readonly string[];
  labelConcept: Int32Array;
}

/**
 * Builds a vocabulary's label n-gram index in a worker thread (about 2 s of CPU for ESCO en), so the thread that
 * answers queries stays free; the arrays come back moved, not copied. Null when the worker script is not built.
 * The worker does not keep the process alive: a CLI that is done does not wait for it.
 */
export function buildLabelNgramsInWorker(workersDir: string, input: LabelNgramsInput): Promise<LabelNgrams> | null {
  const script = path.join(workersDir, 'label-ngrams.js');
  if (!fs.existsSync(script)) return null;
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    worker.unref();
    worker.once('message', (arrays: LabelNgramArrays) => resolve(new LabelNgrams(arrays, input.labelConcept)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`label-ngrams worker stopped (exit code ${code})`)));
  });
}

/** The worker's side: builds the index and moves its typed arrays to the caller. */
export function labelNgramArrays(input: LabelNgramsInput): { arrays: LabelNgramArrays; transfer: ArrayBuffer[] } {
  const arrays = new LabelNgrams(input.labelText, input.labelConcept).arrays();
  const { gramIds, idf, offsets, docs, weights, docLabel } = arrays;
  const transfer = [gramIds.charIds, gramIds.keys, gramIds.ids, idf, offsets, docs, weights, docLabel].map((a) => a.buffer as ArrayBuffer);
  return { arrays, transfer };
}
