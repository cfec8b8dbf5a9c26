import fs from 'node:fs';
import path from 'node:path';
import type { ImportReport, VocabularyInfo } from '../../../shared/domain/vocabulary.js';
import type { AppContext } from '../context.js';
import { checkInputFile, inputLimits } from '../files/input-file.js';
import type { JobControl } from '../jobs/job-manager.js';
import { runWorker } from '../jobs/run-worker.js';
import { STAGING_PREFIX, writeOwnerRecord } from './library-leftovers.js';

export interface ImportInputFile {
  path: string;
  /** The name to show in messages and record in the metadata. */
  name: string;
  /** Where it came from when downloaded. */
  url?: string;
}

export interface ImportWorkerInput {
  files: ImportInputFile[];
  stagingDir: string;
  /** The library, where earlier ESCO packages of the same version are kept for merging languages. */
  libraryDir: string;
}

export interface ImportWorkerOutput {
  vocabularies: VocabularyInfo[];
  cleaning: ImportReport['cleaning'];
  warnings: string[];
}

/**
 * Imports files into the library: the worker writes complete vocabulary folders into a staging
 * dir inside the library (same file system), then each is renamed into place. A failure or a
 * cancel before that leaves the library as it was.
 */
export async function importIntoLibrary(ctx: AppContext, files: ImportInputFile[], job: JobControl): Promise<ImportReport> {
  const limits = inputLimits(ctx.settings.settings);
  for (const file of files) checkInputFile(file, 'vocabulary', limits);
  const library = ctx.library;
  const stagingDir = fs.mkdtempSync(path.join(library.dir, STAGING_PREFIX));
  try {
    writeOwnerRecord(stagingDir);
    const output = await runWorker<ImportWorkerOutput>(
      ctx.workersDir,
      'vocab-import',
      { files, stagingDir, libraryDir: library.dir } satisfies ImportWorkerInput,
      {
        signal: job.signal,
        onProgress: (done, total, message) => job.progress(done, total, message),
      },
    );
    job.signal.throwIfAborted();
    for (const info of output.vocabularies) library.install(path.join(stagingDir, info.id), info.id);
    ctx.events.emit({ type: 'data-changed', domains: ['vocabularies'] });
    return { vocabularies: output.vocabularies.map((v) => library.get(v.id)), cleaning: output.cleaning, warnings: output.warnings };
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true });
  }
}
