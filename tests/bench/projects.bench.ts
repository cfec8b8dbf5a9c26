import path from 'node:path';
import { createProjectFile, openProject } from '../../electron/core/projects/project-service.js';
import { makeTempDir } from '../support/temp-dir.js';
import { printTable, timeIt, type BenchSection } from './harness.js';

export const projectsBench: BenchSection = {
  name: 'projects',
  title: 'project files (create, open)',
  async run() {
    const { dir, cleanup } = makeTempDir('crosswalk-bench-');
    try {
      const file = path.join(dir, 'bench.crosswalk');
      const created = await timeIt(() => createProjectFile(file, { title: 'Bench' }));
      const opened = await timeIt(() => openProject(file));
      opened.value.close();
      printTable(
        ['operation', 'ms'],
        [
          ['create project (all migrations)', created.ms],
          ['open project', opened.ms],
        ],
      );
    } finally {
      cleanup();
    }
  },
};
