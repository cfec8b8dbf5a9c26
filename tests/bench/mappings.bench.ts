import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../../electron/core/checks/run-checks.js';
import { createAppContext } from '../../electron/core/context.js';
import { itemSummaries } from '../../electron/core/mappings/item-summaries.js';
import { MappingStore } from '../../electron/core/mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../../electron/core/mappings/testing.js';
import { undo } from '../../electron/core/mappings/undo-redo.js';
import { reviewQueue } from '../../electron/core/review/review-service.js';
import { saveReviewer } from '../../electron/core/review/reviewers.js';
import { importIntoLibrary } from '../../electron/core/vocabularies/import-service.js';
import { ESCO_V111_EN, ESCO_V111_RELATIONS, sharedFile } from '../support/shared-data.js';
import { makeTempDir } from '../support/temp-dir.js';
import { printTable, timeIt, type BenchSection } from './harness.js';

const ITEMS = 20_000;
const MAPPINGS = 50_000;
const BATCH = 5_000;

export const mappingsBench: BenchSection = {
  name: 'mappings',
  title: `mapping store (${MAPPINGS.toLocaleString('en')} mappings on ${ITEMS.toLocaleString('en')} items)`,
  async run() {
    const handle = tempProject();
    try {
      const db = handle.project.db;
      const items = addItems(
        db,
        addScheme(db),
        Array.from({ length: ITEMS }, (_, i) => ({ key: `LO${i}`, text: `Learning outcome ${i}` })),
      );
      const store = new MappingStore(db);
      const write = await timeIt(() => {
        for (let start = 0; start < MAPPINGS; start += BATCH) {
          store.create(
            Array.from({ length: BATCH }, (_, k) => ({
              sourceItemId: items[(start + k) % ITEMS]!,
              target: { uri: skill(start + k), label: `skill ${start + k}`, vocabularyId: ESCO },
              relation: 'closeMatch' as const,
              status: (start + k) % 3 ? ('accepted' as const) : ('proposed' as const),
            })),
            { author: 'bench' },
          );
        }
      });
      const list = await timeIt(() => store.list());
      const page = await timeIt(() => store.list({ statuses: ['proposed'], limit: 200 }));
      const forItem = await timeIt(() => store.listForItem(items[77]!));
      const summaries = await timeIt(() => itemSummaries(db, {}));
      const checks = await timeIt(() => runChecks(db, null));
      const checksCached = await timeIt(() => runChecks(db, null));
      const edited = store.list({ limit: 1 }).rows[0]!;
      const checksAfterEdit = await timeIt(() => {
        store.update([edited.id], { relation: 'exactMatch' }, { author: 'bench' });
        return runChecks(db, null);
      });
      const withProblems = await timeIt(() => {
        const problems = new Map<number, number>();
        for (const p of runChecks(db, null).problems)
          if (p.sourceItemId !== null) problems.set(p.sourceItemId, (problems.get(p.sourceItemId) ?? 0) + 1);
        return itemSummaries(db, { problems, filter: 'with-problems' });
      });
      const reviewer = saveReviewer(db, { name: 'bench' });
      const queue = await timeIt(() => reviewQueue(db, { reviewerId: reviewer.id, limit: 200 }));
      const single = await timeIt(() => store.update([list.value.rows[0]!.id], { status: 'unsure' }, { author: 'bench' }));
      const bulk = await timeIt(() =>
        store.update(
          list.value.rows.slice(0, 5000).map((r) => r.id),
          { status: 'rejected' },
          { author: 'bench' },
        ),
      );
      const undone = await timeIt(() => undo(db, 'bench'));
      printTable(
        ['operation', 'ms'],
        [
          [`write ${MAPPINGS} mappings (${MAPPINGS / BATCH} batches of ${BATCH}, with history)`, write.ms],
          [`list all ${list.value.total} mappings`, list.ms],
          ['list 200 proposed (filtered page)', page.ms],
          ['listForItem', forItem.ms],
          [`itemSummaries on ${summaries.value.length} items`, summaries.ms],
          [`checks, all rules (${checks.value.problems.length} problems, no library)`, checks.ms],
          ['checks again (cached)', checksCached.ms],
          ['edit one mapping, then checks (incremental: only that item is re-checked)', checksAfterEdit.ms],
          [`itemSummaries with problem counts, filter "with problems" (${withProblems.value.length})`, withProblems.ms],
          [`review queue, first 200 of ${queue.value.total} proposed`, queue.ms],
          ['update one mapping (one transaction)', single.ms],
          ['bulk status change of 5,000', bulk.ms],
          [`undo that bulk change (${undone.value?.changes ?? 0} rows)`, undone.ms],
        ],
      );
    } finally {
      handle.cleanup();
    }
    await checksWithEsco();
  },
};

/** Checks with ESCO v1.1.1 in the library (targets looked up: missing, deprecated, scheme, skill/knowledge type). */
async function checksWithEsco(): Promise<void> {
  const en = sharedFile(ESCO_V111_EN);
  const relations = sharedFile(ESCO_V111_RELATIONS);
  if (!en || !relations) return;
  const temp = makeTempDir();
  const workersDir = fileURLToPath(new URL('../workers', import.meta.url));
  const ctx = createAppContext({ host: 'cli', version: 'bench', userDataDir: temp.dir, workersDir });
  const handle = tempProject();
  try {
    const job = ctx.jobs.start('vocabulary-import', 'Import', (control) =>
      importIntoLibrary(
        ctx,
        [en, relations].map((p) => ({ path: p, name: path.basename(p) })),
        control,
      ),
    );
    const done = await ctx.jobs.wait(job.id);
    if (done.state !== 'succeeded') throw new Error(`ESCO import failed: ${done.error?.message}`);
    const skills = ctx.library.concepts(ESCO).filter((c) => c.type === 'skill' || c.type === 'knowledge');
    const db = handle.project.db;
    const items = addItems(
      db,
      addScheme(db, { kind: 'learning-outcomes' }),
      Array.from({ length: ITEMS }, (_, i) => ({ key: `LO${i}`, text: `Analyse learning outcome ${i}` })),
    );
    const store = new MappingStore(db);
    for (let start = 0; start < MAPPINGS; start += BATCH) {
      store.create(
        Array.from({ length: BATCH }, (_, k) => {
          const concept = skills[(start + k) % skills.length]!;
          return {
            sourceItemId: items[(start + k) % ITEMS]!,
            target: { uri: concept.uri, label: '', vocabularyId: ESCO },
            relation: 'closeMatch' as const,
            status: 'accepted' as const,
          };
        }),
        { author: 'bench' },
      );
    }
    const full = await timeIt(() => runChecks(db, ctx.library));
    const edited = store.list({ limit: 1 }).rows[0]!;
    const incremental = await timeIt(() => {
      store.update([edited.id], { relation: 'exactMatch' }, { author: 'bench' });
      return runChecks(db, ctx.library);
    });
    printTable(
      ['operation (ESCO v1.1.1 loaded)', 'ms'],
      [
        [`checks, all rules, ${MAPPINGS.toLocaleString('en')} mappings (${full.value.problems.length} problems)`, full.ms],
        ['edit one mapping, then checks (incremental)', incremental.ms],
      ],
    );
  } finally {
    handle.cleanup();
    ctx.dispose();
    temp.cleanup();
  }
}
