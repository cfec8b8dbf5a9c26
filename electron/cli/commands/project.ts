import type { Command } from 'commander';
import { withApi, withProject, withProjectExtension } from '../cli-context.js';
import { terminalJson, terminalText } from '../terminal.js';

export function registerProjectCommands(program: Command): void {
  const project = program.command('project').description('create and inspect project files (.crosswalk)');

  project
    .command('create')
    .description('create a new, empty project file')
    .requiredOption('--title <title>', 'project title')
    .option('--description <text>', 'project description', '')
    .option('--creator <name>', 'creator', '')
    .option('--language <tag>', 'language of the project texts', 'en')
    .argument('<file>', 'path of the new .crosswalk file')
    .action((file: string, options: { title: string; description: string; creator: string; language: string }) =>
      withApi({}, async (api) => {
        await api.projects.create({ ...options, path: file });
        console.log(withProjectExtension(file));
      }),
    );

  project
    .command('info')
    .description("print a project file's metadata")
    .option('--json', 'print JSON')
    .argument('<file>', 'a .crosswalk file')
    .action((file: string, options: { json?: boolean }) =>
      withProject({ project: file }, async (api) => {
        const info = (await api.projects.current({}))!;
        if (options.json) console.log(terminalJson(info));
        else
          console.log(
            `${terminalText(info.metadata.title)}\n${terminalText(info.path)}\nschema ${info.schemaVersion}, modified ${info.metadata.modified}`,
          );
      }),
    );
}
