import { Argument, Option, type Command } from 'commander';
import type { TeamAuthKind } from '../../../shared/domain/team.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { cliError, printJsonLines, withApi, withProject } from '../cli-context.js';
import { terminalText } from '../terminal.js';

interface ProjectOption {
  project: string;
  library?: string;
}

/** `--password-env VAR`: the password is read from the environment, never from the command line (shell history, ps). */
function passwordFrom(variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined;
  const value = process.env[variable];
  if (value === undefined)
    throw cliError(ErrorCodes.invalidArguments, `--password-env ${variable}: the environment variable ${variable} is not set`);
  return value;
}

/** `crosswalk remote …`, `push`, `pull` and `merge`: the team's shared mapping set through a SPARQL store. */
export function registerTeamCommands(program: Command): void {
  const remote = program.command('remote').description("link the project to a SPARQL store that holds the team's mapping set");

  remote
    .command('add')
    .description('add (or change) a remote: a SPARQL 1.1 query endpoint, an update endpoint and the named graph of this mapping set')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .argument('<name>', 'a short name, e.g. origin')
    .argument('<query-endpoint>', 'SPARQL query endpoint, e.g. http://127.0.0.1:8890/sparql')
    .requiredOption('--graph <iri>', 'the named graph that holds this mapping set')
    .option('--update-endpoint <url>', 'SPARQL update endpoint (default: the query endpoint), e.g. Virtuoso /sparql-auth')
    .option('--graph-store <url>', 'Graph Store Protocol endpoint for faster uploads, e.g. Virtuoso /sparql-graph-crud-auth')
    .option('--user <user>', 'user name for the update endpoint')
    .option('--password-env <var>', 'read the password from this environment variable; kept in your user credentials, never in the project')
    .addOption(
      new Option('--auth <kind>', 'HTTP authentication (default: digest with --user, else none)').choices(['basic', 'digest', 'none']),
    )
    .action(
      (
        name: string,
        queryEndpoint: string,
        options: ProjectOption & {
          graph: string;
          updateEndpoint?: string;
          graphStore?: string;
          user?: string;
          passwordEnv?: string;
          auth?: TeamAuthKind;
        },
      ) => {
        const password = passwordFrom(options.passwordEnv);
        return withProject(options, async (api) => {
          const added = await api.team.addRemote({
            name,
            queryEndpoint,
            graph: options.graph,
            ...(options.updateEndpoint ? { updateEndpoint: options.updateEndpoint } : {}),
            ...(options.graphStore ? { graphStoreEndpoint: options.graphStore } : {}),
            ...(options.user ? { user: options.user } : {}),
            ...(options.auth ? { auth: options.auth } : {}),
            ...(password !== undefined ? { password } : {}),
          });
          console.log(
            `remote ${added.name}: ${added.graph} at ${added.queryEndpoint} (update ${added.updateEndpoint}, auth ${added.auth}${added.hasPassword ? `, password kept in ${added.credentialsKeptIn}` : ''})`,
          );
        });
      },
    );

  remote
    .command('list')
    .description("the project's remotes")
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .option('--json', 'one JSON object per remote per line')
    .action((options: ProjectOption & { json?: boolean }) =>
      withProject(options, async (api) => {
        const remotes = await api.team.remotes({});
        if (options.json) printJsonLines(remotes);
        else for (const r of remotes) console.log(`${r.name}\t${r.graph}\t${r.queryEndpoint}\trevision ${r.revision ?? '-'}`);
      }),
    );

  remote
    .command('remove')
    .description('unlink a remote (the remote graph is left as it is)')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .argument('<name>')
    .action((name: string, options: ProjectOption) =>
      withProject(options, async (api) => {
        const { removed } = await api.team.removeRemote({ name });
        if (!removed) throw cliError(ErrorCodes.notFound, `no remote "${name}" in this project`);
      }),
    );

  remote
    .command('status')
    .description('ahead (changed here), behind (changed on the remote) and open conflicts')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .argument('[name]', 'remote (default: the first)')
    .option('--json', 'one JSON object: remote, localRevision, remoteRevision, ahead, behind, conflicts, error, credentialsKeptIn')
    .option('--offline', 'do not ask the remote (behind is unknown)')
    .action((name: string | undefined, options: ProjectOption & { json?: boolean; offline?: boolean }) =>
      withProject(options, async (api) => {
        const s = await api.team.status({ ...(name ? { name } : {}), ...(options.offline ? { offline: true } : {}) });
        if (options.json) printJsonLines([s]);
        else
          console.log(
            `${s.remote}: revision ${s.localRevision ?? '-'} (remote ${s.remoteRevision ?? '-'}), ${s.ahead} ahead, ${s.behind ?? '?'} behind, ${s.conflicts} conflicts; passwords kept in ${s.credentialsKeptIn}`,
          );
        if (s.error) throw cliError(ErrorCodes.remoteFailed, s.error);
      }),
    );

  remote
    .command('conflicts')
    .description('mappings changed on both sides since the last agreed state, mine beside theirs')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .argument('[name]', "remote, or 'merge' after crosswalk merge (default: all)")
    .option('--json', 'one JSON object per conflict per line: key, itemKey, base, mine, theirs')
    .action((name: string | undefined, options: ProjectOption & { json?: boolean }) =>
      withProject(options, async (api) => {
        const conflicts = await api.team.conflicts(name ? { name } : {});
        if (options.json) printJsonLines(conflicts);
        else {
          const show = (r: (typeof conflicts)[number]['mine']) =>
            r ? `${r.status} ${r.relation ?? r.kind} ${r.comment ? terminalText(r.comment) : ''}`.trim() : 'deleted';
          for (const c of conflicts) console.log(`${c.key}\t${terminalText(c.itemKey)}\tmine: ${show(c.mine)}\ttheirs: ${show(c.theirs)}`);
          console.log(`${conflicts.length} conflict(s)`);
        }
      }),
    );

  remote
    .command('resolve')
    .description('settle one conflict: keep mine (pushed next) or take theirs')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .argument('<key>', 'the conflict key (see remote conflicts)')
    .addArgument(new Argument('<choice>', 'mine or theirs').choices(['mine', 'theirs']))
    .option('--remote <name>', 'the remote the conflict came from')
    .action((key: string, choice: 'mine' | 'theirs', options: ProjectOption & { remote?: string }) =>
      withProject(options, async (api) => {
        const { remaining } = await api.team.resolve({ key, choice, ...(options.remote ? { name: options.remote } : {}) });
        console.log(`${remaining} conflict(s) left`);
      }),
    );

  program
    .command('push')
    .description('publish the mapping set to the remote (refused when the remote moved: pull first)')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .argument('[name]', 'remote (default: the first)')
    .action((name: string | undefined, options: ProjectOption) =>
      withProject(options, async (api) => {
        const r = await api.team.push(name ? { name } : {});
        console.log(`pushed ${r.mappings} mappings and ${r.items} items to ${r.remote}: revision ${r.revision} (${r.seconds} s)`);
      }),
    );

  program
    .command('pull')
    .description('fetch the remote mapping set and merge it in (one undoable step; both-sides changes become conflicts)')
    .requiredOption('--project <file>', 'a .crosswalk project file')
    .argument('[name]', 'remote (default: the first)')
    .action((name: string | undefined, options: ProjectOption) =>
      withProject(options, async (api) => {
        const r = await api.team.pull(name ? { name } : {});
        console.log(
          `pulled ${r.remote} revision ${r.revision ?? '-'}: ${r.created} added, ${r.updated} changed, ${r.deleted} deleted, ${r.itemsAdded} items added, ${r.conflicts} conflict(s) (${r.seconds} s)`,
        );
      }),
    );

  program
    .command('merge')
    .description('three-way merge of two copies of a project (shared by e-mail or git) against the copy both started from')
    .argument('<base>', 'the project file both copies started from')
    .argument('<mine>', 'my copy')
    .argument('<theirs>', 'their copy')
    .requiredOption('--out <file>', 'the merged project (a new file; conflicts are kept in it to resolve)')
    .action((base: string, mine: string, theirs: string, options: { out: string; library?: string }) =>
      withApi(options, async (api) => {
        const r = await api.team.mergeFiles({ base, mine, theirs, out: options.out });
        console.log(`${r.out}: ${r.created} added, ${r.updated} changed, ${r.deleted} deleted, ${r.conflicts} conflict(s)`);
      }),
    );
}
