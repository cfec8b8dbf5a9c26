import type { Command } from 'commander';
import type { MigrationQueueRow } from '../../../shared/domain/migration.js';
import { printJsonLines, withProject } from '../cli-context.js';
import { terminalText } from '../terminal.js';

/** All rows of one queue in one call (the contract's largest page). */
const WHOLE_QUEUE = 50_000;

/** One affected mapping as the --json form prints it. */
function queueLine(row: MigrationQueueRow) {
  return {
    source: row.sourceKey,
    sourceText: row.sourceText,
    relation: row.relation,
    oldTarget: { uri: row.oldTarget.uri, label: row.oldTarget.label, vocabulary: row.fromVocabulary },
    newLabel: row.newLabel,
    reason: row.reasons,
    ...(row.replacement ? { replacement: row.replacement } : {}),
    suggestions: row.suggestions,
  };
}

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description(
      'move a project to a newer vocabulary version: unaffected mappings move, affected ones are queued (decide them in the Versions view)',
    )
    .option('--library <dir>', "library directory (default: the app's library)")
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .requiredOption('--to <id>', 'library id of the newer version, e.g. esco-v1.1.1')
    .option('--json', 'one JSON object per open queued mapping: source, oldTarget, reason, suggestions')
    .action((options: { library?: string; project: string; to: string; json?: boolean }) =>
      withProject(options, async (api) => {
        const summary = await api.migration.start({ to: options.to });
        const { rows } = await api.migration.queue({ state: 'open', limit: WHOLE_QUEUE });
        if (options.json) return printJsonLines(rows.map(queueLine));
        console.log(
          `${terminalText(summary.from.join(', ') || '(nothing)')} → ${terminalText(summary.to)}: ${summary.moved} moved, ${summary.open} of ${summary.queued} queued open`,
        );
        for (const row of rows) {
          const best = row.suggestions[0];
          console.log(
            `${terminalText(row.sourceKey)}\t${terminalText(row.oldTarget.label || row.oldTarget.uri)}\t${row.reasons.join(',')}\t${best ? terminalText(`${best.label} (${best.origin})`) : '-'}`,
          );
        }
      }),
    );
}
