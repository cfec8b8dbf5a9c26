import { Option, type Command } from 'commander';
import type { ProblemSeverity } from '../../../shared/domain/review.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { libraryOf } from '../../core/checks/library-of.js';
import { runChecks } from '../../core/checks/run-checks.js';
import { CrosswalkError } from '../../core/errors.js';
import { printJsonLines } from '../cli-context.js';
import { withCliProject } from './mapping.js';

const RANK: Record<ProblemSeverity, number> = { error: 0, warning: 1, info: 2 };

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description("run the project's enabled mapping checks and print the problems")
    .option('--library <dir>', 'vocabulary library (targets are checked against the loaded versions)')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .option('--json', 'one JSON object per problem per line: rule, severity, source, targets, message')
    .addOption(new Option('--fail-on <severity>', 'exit with status 1 when a problem of this severity or worse is found').choices(['error', 'warning', 'info']))
    .action((options: { library?: string; project: string; json?: boolean; failOn?: ProblemSeverity }) =>
      withCliProject(options, (ctx, project) => {
        const { problems } = runChecks(project.db, libraryOf(ctx));
        const rows = problems.map((p) => ({ rule: p.rule, severity: p.severity, source: p.source, targets: p.targets, message: p.message }));
        if (options.json) printJsonLines(rows);
        else {
          for (const r of rows) console.log(`${r.severity}\t${r.rule}\t${r.source ?? '-'}\t${r.message}`);
          console.log(`${rows.length} problem(s)`);
        }
        const failing = options.failOn ? problems.filter((p) => RANK[p.severity] <= RANK[options.failOn!]).length : 0;
        if (failing) throw new CrosswalkError(ErrorCodes.conflict, `${failing} problem(s) of severity ${options.failOn} or worse`);
      }),
    );
}
