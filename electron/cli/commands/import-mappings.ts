import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { IMPORT_FORMATS, type ImportFormat } from '../../../shared/domain/correspondence.js';
import { MAPPING_STATUSES, type MappingStatus } from '../../../shared/domain/mapping.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError, badInput } from '../../core/errors.js';
import { exchangeEnv, importStaging } from '../../core/exchange/exchange-env.js';
import { currentAuthor } from '../../core/mappings/author.js';
import { createProjectFile, openProject, withProjectExtension } from '../../core/projects/project-service.js';
import { cliContext } from '../cli-context.js';
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
    .description('import mappings (ESCO crosswalk CSV/XLSX, SSSOM/TSV, SKOS RDF, JSKOS, any CSV/TSV/XLSX mapping table by its columns) into a project (created if absent); all or nothing')
    .requiredOption('--project <file>', 'a .crosswalk project file (created when absent)')
    .addOption(new Option('--format <format>', 'input format').choices([...IMPORT_FORMATS]).default('auto'))
    .addOption(new Option('--default-status <status>', 'status of mappings whose file has none (default: proposed; accepted for a table published in ESCO\'s layouts)').choices([...MAPPING_STATUSES]))
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
      if (columns && options.format !== 'mapping-table') throw new CrosswalkError(ErrorCodes.invalidArguments, `--map reads a mapping table: it does not apply to --format ${options.format}`);
      const ctx = cliContext({ library: options.library });
      const file = path.resolve(withProjectExtension(options.project));
      const created = !fs.existsSync(file);
      if (created) {
        if (options.dryRun) throw new CrosswalkError(ErrorCodes.notFound, `${file} does not exist (a dry run creates nothing)`);
        createProjectFile(file, { title: path.basename(file).replace(/\.crosswalk$/, '') || 'Imported mappings', creator: currentAuthor(ctx) }, ctx.nativeBinding);
      }
      let project: ReturnType<typeof openProject> | undefined;
      let failed = true;
      try {
        project = openProject(file, ctx.nativeBinding);
        const staging = importStaging(ctx);
        const preview = await staging.preview(project, exchangeEnv(ctx), {
          path: path.resolve(input),
          name: path.basename(input),
          format: options.format,
          defaultStatus: options.defaultStatus,
          schemeId: options.scheme !== undefined ? Number(options.scheme) : undefined,
          columns,
        }).catch((error: unknown) => {
          // The file's header is known now: say how to choose its columns.
          if (error instanceof CrosswalkError && (error.details as { header?: unknown } | undefined)?.header && !columns) {
            throw new CrosswalkError(error.code, `${error.message} (choose the columns with --map source=COLUMN,target=COLUMN,relation=COLUMN)`, error.details);
          }
          throw error;
        });
        const problems = preview.problems.map((p) => `${p.severity}: ${[p.line !== undefined ? `line ${p.line}` : '', p.field ? `field "${p.field}"` : ''].filter(Boolean).join(', ')}${p.line !== undefined || p.field ? ': ' : ''}${p.message}`);
        if (!options.json) {
          console.log(`${preview.file} (${preview.format}): ${preview.source.items} items of "${preview.source.title}", ${preview.mappings} mappings`);
          console.log(`  relations: ${Object.entries(preview.byRelation).map(([k, v]) => `${k} ${v}`).join(', ')}`);
          console.log(`  statuses: ${Object.entries(preview.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}`);
          if (preview.table) {
            const used = Object.entries(preview.table.columns).map(([field, column]) => `${field}=${column}`).join(',');
            console.log(`  columns${columns ? '' : ' (guessed from the header; choose others with --map)'}: ${used}`);
          }
          console.log(`  ${preview.plan.scheme.action === 'create' ? 'new scheme' : `merge into scheme ${preview.plan.scheme.id}`} "${preview.plan.scheme.title}": ${preview.plan.newItems} new items, ${preview.plan.newMappings} new mappings, ${preview.plan.duplicates} already present`);
          for (const p of problems) console.log(`  ${p}`);
        }
        const errors = preview.problems.filter((p) => p.severity === 'error');
        if (errors.length > 0 && !options.skipInvalid && !options.dryRun) {
          staging.cancel(preview.token);
          const first = errors[0]!;
          throw badInput(`${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more rows with errors)` : ''}; nothing imported (use --skip-invalid to import the valid rows)`, {
            file: preview.file,
            line: first.line,
            field: first.field,
          });
        }
        if (options.dryRun) {
          staging.cancel(preview.token);
          if (options.json) console.log(JSON.stringify({ preview }));
          failed = false;
          return;
        }
        const result = staging.commit(project, preview.token, currentAuthor(ctx));
        if (options.json) console.log(JSON.stringify({ preview: { ...preview, sample: undefined }, result }));
        else console.log(`imported ${result.mappingsAdded} mappings and ${result.itemsAdded} items into ${file} (${result.duplicates} duplicates skipped)`);
        failed = false;
      } finally {
        project?.close();
        ctx.dispose();
        // A project this command created is removed again when the import fails: no empty file left behind.
        if (failed && created) for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
      }
    });
}
