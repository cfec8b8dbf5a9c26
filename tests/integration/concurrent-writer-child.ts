// Child process of concurrent-writers.test.ts, one of two writers on one project file.
//   burst <file> <itemId> <tag> <n>: n mapping creates, each printed after its transaction committed;
//     a CrosswalkError prints "error <message>"; anything else (a stack) exits 2.
//   hold <file> <ms>: takes the write lock (BEGIN IMMEDIATE), prints "locked", holds it, commits a row.
import fs from 'node:fs';
import { CrosswalkError } from '../../electron/core/errors.js';
import { MappingStore } from '../../electron/core/mappings/mapping-store.js';
import { openProject } from '../../electron/core/projects/project-service.js';

const [mode, file, ...rest] = process.argv.slice(2);
const project = openProject(file!);
if (mode === 'hold') {
  const until = Date.now() + Number(rest[0]);
  project.db.exec('BEGIN IMMEDIATE');
  project.touch();
  fs.writeSync(1, 'locked\n');
  while (Date.now() < until) {
    /* hold the write lock, as a long import would */
  }
  project.db.exec('COMMIT');
} else {
  const [itemArg, tag, countArg] = rest;
  const store = new MappingStore(project.db);
  for (let n = 0; n < Number(countArg); n++) {
    try {
      store.create(
        [
          {
            sourceItemId: Number(itemArg),
            target: { uri: `http://example.org/${tag}/${n}`, label: `${tag}${n}`, vocabularyId: 'x' },
            relation: 'closeMatch',
          },
        ],
        {
          author: tag!,
        },
      );
      fs.writeSync(1, `ok ${n}\n`);
    } catch (error) {
      if (!(error instanceof CrosswalkError)) {
        fs.writeSync(2, `${(error as Error).stack}\n`);
        process.exit(2);
      }
      fs.writeSync(1, `error ${error.message}\n`);
    }
  }
}
project.close();
