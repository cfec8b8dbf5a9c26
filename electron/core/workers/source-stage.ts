import { workerMain } from '../jobs/worker-main.js';
import { stageImport, type ImportOptions, type StageInput, type StagedImport } from '../sources/import/staged-import.js';

export interface SourceStageInput {
  input: StageInput;
  req: ImportOptions;
  knownIscedF?: string[];
}

/** Reads, decodes, parses and checks an import input off the main thread; nothing is written here. */
workerMain<SourceStageInput, StagedImport>(async ({ input, req, knownIscedF }, { progress }) => {
  progress(0, 0, 'Reading');
  return stageImport(input, req, knownIscedF);
});
