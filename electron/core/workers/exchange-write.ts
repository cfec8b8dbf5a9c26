import type { CorrespondenceTable, ExportFormat } from '../../../shared/domain/correspondence.js';
import { writeTable, type TableWriteOptions } from '../exchange/formats.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { workerMain } from '../jobs/worker-main.js';

export interface ExchangeWriteInput {
  table: CorrespondenceTable;
  format: ExportFormat;
  options: TableWriteOptions;
  file: string;
}

/** Serializes a correspondence table off the main thread (SKOS of 20,000 mappings takes seconds). */
workerMain<ExchangeWriteInput, { limits: string[] }>(async (input) => {
  const { content, limits } = await writeTable(input.table, input.format, input.options);
  writeFileAtomic(input.file, content);
  return { limits };
});
