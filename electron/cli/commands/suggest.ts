import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { ApiError } from '../../../shared/contract/client.js';
import type { ApiClient } from '../../../shared/contract/index.js';
import { csvQuote, spreadsheetSafe } from '../../../shared/csv.js';
import type { SuggestFilters } from '../../../shared/domain/suggestion.js';
import type { ConceptType } from '../../../shared/domain/vocabulary.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { labelsMissingNotice } from '../../../shared/suggest-notice.js';
import { cliError, cliInputError, withApi } from '../cli-context.js';
import { terminalCsv, terminalJson } from '../terminal.js';
import { conceptVectorsReady, modelInUse, modelSetting } from './suggest-model.js';

/** What `--type` means in concept types: "skill" is ESCO's skills pillar (skill/competence and knowledge, not groups). */
const TYPES: Record<string, ConceptType[] | undefined> = {
  skill: ['skill', 'knowledge'],
  knowledge: ['knowledge'],
  occupation: ['occupation'],
  any: undefined,
};

interface SuggestOptions {
  library?: string;
  input: string;
  top: string;
  type: string;
  vocab?: string[];
  format: string;
  language: string;
  perStatement?: boolean;
  /** A folder, or false with --no-model. */
  model?: string | false;
}

interface InputRow {
  id: string;
  text: string;
  description: string;
  language?: string;
  /** Line in the file, for errors. */
  line: number;
}

function readInput(file: string): InputRow[] {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw cliError(ErrorCodes.notFound, `${file}: no such file`);
  let records: string[][];
  try {
    records = parse(fs.readFileSync(file, 'utf8'), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw cliInputError(`not valid CSV (${e.message})`, { file: name, line: e.lines });
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  for (const field of ['id', 'text'])
    if (!header.includes(field))
      throw cliInputError(`the header has no "${field}" column (expected columns id,text)`, { file: name, line: 1, field });
  const col = (field: string) => header.indexOf(field);
  return records.slice(1).map((r, i) => {
    const id = r[col('id')]?.trim() ?? '';
    if (!id) throw cliInputError('empty id', { file: name, line: i + 2, field: 'id' });
    return {
      id,
      text: r[col('text')] ?? '',
      description: col('description') >= 0 ? (r[col('description')] ?? '') : '',
      language: col('language') >= 0 ? r[col('language')]?.trim() || undefined : undefined,
      line: i + 2,
    };
  });
}

/** The library must hold something to suggest from, and every `--vocab` must name a version in it. */
async function checkLibrary(api: ApiClient, vocabularyIds: string[]): Promise<void> {
  if (!(await api.vocabularies.list({})).length) {
    const { libraryDir } = await api.app.info({});
    throw cliError(ErrorCodes.notFound, `The library ${libraryDir} has no vocabulary: run "crosswalk vocab import" first.`);
  }
  for (const id of vocabularyIds) await api.vocabularies.get({ id });
}

interface RowQuery {
  file: string;
  language: string;
  top: number;
  filters: SuggestFilters;
  decompose: boolean;
  /** The sentence-embedding model is in use: wait for concept vectors before answering. */
  dense: boolean;
  noticed: Set<string>;
  embedded: Set<string>;
}

/** What supports a candidate found for a skill statement: its pieces of the row's text. */
function supportedBy(text: string, spans: readonly { start: number; end: number }[] | undefined): string {
  return (spans ?? []).map((r) => text.slice(r.start, r.end)).join(' … ');
}

/** One row's candidates; a row the contract refuses (say, a language column that is no tag) is named by file and line. */
async function suggestRow(api: ApiClient, row: InputRow, query: RowQuery) {
  try {
    const ask = () =>
      api.suggest.forText({
        text: row.text,
        description: row.description || undefined,
        language: row.language ?? query.language,
        top: query.top,
        filters: query.filters,
        ...(query.decompose ? { decompose: true } : {}),
      });
    let result = await ask();
    // The first search of a vocabulary and language with a model starts computing its concept vectors.
    if (query.dense && (await conceptVectorsReady(api, query.embedded))) result = await ask();
    // Said once per language, on stderr: stdout stays the machine-readable result.
    const notice = labelsMissingNotice(result);
    if (notice && !query.noticed.has(result.language)) {
      query.noticed.add(result.language);
      process.stderr.write(`${notice}\n`);
    }
    return result.candidates;
  } catch (error) {
    if (error instanceof ApiError && error.code === ErrorCodes.invalidArguments)
      throw cliInputError(error.message.replace(/^Invalid arguments for [\w-]+: /, ''), { file: query.file, line: row.line });
    throw error;
  }
}

export function registerSuggestCommands(program: Command): void {
  program
    .command('suggest')
    .description('rank match candidates from the library for every row of a CSV (columns id,text; optional description, language)')
    .option('--library <dir>', "library directory (default: the app's library)")
    .requiredOption('--input <file.csv>', 'UTF-8 CSV with columns id,text')
    .option('--top <n>', 'candidates per row', '10')
    .option('--type <type>', 'skill (ESCO skills pillar: skill/competence and knowledge), knowledge, occupation or any', 'any')
    .option('--vocab <id...>', 'library id(s) of the vocabulary version(s) to search (default: all)')
    .option('--format <format>', 'jsonl (one line per row) or csv (one line per candidate)', 'jsonl')
    .option('--language <tag>', 'language of the texts when the CSV has no language column', 'en')
    .option(
      '--per-statement',
      'also suggest for each skill statement of a text (outcome decomposition); candidates say which words support them',
    )
    .option(
      '--model <dir>',
      "sentence-embedding model folder (model.onnx, tokenizer.json) for this run, over the one in the app's Settings",
    )
    .option('--no-model', "suggest without the sentence-embedding model named in the app's Settings")
    .action((options: SuggestOptions) => {
      const top = Number(options.top);
      if (!Number.isInteger(top) || top < 1 || top > 200)
        throw cliError(ErrorCodes.invalidArguments, '--top must be a whole number from 1 to 200');
      if (!(options.type in TYPES)) throw cliError(ErrorCodes.invalidArguments, '--type must be skill, knowledge, occupation or any');
      if (options.format !== 'jsonl' && options.format !== 'csv')
        throw cliError(ErrorCodes.invalidArguments, '--format must be jsonl or csv');
      const file = path.resolve(options.input);
      const rows = readInput(file);
      const decompose = options.perStatement === true;
      const named = typeof options.model === 'string';
      const runSettings =
        options.model === undefined ? undefined : { embeddingModelFolder: options.model === false ? '' : modelSetting(options.model) };
      return withApi({ library: options.library, runSettings }, async (api) => {
        await checkLibrary(api, options.vocab ?? []);
        const query: RowQuery = {
          file: path.basename(file),
          language: options.language,
          top,
          filters: { types: TYPES[options.type], vocabularyIds: options.vocab },
          decompose,
          dense: await modelInUse(api, named),
          noticed: new Set<string>(),
          embedded: new Set<string>(),
        };
        const out: string[] = options.format === 'csv' ? [`id,rank,uri,label,score${decompose ? ',supported_by' : ''}`] : [];
        for (const row of rows) {
          const found = row.text.trim() ? await suggestRow(api, row, query) : [];
          if (options.format === 'jsonl') {
            const suggestion = (c: (typeof found)[number]) => ({
              uri: c.uri,
              label: c.label,
              score: c.score,
              ...(c.spans?.length ? { spans: c.spans, supportedBy: supportedBy(row.text, c.spans) } : {}),
            });
            out.push(terminalJson({ id: row.id, suggestions: found.map(suggestion) }));
          } else {
            // Ids and labels come from imported files: formula-guarded for spreadsheets, control characters shown.
            found.forEach((c, i) =>
              out.push(
                terminalCsv(
                  [
                    spreadsheetSafe(row.id),
                    i + 1,
                    spreadsheetSafe(c.uri),
                    spreadsheetSafe(c.label),
                    c.score,
                    ...(decompose ? [spreadsheetSafe(supportedBy(row.text, c.spans))] : []),
                  ]
                    .map((v) => csvQuote(String(v)))
                    .join(','),
                ),
              ),
            );
          }
          if (out.length >= 500) process.stdout.write(`${out.splice(0).join('\n')}\n`);
        }
        if (out.length) process.stdout.write(`${out.join('\n')}\n`);
      });
    });
}
