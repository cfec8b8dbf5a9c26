// Child process of mapping-crash.test.ts: a burst of mapping edits, printing each one only after
// the store returned (i.e. after its transaction committed). The parent kills it with SIGKILL.
import fs from 'node:fs';
import { MappingStore } from '../../electron/core/mappings/mapping-store.js';
import { openProject } from '../../electron/core/projects/project-service.js';

const [file, itemArg] = process.argv.slice(2);
const project = openProject(file!);
const store = new MappingStore(project.db);
const itemId = Number(itemArg);
for (let n = 0; ; n++) {
  const created = store.create(
    [{ sourceItemId: itemId, target: { uri: `http://example.org/t/${n}`, label: `t${n}`, vocabularyId: 'x' }, relation: 'closeMatch' }],
    {
      author: 'crash',
    },
  );
  const id = created.mappings[0]!.id;
  fs.writeSync(1, `create ${id}\n`);
  store.update([id], { status: 'accepted', comment: `edit ${n}` }, { author: 'crash' });
  fs.writeSync(1, `update ${id}\n`);
}
