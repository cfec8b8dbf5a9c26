import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { IMPORT_FIELDS, IMPORT_FORMATS, type ColumnMapping, type ImportField, type ImportFormat } from '../../../shared/domain/source.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { cliError, printJsonLines, withApi, withProject, withProjectExtension, type CommonOptions } from '../cli-context.js';
import { terminalJson, terminalText } from '../terminal.js';

/** "id=Outcome ID,text=Learning outcome" -> { id: 'Outcome ID', text: 'Learning outcome' }. */
export function parseColumnMapping(spec: string): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const part of spec.split(',').filter((p) => p.trim())) {
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim() as ImportField;
    const column = part.slice(eq + 1).trim();
    if (eq < 0 || !column) throw cliError(ErrorCodes.invalidArguments, `--map: "${part}" is not FIELD=COLUMN`);
    if (!IMPORT_FIELDS.includes(field))
      throw cliError(ErrorCodes.invalidArguments, `--map: unknown field "${field}" (fields: ${IMPORT_FIELDS.join(', ')})`);
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

/** Removes a project file this command created (with SQLite's side files). */
function removeProjectFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

export function registerSourceCommands(program: Command): void {
  const source = program
    .command('source')
    .description('import and list the source side of mappings (learning outcomes, local classifications)');

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
      if (format && !IMPORT_FORMATS.includes(format))
        throw cliError(ErrorCodes.invalidArguments, `--format must be one of ${IMPORT_FORMATS.join(', ')}`);
      const isUrl = /^https?:\/\//i.test(input) || (format === 'manifest' && !fs.existsSync(input));
      if (!isUrl && !fs.existsSync(input)) throw cliError(ErrorCodes.notFound, `${input}: no such file`);
      const file = withProjectExtension(path.resolve(options.project));
      let created = false;
      let failed = true;
      try {
        await withApi(options, async (api) => {
          // Read and check first: a failing import must not leave a new, empty project behind.
          const { token } = await api.sources.importPreview({
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
          if (fs.existsSync(file)) await api.projects.open({ path: file });
          else {
            await api.projects.create({ path: file, title: path.basename(file).replace(/\.crosswalk$/, '') });
            created = true;
          }
          const result = await api.sources.importCommit({ token });
          if (options.json) console.log(terminalJson(result));
          else {
            for (const s of result.schemes) {
              console.log(
                `${terminalText(s.title)}: ${s.added} added, ${s.changed} changed, ${s.removed} removed (flagged), ${s.unchanged} unchanged${s.mappingsImported ? `, ${s.mappingsImported} mappings imported` : ''}`,
              );
            }
            for (const w of result.warnings) console.error(`warning: ${w.row ? `row ${w.row}: ` : ''}${terminalText(w.message)}`);
          }
        });
        failed = false;
      } finally {
        if (failed && created) removeProjectFile(file);
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
      if (!fs.existsSync(file)) throw cliError(ErrorCodes.notFound, `${options.project}: no such project file`);
      return withProject({ ...options, project: file }, async (api) => {
        const schemes = new Map((await api.sources.listSchemes({})).map((s) => [s.id, s.title]));
        const items = await api.sources.listItems({ state: options.all ? 'all' : 'active' });
        const rows = items.map((i) => ({
          id: i.key,
          text: i.text,
          course: i.groupKey,
          scheme: schemes.get(i.schemeId) ?? '',
          ...(options.all ? { state: i.state } : {}),
        }));
        if (options.json) printJsonLines(rows);
        else for (const r of rows) console.log([r.scheme, r.course ?? '', r.id, r.text].map(terminalText).join('\t'));
      });
    });
}
