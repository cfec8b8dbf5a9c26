import path from 'node:path';
import type { Command } from 'commander';
import { ApiError } from '../../../shared/contract/client.js';
import type { ApiClient } from '../../../shared/contract/index.js';
import { SPARQL_DEFAULT_LIMIT, SPARQL_DEFAULT_TIMEOUT_SECONDS } from '../../../shared/contract/vocabularies.js';
import type { JobInfo } from '../../../shared/domain/job.js';
import type { ImportReport, SparqlResult } from '../../../shared/domain/vocabulary.js';
import { CONCEPT_CHANGE_KINDS } from '../../../shared/domain/vocabulary-diff.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { sparqlResultToCsv, spreadsheetSafe } from '../../../shared/csv.js';
import { cliError, printJsonLines, withApi } from '../cli-context.js';
import { terminalCsv, terminalJson, terminalText } from '../terminal.js';

export function registerVocabCommands(program: Command): void {
  const vocab = program.command('vocab').description('the vocabulary library (ESCO, SKOS schemes)');

  vocab
    .command('import')
    .description('import ESCO CSV packages of one version (language zips + relations zip) or SKOS files into the library')
    .option('--library <dir>', "library directory (default: the app's library)")
    .argument('<files...>', 'ESCO zips, ESCO RDF zips, or SKOS files (.ttl .trig .nt .nq .rdf .jsonld)')
    .action((files: string[], options: { library?: string }) =>
      withApi(options, async (api) => {
        const { jobId } = await api.vocabularies.import({ files: files.map((f) => ({ path: path.resolve(f) })) });
        const done = await finished(api, jobId);
        if (done.state !== 'succeeded') throw new ApiError(done.error ?? { code: ErrorCodes.internal, message: 'Import failed' });
        const report = done.result as ImportReport;
        for (const v of report.vocabularies) {
          console.log(`${terminalText(v.id)}\t${terminalText(v.title)}\t${v.counts.concepts} concepts\t${v.counts.triples} triples`);
        }
        const c = report.cleaning;
        console.log(
          `labels cleaned: ${c.trimmed} trimmed, ${c.spacesNormalized} with odd spaces, ${c.duplicatesRemoved} duplicates removed, ${c.emptyRemoved} empty removed`,
        );
      }),
    );

  vocab
    .command('list')
    .description('list the vocabularies in the library')
    .option('--library <dir>', "library directory (default: the app's library)")
    .option('--json', 'one JSON object per line per vocabulary, with metadata and counts')
    .action((options: { library?: string; json?: boolean }) =>
      withApi(options, async (api) => {
        const list = await api.vocabularies.list({});
        if (options.json) printJsonLines(list);
        else
          for (const v of list)
            console.log(
              `${terminalText(v.id)}\t${terminalText(v.title)}\t${terminalText(v.languages.join(','))}\t${v.counts.concepts} concepts\timported ${v.importedAt}`,
            );
      }),
    );

  vocab
    .command('diff')
    .description('what changed from one vocabulary version to another (e.g. esco-v1.1.0 esco-v1.1.1)')
    .option('--library <dir>', "library directory (default: the app's library)")
    .option('--json', 'one JSON object per line per changed concept: uri, change, changes, type, label, before, after')
    .argument('<old>', 'library id of the older version')
    .argument('<new>', 'library id of the newer version')
    .action((from: string, to: string, options: { library?: string; json?: boolean }) =>
      withApi(options, async (api) => {
        const diff = await api.vocabularies.diff({ from, to });
        if (options.json) return printJsonLines(diff.changes);
        const { counts } = diff;
        console.log(
          `${terminalText(from)} (${counts.before} concepts) → ${terminalText(to)} (${counts.after} concepts): ${counts.changed} changed, ${counts.unchanged} unchanged`,
        );
        for (const kind of CONCEPT_CHANGE_KINDS) console.log(`${kind}\t${counts[kind]}`);
      }),
    );
}

/** Waits for a job started through the contract (the app follows it by events; a script polls). */
async function finished(api: ApiClient, id: string): Promise<JobInfo> {
  for (;;) {
    const job = await api.app.jobGet({ id });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function registerSparqlCommand(program: Command): void {
  program
    .command('sparql')
    .description('run a SPARQL 1.1 query over the vocabulary library (named graph per vocabulary; the default graph is their union)')
    .option('--library <dir>', "library directory (default: the app's library)")
    .option('--format <format>', 'json (W3C SPARQL results) or csv', 'json')
    .option('--limit <n>', `at most this many rows (or triples); 0 = all, e.g. to write a file`, String(SPARQL_DEFAULT_LIMIT))
    .option('--timeout <seconds>', 'stop the query after this many seconds; 0 = never', String(SPARQL_DEFAULT_TIMEOUT_SECONDS))
    .argument('<query>', 'the query')
    .action(async (query: string, options: { library?: string; format: string; limit: string; timeout: string }) => {
      if (options.format !== 'json' && options.format !== 'csv')
        throw cliError(ErrorCodes.invalidArguments, '--format must be json or csv');
      const format = options.format;
      const limit = wholeNumber(options.limit, '--limit');
      const timeoutSeconds = wholeNumber(options.timeout, '--timeout');
      await withApi(options, async (api) => {
        const result = await api.vocabularies.sparql({ query, limit: limit || 'all', timeoutSeconds: timeoutSeconds || 'never' });
        process.stdout.write(formatResult(result, format));
        if (result.truncated) {
          const what = result.kind === 'graph' ? 'triples' : 'rows';
          process.stderr.write(`crosswalk: results truncated to the first ${limit} ${what}; use --limit 0 for all (or a larger --limit)\n`);
        }
      });
    });
}

function wholeNumber(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw cliError(ErrorCodes.invalidArguments, `${option} must be a whole number (0 = no limit)`);
  return Number(value);
}

function formatResult(result: SparqlResult, format: 'json' | 'csv'): string {
  if (result.kind === 'graph') return terminalCsv(result.ntriples);
  // Values come from imported vocabularies: formula-guarded for spreadsheets, control characters shown.
  if (format === 'csv') return terminalCsv(sparqlResultToCsv(result, spreadsheetSafe));
  if (result.kind === 'boolean') return `${JSON.stringify({ head: {}, boolean: result.value })}\n`;
  return `${terminalJson(result.json)}\n`;
}
