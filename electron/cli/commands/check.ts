import { Option, type Command } from 'commander';
import type { ProblemSeverity } from '../../../shared/domain/review.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { cliError, printJsonLines, withProject } from '../cli-context.js';
import { terminalText } from '../terminal.js';

const RANK: Record<ProblemSeverity, number> = { error: 0, warning: 1, info: 2 };
/** review.problems' largest page: every problem of any project the CLI meets. */
const ALL_PROBLEMS = 100_000;

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description("run the project's enabled mapping checks and print the problems")
    .option('--library <dir>', 'vocabulary library (targets are checked against the loaded versions)')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .option('--json', 'one JSON object per problem per line: rule, severity, source, targets, message')
    .addOption(
      new Option('--fail-on <severity>', 'exit with status 1 when a problem of this severity or worse is found').choices([
        'error',
        'warning',
        'info',
      ]),
    )
    .action((options: { library?: string; project: string; json?: boolean; failOn?: ProblemSeverity }) =>
      withProject(options, async (api) => {
        const { problems } = await api.review.problems({ limit: ALL_PROBLEMS });
        const rows = problems.map((p) => ({
          rule: p.rule,
          severity: p.severity,
          source: p.source,
          targets: p.targets,
          message: p.message,
        }));
        if (options.json) printJsonLines(rows);
        else {
          for (const r of rows) console.log(`${r.severity}\t${r.rule}\t${terminalText(r.source ?? '-')}\t${terminalText(r.message)}`);
          console.log(`${rows.length} problem(s)`);
        }
        const failing = options.failOn ? problems.filter((p) => RANK[p.severity] <= RANK[options.failOn!]).length : 0;
        if (failing) throw cliError(ErrorCodes.conflict, `${failing} problem(s) of severity ${options.failOn} or worse`);
      }),
    );
}
