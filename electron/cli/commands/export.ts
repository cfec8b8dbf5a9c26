import path from 'node:path';
import { Option, type Command } from 'commander';
import type { NotAcceptedIncluded } from '../../../shared/contract/export.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/domain/correspondence.js';
import type { Problem } from '../../../shared/domain/review.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { MAPPING_RELATIONS, type MappingRelation } from '../../../shared/skos.js';
import { cliError, withProject } from '../cli-context.js';
import { terminalJson, terminalText } from '../terminal.js';

interface ExportOptions {
  library?: string;
  project: string;
  format: ExportFormat;
  out: string;
  status: 'accepted' | 'all';
  scheme?: string;
  course?: string;
  elmRelations?: string;
  license?: string;
  json?: boolean;
}

const SHORT_RELATIONS: Record<string, MappingRelation> = {
  exact: 'exactMatch',
  close: 'closeMatch',
  broad: 'broadMatch',
  narrow: 'narrowMatch',
  related: 'relatedMatch',
};

function parseRelations(text: string | undefined): MappingRelation[] | undefined {
  if (!text) return undefined;
  return text.split(',').map((part) => {
    const name = part.trim();
    const relation =
      SHORT_RELATIONS[name] ?? ((MAPPING_RELATIONS as readonly string[]).includes(name) ? (name as MappingRelation) : undefined);
    if (!relation)
      throw cliError(ErrorCodes.invalidArguments, `--elm-relations: "${name}" is not one of exact, close, broad, narrow, related`);
    return relation;
  });
}

/** "warning:" lines for the error-severity problems open on the exported items. */
function openErrorWarnings(problems: readonly Problem[]): string[] {
  if (problems.length === 0) return [];
  return [
    `warning: ${problems.length} error(s) open in Problems for the exported items (crosswalk check lists them):`,
    ...problems.map((p) => `warning:   ${p.rule}\t${terminalText(p.source ?? '-')}\t${terminalText(p.message)}`),
  ];
}

/** "included 2 proposed, 1 unsure, 0 rejected mappings: <how the format marks them>" */
function notAcceptedLine(n: NotAcceptedIncluded): string {
  return `included ${n.proposed} proposed, ${n.unsure} unsure and ${n.rejected} rejected mapping(s) (--status all): ${n.marking}`;
}

export function registerExportCommands(program: Command): void {
  program
    .command('export')
    .description(
      "write a project's correspondence table (SKOS, SSSOM, JSKOS, ESCO crosswalk CSV/XLSX, ELM) and report what the format cannot carry",
    )
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .requiredOption('--out <path>', 'output file')
    .addOption(
      new Option(
        '--status <status>',
        'accepted only (the default), or all: proposed and unsure too, marked as not accepted as far as the format can',
      )
        .choices(['accepted', 'all'])
        .default('accepted'),
    )
    .option('--scheme <id>', 'source scheme id (when the project has several)')
    .option('--course <key>', 'only one course / group (by its key)')
    .option('--elm-relations <list>', 'ELM: relations that become relatedESCOSkill (default exact,close)')
    .option('--license <url>', 'licence URL of the mapping set (default CC BY 4.0)')
    .option('--library <dir>', 'vocabulary library (target descriptions, vocabulary versions)')
    .option('--json', 'print the report as JSON')
    .action((options: ExportOptions) =>
      withProject(options, async (api) => {
        const out = path.resolve(options.out);
        const { file: _written, ...report } = await api.export.export({
          format: options.format,
          output: { path: out },
          status: options.status,
          schemeId: options.scheme !== undefined ? Number(options.scheme) : undefined,
          groupKey: options.course,
          elmRelations: parseRelations(options.elmRelations),
          license: options.license,
        });
        // Open errors do not stop the export (the file may be a draft to share), but are never silent.
        for (const line of openErrorWarnings(report.openErrors)) console.error(line);
        if (options.json) console.log(terminalJson({ out, ...report }));
        else {
          console.log(`wrote ${report.mappings} mappings to ${terminalText(out)} (${options.format})`);
          if (report.notAccepted) console.log(notAcceptedLine(report.notAccepted));
          if (report.limits.length)
            console.log(`not carried by ${options.format}:\n${report.limits.map((l) => `  - ${terminalText(l)}`).join('\n')}`);
        }
      }),
    );
}
