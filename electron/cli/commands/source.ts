import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { IMPORT_FIELDS, IMPORT_FORMATS, type ColumnMapping, type ImportField, type ImportFormat } from '../../../shared/domain/source.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../../core/errors.js';
import { withProjectExtension } from '../../core/projects/project-service.js';
import { checkedBundles, commitStaged, stageRequest } from '../../core/sources/import/import-service.js';
import { listItems, listSchemes } from '../../core/sources/source-store.js';
import { cliContext, printJsonLines, type CommonOptions } from '../cli-context.js';

/** "id=Outcome ID,text=Learning outcome" -> { id: 'Outcome ID', text: 'Learning outcome' }. */
export function parseColumnMapping(spec: string): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const part of spec.split(',').filter((p) => p.trim())) {
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim() as ImportField;
    const column = part.slice(eq + 1).trim();
    if (eq < 0 || !column) throw new CrosswalkError(ErrorCodes.invalidArguments, `--map: "${part}" is not FIELD=COLUMN`);
    if (!IMPORT_FIELDS.includes(field)) throw new CrosswalkError(ErrorCodes.invalidArguments, `--map: unknown field "${field}" (fields: ${IMPORT_FIELDS.join(', ')})`);
    mapping[field] = column;
  }
  return mapping;
}

interface ImportOptions extends CommonOptions {
  project: string;
  format?: string;
  map?: string;
  split?: boolean;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  language?: string;
  schemeTitle?: string;
  token?: string;
  authHeader?: string;
  json?: boolean;
}

/** Closes and removes a project file this command created (with SQLite's side files). */
function removeProjectFile(ctx: ReturnType<typeof cliContext>, file: string): void {
  ctx.projects.close();
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

export function registerSourceCommands(program: Command): void {
  const source = program.command('source').description('import and list the source side of mappings (learning outcomes, local classifications)');

  source
    .command('import')
    .description('import learning outcomes or a classification into a project (created if absent)')
    .requiredOption('--project <file>', 'the .crosswalk project file')
    .option('--format <format>', `input format: ${IMPORT_FORMATS.join('|')} (detected when not given)`)
    .option('--map <mapping>', 'column mapping for tables, e.g. id=ID,text=Outcome,course=Course,ects=ECTS,eqfLevel=EQF')
    .option('--split', 'split cells holding several outcomes (bullets, line breaks, semicolons) into items')
    .option('--encoding <name>', 'text encoding (detected when not given)')
    .option('--delimiter <char>', 'CSV delimiter (detected when not given)')
    .option('--sheet <name>', 'XLSX sheet (default: the first)')
    .option('--language <tag>', 'preferred language of multilingual sources, default language of items', 'en')
    .option('--scheme-title <title>', 'title of the source scheme (default: the file name)')
    .option('--token <token>', 'token for sources that declare header auth (QualityLink httpheader)')
    .option('--auth-header <name>', 'header carrying the token (default Authorization: Bearer <token>)')
    .option('--json', 'print the result as JSON')
    .argument('<input>', 'a file, or an http(s) URL / institution domain for ELM, OOAPI and QualityLink manifests')
    .action(async (input: string, options: ImportOptions) => {
      const format = options.format as ImportFormat | undefined;
      if (format && !IMPORT_FORMATS.includes(format)) throw new CrosswalkError(ErrorCodes.invalidArguments, `--format must be one of ${IMPORT_FORMATS.join(', ')}`);
      const isUrl = /^https?:\/\//i.test(input) || (format === 'manifest' && !fs.existsSync(input));
      if (!isUrl && !fs.existsSync(input)) throw new CrosswalkError(ErrorCodes.notFound, `${input}: no such file`);
      const ctx = cliContext(options);
      const file = withProjectExtension(path.resolve(options.project));
      let created = false;
      try {
        // Read and check first: a failing import must not leave a new, empty project behind.
        const staged = await stageRequest(ctx, {
          ...(isUrl ? { url: input } : { file: { path: path.resolve(input) } }),
          format,
          mapping: options.map ? parseColumnMapping(options.map) : undefined,
          split: options.split,
          encoding: options.encoding,
          delimiter: options.delimiter === '\\t' ? '\t' : options.delimiter,
          sheet: options.sheet,
          language: options.language,
          schemeTitle: options.schemeTitle,
          auth: options.token ? { token: options.token, header: options.authHeader } : undefined,
        });
        checkedBundles(staged, {});
        if (fs.existsSync(file)) ctx.projects.openPath(file);
        else {
          ctx.projects.create({ path: file, title: path.basename(file).replace(/\.crosswalk$/, ''), creator: ctx.settings.settings.userName });
          created = true;
        }
        let result;
        try {
          result = commitStaged(ctx, ctx.projects.require(), staged, {});
        } catch (error) {
          if (created) removeProjectFile(ctx, file);
          throw error;
        }
        if (options.json) console.log(JSON.stringify(result));
        else {
          for (const s of result.schemes) {
            console.log(`${s.title}: ${s.added} added, ${s.changed} changed, ${s.removed} removed (flagged), ${s.unchanged} unchanged${s.mappingsImported ? `, ${s.mappingsImported} mappings imported` : ''}`);
          }
          for (const w of result.warnings) console.error(`warning: ${w.row ? `row ${w.row}: ` : ''}${w.message}`);
        }
      } finally {
        ctx.dispose();
      }
    });

  source
    .command('list')
    .description('list the source items of a project')
    .requiredOption('--project <file>', 'the .crosswalk project file')
    .option('--json', 'one JSON object per item and line: id, text, course, scheme')
    .option('--all', 'include items flagged removed')
    .action((options: { project: string; json?: boolean; all?: boolean } & CommonOptions) => {
      const file = withProjectExtension(path.resolve(options.project));
      if (!fs.existsSync(file)) throw new CrosswalkError(ErrorCodes.notFound, `${options.project}: no such project file`);
      const ctx = cliContext(options);
      try {
        ctx.projects.openPath(file);
        const project = ctx.projects.require();
        const schemes = new Map(listSchemes(project).map((s) => [s.id, s.title]));
        const items = listItems(project, { state: options.all ? 'all' : 'active' });
        const rows = items.map((i) => ({ id: i.key, text: i.text, course: i.groupKey, scheme: schemes.get(i.schemeId) ?? '', ...(options.all ? { state: i.state } : {}) }));
        if (options.json) printJsonLines(rows);
        else for (const r of rows) console.log(`${r.scheme}\t${r.course ?? ''}\t${r.id}\t${r.text}`);
      } finally {
        ctx.dispose();
      }
    });
}
