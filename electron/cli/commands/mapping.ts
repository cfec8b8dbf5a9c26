import { Option, type Command } from 'commander';
import type { ApiClient } from '../../../shared/contract/index.js';
import { MAPPING_STATUSES, type MappingStatus } from '../../../shared/domain/mapping.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { MAPPING_RELATIONS, type MappingRelation } from '../../../shared/skos.js';
import { cliError, printJsonLines, withProject } from '../cli-context.js';
import { terminalText } from '../terminal.js';

interface AddOptions {
  library?: string;
  project: string;
  source: string;
  scheme?: string;
  target: string;
  relation: MappingRelation;
  status?: MappingStatus;
  comment?: string;
}

export function registerMappingCommands(program: Command): void {
  const mapping = program.command('mapping').description('record and list SKOS mappings of a project');

  mapping
    .command('add')
    .description('record a mapping from a source item (by its key) to a target concept')
    .option('--library <dir>', 'vocabulary library (for the target label and vocabulary version)')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .requiredOption('--source <itemId>', "the source item's key (e.g. a learning outcome id)")
    .option('--scheme <scheme>', 'source scheme (id, URI or title) when several schemes use the key')
    .requiredOption('--target <uri>', 'target concept URI')
    .addOption(new Option('--relation <relation>', 'SKOS mapping relation').choices([...MAPPING_RELATIONS]).makeOptionMandatory())
    .addOption(new Option('--status <status>', 'mapping status').choices([...MAPPING_STATUSES]).default('proposed'))
    .option('--comment <text>', 'comment', '')
    .action((options: AddOptions) =>
      withProject(options, async (api) => {
        const info = (await api.projects.current({}))!;
        const sourceItemId = await findItem(api, info.path, options.source, options.scheme);
        const concept = await api.vocabularies.findConcept({ uri: options.target });
        const language = info.metadata.language;
        const label = concept ? (concept.prefLabel[language] ?? concept.prefLabel.en ?? Object.values(concept.prefLabel)[0] ?? '') : '';
        const result = await api.mappings.create({
          mappings: [
            {
              sourceItemId,
              target: { uri: options.target, label, vocabularyId: concept?.vocabularyId ?? '' },
              relation: options.relation,
              status: options.status,
              comment: options.comment,
            },
          ],
          failOnDuplicate: true,
        });
        console.log(
          `added mapping ${result.mappings[0]!.id}: ${terminalText(options.source)} ${options.relation} ${terminalText(options.target)}${label ? ` (${terminalText(label)})` : ''}`,
        );
      }),
    );

  mapping
    .command('list')
    .description('list the mappings of a project')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .option('--json', 'one JSON object per mapping per line: source, target, relation, status, author, created')
    .action((options: { project: string; json?: boolean }) =>
      withProject(options, async (api) => {
        const rows = (await api.mappings.list({})).rows.map((m) => ({
          source: m.sourceKey,
          target: m.target?.uri ?? null,
          relation: m.kind === 'match' ? m.relation : m.kind,
          status: m.status,
          author: m.author,
          created: m.created,
        }));
        if (options.json) printJsonLines(rows);
        else
          for (const r of rows)
            console.log([r.source, r.relation, r.target ?? '', r.status, r.author, r.created].map(terminalText).join('\t'));
      }),
    );
}

/** A source item's row id from its key; several schemes with the key need --scheme. */
async function findItem(api: ApiClient, projectPath: string, key: string, scheme?: string): Promise<number> {
  // The search is a substring match: keep the items whose key is exactly the one asked for.
  const items = (await api.sources.listItems({ search: key, state: 'all' })).filter((item) => item.key === key);
  const schemes = new Map((await api.sources.listSchemes({})).map((s) => [s.id, s]));
  const rows = items.map((item) => ({
    id: item.id,
    schemeId: item.schemeId,
    schemeUri: schemes.get(item.schemeId)?.uri,
    schemeTitle: schemes.get(item.schemeId)?.title ?? '',
  }));
  const matching = scheme ? rows.filter((r) => String(r.schemeId) === scheme || r.schemeUri === scheme || r.schemeTitle === scheme) : rows;
  if (matching.length === 0) {
    throw cliError(ErrorCodes.notFound, `No source item with id "${key}"${scheme ? ` in scheme "${scheme}"` : ''} in ${projectPath}`, {
      field: 'source',
    });
  }
  if (matching.length > 1) {
    const names = matching.map((r) => `${r.schemeId} (${r.schemeTitle})`).join(', ');
    throw cliError(ErrorCodes.conflict, `Several source schemes have an item "${key}": ${names}. Choose one with --scheme.`, {
      field: 'scheme',
    });
  }
  return matching[0]!.id;
}
