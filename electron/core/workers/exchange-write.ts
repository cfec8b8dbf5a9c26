import type { CorrespondenceTable, ExportFormat } from '../../../shared/domain/correspondence.js';
import type { WriterResult } from '../exchange/common.js';
import { writeTable, type TableWriteOptions } from '../exchange/formats.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { workerMain } from '../jobs/worker-main.js';

export interface ExchangeWriteInput {
  table: CorrespondenceTable;
  format: ExportFormat;
  options: TableWriteOptions;
  file: string;
}

/** The writer's report without the content, which the worker wrote to the file. */
export type ExchangeWriteOutput = Omit<WriterResult, 'content'>;

/** Serializes a correspondence table off the main thread (SKOS of 20,000 mappings takes seconds). */
workerMain<ExchangeWriteInput, ExchangeWriteOutput>(async (input) => {
  const { content, ...report } = await writeTable(input.table, input.format, input.options);
  writeFileAtomic(input.file, content);
  return report;
});
