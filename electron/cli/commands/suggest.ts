import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { csvQuote, spreadsheetSafe } from '../../../shared/csv.js';
import type { SuggestFilters } from '../../../shared/domain/suggestion.js';
import type { ConceptType } from '../../../shared/domain/vocabulary.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { badInput, CrosswalkError } from '../../core/errors.js';
import { SuggestEngine } from '../../core/suggest/engine.js';
import { cliContext } from '../cli-context.js';
import { terminalCsv, terminalJson } from '../terminal.js';

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
}

interface InputRow {
  id: string;
  text: string;
  description: string;
  language?: string;
}

function readInput(file: string): InputRow[] {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new CrosswalkError(ErrorCodes.notFound, `${file}: no such file`);
  let records: string[][];
  try {
    records = parse(fs.readFileSync(file, 'utf8'), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw badInput(`not valid CSV (${e.message})`, { file: name, line: e.lines });
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  for (const field of ['id', 'text']) if (!header.includes(field)) throw badInput(`the header has no "${field}" column (expected columns id,text)`, { file: name, line: 1, field });
  const col = (field: string) => header.indexOf(field);
  return records.slice(1).map((r, i) => {
    const id = r[col('id')]?.trim() ?? '';
    if (!id) throw badInput('empty id', { file: name, line: i + 2, field: 'id' });
    return {
      id,
      text: r[col('text')] ?? '',
      description: col('description') >= 0 ? (r[col('description')] ?? '') : '',
      language: col('language') >= 0 ? r[col('language')]?.trim() || undefined : undefined,
    };
  });
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
    .action((options: SuggestOptions) => {
      const top = Number(options.top);
      if (!Number.isInteger(top) || top < 1 || top > 200) throw new CrosswalkError(ErrorCodes.invalidArguments, '--top must be a whole number from 1 to 200');
      if (!(options.type in TYPES)) throw new CrosswalkError(ErrorCodes.invalidArguments, '--type must be skill, knowledge, occupation or any');
      if (options.format !== 'jsonl' && options.format !== 'csv') throw new CrosswalkError(ErrorCodes.invalidArguments, '--format must be jsonl or csv');
      const rows = readInput(path.resolve(options.input));
      const ctx = cliContext(options);
      try {
        const library = ctx.library.list();
        if (!library.length) throw new CrosswalkError(ErrorCodes.notFound, `The library ${ctx.paths.libraryDir} has no vocabulary: run "crosswalk vocab import" first.`);
        for (const id of options.vocab ?? []) ctx.library.get(id);
        const filters: SuggestFilters = { types: TYPES[options.type], vocabularyIds: options.vocab };
        const indexes = ctx.suggest.indexes;
        const engines = new Map<string, SuggestEngine>();
        const engineFor = (language: string) => {
          let engine = engines.get(language);
          if (!engine) engines.set(language, (engine = new SuggestEngine(indexes.forLanguage(language, options.vocab))));
          return engine;
        };
        const out: string[] = options.format === 'csv' ? ['id,rank,uri,label,score'] : [];
        for (const row of rows) {
          const found = row.text.trim()
            ? engineFor((row.language ?? options.language).toLowerCase()).search({ text: row.text, description: row.description, top, filters })
            : [];
          if (options.format === 'jsonl') {
            out.push(terminalJson({ id: row.id, suggestions: found.map((c) => ({ uri: c.uri, label: c.label, score: c.score })) }));
          } else {
            // Ids and labels come from imported files: formula-guarded for spreadsheets, control characters shown.
            found.forEach((c, i) => out.push(terminalCsv([spreadsheetSafe(row.id), i + 1, spreadsheetSafe(c.uri), spreadsheetSafe(c.label), c.score].map((v) => csvQuote(String(v))).join(','))));
          }
          if (out.length >= 500) process.stdout.write(`${out.splice(0).join('\n')}\n`);
        }
        if (out.length) process.stdout.write(`${out.join('\n')}\n`);
      } finally {
        ctx.dispose();
      }
    });
}
