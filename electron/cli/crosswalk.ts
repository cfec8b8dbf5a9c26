import { Command, CommanderError } from 'commander';
import { ApiError } from '../../shared/contract/client.js';
import { actAsAuthor } from './cli-context.js';
import { terminalText } from './terminal.js';
import { registerProjectCommands } from './commands/project.js';
import { registerSourceCommands } from './commands/source.js';
import { registerSuggestCommands } from './commands/suggest.js';
import { registerMappingCommands } from './commands/mapping.js';
import { registerCheckCommand } from './commands/check.js';
import { registerSparqlCommand, registerVocabCommands } from './commands/vocab.js';
import { registerExportCommands } from './commands/export.js';
import { registerImportMappingsCommand } from './commands/import-mappings.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerTeamCommands } from './commands/team.js';

/** The `crosswalk` command: the same core as the desktop app, for scripts and checks. */
export function buildProgram(): Command {
  const program = new Command('crosswalk')
    .description('Crosswalk: build correspondence tables between local classifications and ESCO / ISCED-F (SKOS mappings).')
    .version(__CROSSWALK_VERSION__, '-V, --version', 'print the version')
    .showHelpAfterError()
    .option('--author <name>', 'name recorded as the author of changes (default: the name in Settings)')
    .hook('preAction', (_program, command) => actAsAuthor(command.optsWithGlobals<{ author?: string }>().author))
    .exitOverride();
  registerProjectCommands(program);
  registerSourceCommands(program);
  registerSuggestCommands(program);
  registerMappingCommands(program);
  registerCheckCommand(program);
  registerVocabCommands(program);
  registerSparqlCommand(program);
  registerExportCommands(program);
  registerImportMappingsCommand(program);
  registerMigrateCommand(program);
  registerTeamCommands(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ApiError) {
      // Messages quote imported text (ids, labels): its control characters are shown, not run.
      console.error(`crosswalk: ${terminalText(error.message)}`);
      return 1;
    }
    console.error(`crosswalk: ${(error as Error)?.stack ?? String(error)}`);
    return 1;
  }
}

// `crosswalk … --json | head`: the reader went away; that ends the output, not in an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv);
