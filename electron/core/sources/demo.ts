import fs from 'node:fs';
import path from 'node:path';
import demo from '../../../data/demo/web-accessibility-microcredential.json';
import type { ProjectInfo } from '../../../shared/domain/project.js';
import type { AppContext } from '../context.js';
import type { SourceBundle } from './import/bundle.js';
import { commitBundles, findExistingScheme } from './import/commit-bundle.js';

export const DEMO_FILE_NAME = 'crosswalk-demo.crosswalk';

/** The demo micro-credential (data/demo) as a source to import. */
export function demoBundle(): SourceBundle {
  const groupKey = demo.groups[0]!.key;
  return {
    format: 'csv',
    fileName: 'web-accessibility-microcredential.json',
    scheme: { ...demo.scheme, kind: 'learning-outcomes' },
    groups: demo.groups.map((g) => ({ ...g, metadata: { ...g.metadata, qfEheaCycle: 'first' as const } })),
    items: demo.items.map((item, i) => ({ ...item, language: 'en', groupKey, line: i + 1 })),
    problems: [],
  };
}

/** Opens the demo project in the projects folder, creating it (with the demo course) the first time. */
export function openDemoProject(ctx: AppContext): ProjectInfo {
  const file = path.join(ctx.paths.projectsDir, DEMO_FILE_NAME);
  const info = fs.existsSync(file)
    ? ctx.projects.openPath(file)
    : ctx.projects.create({
        path: file,
        title: 'Crosswalk demo: Web Accessibility micro-credential',
        description: 'A demo project: map the learning outcomes of a micro-credential to ESCO skills and ISCED-F.',
        creator: ctx.settings.settings.userName,
        language: 'en',
      });
  const project = ctx.projects.require();
  const bundle = demoBundle();
  // The dispatcher announces sources.openDemo's changes (contract), so views of the sources refresh.
  if (findExistingScheme(project, bundle) === null) commitBundles(project, [bundle]);
  return { ...info, metadata: project.metadata() };
}
