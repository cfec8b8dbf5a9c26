import fs from 'node:fs';
import type { ImportFormat, MappingTableColumns } from '../../../shared/domain/correspondence.js';
import type { MappingStatus } from '../../../shared/domain/mapping.js';
import { readTable } from '../exchange/formats.js';
import { workerMain } from '../jobs/worker-main.js';

export interface ExchangeReadInput {
  path: string;
  name: string;
  format: ImportFormat;
  uriBase: string;
  defaultStatus: MappingStatus;
  /** 'mapping-table': the column each field is read from; guessed when absent. */
  columns?: Partial<MappingTableColumns>;
  /** Concepts the library holds that a file may need (ISCO groups for exactISCO rows). */
  knownConcepts?: string[];
}

/** Parses an import file off the main thread. */
workerMain<ExchangeReadInput, Awaited<ReturnType<typeof readTable>>>(async (input) => {
  const known = input.knownConcepts ? new Set(input.knownConcepts) : undefined;
  return readTable(new Uint8Array(fs.readFileSync(input.path)), input.format, {
    file: input.name,
    uriBase: input.uriBase,
    defaultStatus: input.defaultStatus,
    columns: input.columns,
    conceptExists: known ? (uri) => known.has(uri) : undefined,
  });
});
