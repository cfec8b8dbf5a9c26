import { Option, type Command } from 'commander';
import { MAPPING_STATUSES, type MappingStatus } from '../../../shared/domain/mapping.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { MAPPING_RELATIONS, type MappingRelation } from '../../../shared/skos.js';
import { libraryOf } from '../../core/checks/library-of.js';
import { CrosswalkError } from '../../core/errors.js';
import { currentAuthor } from '../../core/mappings/author.js';
import { MappingStore } from '../../core/mappings/mapping-store.js';
import { openProject, type Project } from '../../core/projects/project-service.js';
import { itemsWithKey } from '../../core/sources/store/item-lookups.js';
import type { AppContext } from '../../core/context.js';
import { cliContext, printJsonLines } from '../cli-context.js';

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
      withCliProject(options, (ctx, project) => {
        const sourceItemId = findItem(project, options.source, options.scheme);
        const concept = libraryOf(ctx)?.concept(options.target);
        const language = project.metadata().language;
        const label = concept ? (concept.prefLabel[language] ?? concept.prefLabel.en ?? Object.values(concept.prefLabel)[0] ?? '') : '';
        const result = new MappingStore(project.db).create(
          [
            {
              sourceItemId,
              target: { uri: options.target, label, vocabularyId: concept?.vocabularyId ?? '' },
              relation: options.relation,
              status: options.status,
              comment: options.comment,
            },
          ],
          { author: currentAuthor(ctx), failOnDuplicate: true },
        );
        console.log(`added mapping ${result.mappings[0]!.id}: ${options.source} ${options.relation} ${options.target}${label ? ` (${label})` : ''}`);
      }),
    );

  mapping
    .command('list')
    .description('list the mappings of a project')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .option('--json', 'one JSON object per mapping per line: source, target, relation, status, author, created')
    .action((options: { project: string; json?: boolean }) =>
      withCliProject(options, (_ctx, project) => {
        const rows = new MappingStore(project.db).list().rows.map((m) => ({
          source: m.sourceKey,
          target: m.target?.uri ?? null,
          relation: m.kind === 'match' ? m.relation : m.kind,
          status: m.status,
          author: m.author,
          created: m.created,
        }));
        if (options.json) printJsonLines(rows);
        else for (const r of rows) console.log([r.source, r.relation, r.target ?? '', r.status, r.author, r.created].join('\t'));
      }),
    );
}

/** A source item's row id from its key; several schemes with the key need --scheme. */
function findItem(project: Project, key: string, scheme?: string): number {
  const rows = itemsWithKey(project.db, key);
  const matching = scheme ? rows.filter((r) => String(r.schemeId) === scheme || r.schemeUri === scheme || r.schemeTitle === scheme) : rows;
  if (matching.length === 0) {
    throw new CrosswalkError(ErrorCodes.notFound, `No source item with id "${key}"${scheme ? ` in scheme "${scheme}"` : ''} in ${project.path}`, { field: 'source' });
  }
  if (matching.length > 1) {
    const names = matching.map((r) => `${r.schemeId} (${r.schemeTitle})`).join(', ');
    throw new CrosswalkError(ErrorCodes.conflict, `Several source schemes have an item "${key}": ${names}. Choose one with --scheme.`, { field: 'scheme' });
  }
  return matching[0]!.id;
}

/** Runs `work` with a CLI context and an open project file, closing both afterwards. */
export async function withCliProject<T>(options: { library?: string; project: string }, work: (ctx: AppContext, project: Project) => Promise<T> | T): Promise<T> {
  const ctx = cliContext({ library: options.library });
  const project = openProject(options.project, ctx.nativeBinding);
  try {
    return await work(ctx, project);
  } finally {
    project.close();
    ctx.dispose();
  }
}
