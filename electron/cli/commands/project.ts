import type { Command } from 'commander';
import { createProjectFile, openProject, withProjectExtension } from '../../core/projects/project-service.js';

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
    .action((file: string, options: { title: string; description: string; creator: string; language: string }) => {
      const target = withProjectExtension(file);
      createProjectFile(target, options);
      console.log(target);
    });

  project
    .command('info')
    .description('print a project file\'s metadata')
    .option('--json', 'print JSON')
    .argument('<file>', 'a .crosswalk file')
    .action((file: string, options: { json?: boolean }) => {
      const opened = openProject(file);
      try {
        const info = opened.info();
        if (options.json) console.log(JSON.stringify(info));
        else console.log(`${info.metadata.title}\n${info.path}\nschema ${info.schemaVersion}, modified ${info.metadata.modified}`);
      } finally {
        opened.close();
      }
    });
}
