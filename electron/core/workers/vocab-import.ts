import { workerMain } from '../jobs/worker-main.js';
import type { ImportWorkerInput, ImportWorkerOutput } from '../vocabularies/import-service.js';
import { runImport } from '../vocabularies/import/import-run.js';

/** Converts vocabulary files into library folders in a staging dir (see import-service.ts). */
workerMain<ImportWorkerInput, ImportWorkerOutput>(runImport);
