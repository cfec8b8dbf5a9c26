import type { MappingTableColumns } from '../../shared/domain/correspondence.js';
import { cliInputError } from './cli-context.js';

/**
 * `--map source=ID,target=ESCO URI,relation==exactMatch` (the option may repeat) as a column
 * mapping: FIELD=COLUMN, or FIELD==VALUE for one value in every row. Field names and columns are
 * checked against the header when the file is read, where the available columns are known.
 */
export function parseMapOption(specs: readonly string[], file: string): Partial<MappingTableColumns> {
  const columns: Record<string, string> = {};
  for (const part of specs.flatMap((spec) => spec.split(',')).filter((p) => p.trim())) {
    const eq = part.indexOf('=');
    const field = part.slice(0, Math.max(eq, 0)).trim();
    const column = part.slice(eq + 1).trim();
    if (eq < 0 || !field || !column || column === '=')
      throw cliInputError(`--map: "${part.trim()}" is not FIELD=COLUMN (or FIELD==VALUE for every row)`, {
        file,
        field: field || undefined,
      });
    if (field in columns) throw cliInputError(`--map names the field "${field}" twice`, { file, field });
    columns[field] = column;
  }
  return columns as Partial<MappingTableColumns>;
}
