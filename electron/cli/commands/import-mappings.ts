import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { IMPORT_FORMATS, type ImportFormat } from '../../../shared/domain/correspondence.js';
import { MAPPING_STATUSES, type MappingStatus } from '../../../shared/domain/mapping.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { ApiError } from '../../../shared/contract/client.js';
import type { ApiClient } from '../../../shared/contract/index.js';
import { cliError, withApi, withProjectExtension } from '../cli-context.js';
import { terminalJson, terminalText } from '../terminal.js';
import { parseMapOption } from '../mapping-table-map.js';

interface ImportOptions {
  library?: string;
  project: string;
  format: ImportFormat;
  defaultStatus?: MappingStatus;
  scheme?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  json?: boolean;
  map?: string[];
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerImportMappingsCommand(program: Command): void {
  program
    .command('import-mappings')
    .description(
      'import mappings (ESCO crosswalk CSV/XLSX, SSSOM/TSV, SKOS RDF, JSKOS, any CSV/TSV/XLSX mapping table by its columns) into a project (created if absent); all or nothing',
    )
    .requiredOption('--project <file>', 'a .crosswalk project file (created when absent)')
    .addOption(new Option('--format <format>', 'input format').choices([...IMPORT_FORMATS]).default('auto'))
    .addOption(
      new Option(
        '--default-status <status>',
        "status of mappings whose file has none (default: proposed; accepted for a table published in ESCO's layouts)",
      ).choices([...MAPPING_STATUSES]),
    )
    .option(
      '--map <columns>',
      'mapping table columns, FIELD=COLUMN (or FIELD==VALUE for every row), e.g. source=ID,target=ESCO URI,relation=Match; fields: source, target, relation, sourceLabel, sourceDescription, targetLabel, status, comment, author, date, confidence (implies --format mapping-table; without it the columns are guessed)',
      collect,
    )
    .option('--scheme <id>', 'merge into this source scheme (default: same URI or title, else a new scheme)')
    .option('--library <dir>', 'vocabulary library (ISCO groups for exactISCO rows)')
    .option('--dry-run', 'show what would be imported, write nothing')
    .option('--skip-invalid', 'import the valid rows when some rows have errors')
    .option('--json', 'print the preview and result as JSON')
    .argument('<input>', 'the mapping file')
    .action(async (input: string, options: ImportOptions) => {
      const columns = options.map ? parseMapOption(options.map, path.basename(input)) : undefined;
      if (columns && options.format === 'auto') options.format = 'mapping-table';
      if (columns && options.format !== 'mapping-table')
        throw cliError(ErrorCodes.invalidArguments, `--map reads a mapping table: it does not apply to --format ${options.format}`);
      const file = path.resolve(withProjectExtension(options.project));
      const created = !fs.existsSync(file);
      if (created && options.dryRun) throw cliError(ErrorCodes.notFound, `${file} does not exist (a dry run creates nothing)`);
      let failed = true;
      try {
        await withApi(options, async (api) => {
          if (created) {
            const title = path.basename(file).replace(/\.crosswalk$/, '') || 'Imported mappings';
            await api.projects.create({ path: file, title, creator: await currentAuthor(api) });
          } else await api.projects.open({ path: file });
          const preview = await api.export
            .importPreview({
              file: { path: path.resolve(input) },
              format: options.format,
              defaultStatus: options.defaultStatus,
              schemeId: options.scheme !== undefined ? Number(options.scheme) : undefined,
              columns,
            })
            .catch((error: unknown) => {
              // The file's header is known now: say how to choose its columns.
              if (error instanceof ApiError && (error.details as { header?: unknown } | undefined)?.header && !columns) {
                throw new ApiError({
                  code: error.code,
                  message: `${error.message} (choose the columns with --map source=COLUMN,target=COLUMN,relation=COLUMN)`,
                  details: error.details,
                });
              }
              throw error;
            });
          const problems = preview.problems.map(
            (p) =>
              `${p.severity}: ${[p.line !== undefined ? `line ${p.line}` : '', p.field ? `field "${p.field}"` : ''].filter(Boolean).join(', ')}${p.line !== undefined || p.field ? ': ' : ''}${p.message}`,
          );
          if (!options.json) {
            console.log(
              `${terminalText(preview.file)} (${preview.format}): ${preview.source.items} items of "${terminalText(preview.source.title)}", ${preview.mappings} mappings`,
            );
            console.log(
              `  relations: ${Object.entries(preview.byRelation)
                .map(([k, v]) => `${terminalText(k)} ${v}`)
                .join(', ')}`,
            );
            console.log(
              `  statuses: ${Object.entries(preview.byStatus)
                .map(([k, v]) => `${terminalText(k)} ${v}`)
                .join(', ')}`,
            );
            if (preview.table) {
              const used = Object.entries(preview.table.columns)
                .map(([field, column]) => `${field}=${column}`)
                .join(',');
              console.log(`  columns${columns ? '' : ' (guessed from the header; choose others with --map)'}: ${terminalText(used)}`);
            }
            console.log(
              `  ${preview.plan.scheme.action === 'create' ? 'new scheme' : `merge into scheme ${preview.plan.scheme.id}`} "${terminalText(preview.plan.scheme.title)}": ${preview.plan.newItems} new items, ${preview.plan.newMappings} new mappings, ${preview.plan.duplicates} already present`,
            );
            for (const p of problems) console.log(`  ${terminalText(p)}`);
          }
          const errors = preview.problems.filter((p) => p.severity === 'error');
          if (errors.length > 0 && !options.skipInvalid && !options.dryRun) {
            await api.export.importCancel({ token: preview.token });
            const first = errors[0]!;
            throw badInput(
              `${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more rows with errors)` : ''}; nothing imported (use --skip-invalid to import the valid rows)`,
              {
                file: preview.file,
                line: first.line,
                field: first.field,
              },
            );
          }
          if (options.dryRun) {
            await api.export.importCancel({ token: preview.token });
            if (options.json) console.log(terminalJson({ preview }));
            return;
          }
          const result = await api.export.importCommit({ token: preview.token });
          if (options.json) console.log(terminalJson({ preview: { ...preview, sample: undefined }, result }));
          else
            console.log(
              `imported ${result.mappingsAdded} mappings and ${result.itemsAdded} items into ${terminalText(file)} (${result.duplicates} duplicates skipped)`,
            );
        });
        failed = false;
      } finally {
        // A project this command created is removed again when the import fails: no empty file left behind.
        if (failed && created) for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
      }
    });
}

/** Who the new project is by: the person from the settings or --author (the OS account never). */
async function currentAuthor(api: ApiClient): Promise<string> {
  return (await api.app.settingsGet({})).userName.trim();
}

/** A problem in the input file, named by file, line and field (as the core's bad-input errors are). */
function badInput(message: string, where: { file?: string; line?: number; field?: string }): ApiError {
  const place = [where.file, where.line !== undefined ? `line ${where.line}` : undefined, where.field && `field "${where.field}"`]
    .filter(Boolean)
    .join(', ');
  return cliError(ErrorCodes.badInput, place ? `${place}: ${message}` : message, where);
}
