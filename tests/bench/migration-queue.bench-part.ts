import path from 'node:path';
import { createApiClient } from '../../shared/contract/client.js';
import type { Dispatch } from '../../electron/core/api/dispatch.js';
import type { AppContext } from '../../electron/core/context.js';
import { MappingStore } from '../../electron/core/mappings/mapping-store.js';
import { addItems, addScheme } from '../../electron/core/mappings/testing.js';
import { printTable, timeIt } from './harness.js';

const MAPPINGS = 20_000;

/**
 * Moving a project of 20,000 mappings to ESCO v1.1.0 targets (every v1.1.0 concept in turn, so all
 * kinds of change occur) to v1.1.1: the start (diff, plan, one change batch, the queue with its
 * suggestions), then keeping every merely moved or relabelled row in one bulk step.
 */
export async function benchMigration(ctx: AppContext, dispatch: Dispatch, dir: string): Promise<void> {
  const api = createApiClient((domain, name, args) => dispatch(`${domain}-${name}`, args));
  // Every change is recorded with the person making it.
  ctx.settings.update({ userName: 'Bench' });
  await api.projects.create({ title: 'Migration bench', path: path.join(dir, 'migration.crosswalk') });
  const db = ctx.projects.require().db;
  const concepts = ctx.library.concepts('esco-v1.1.0');
  const items = addItems(
    db,
    addScheme(db),
    Array.from({ length: MAPPINGS }, (_, i) => ({ key: `LO${i}`, text: `learning outcome ${i}` })),
  );
  new MappingStore(db).create(
    items.map((sourceItemId, i) => {
      const c = concepts[i % concepts.length]!;
      return {
        sourceItemId,
        target: { uri: c.uri, label: c.prefLabel.en ?? c.uri, vocabularyId: 'esco-v1.1.0' },
        relation: 'closeMatch' as const,
        status: 'accepted' as const,
      };
    }),
    { author: 'bench' },
  );
  const index = await timeIt(() => ctx.suggest.indexes.get('esco-v1.1.1', 'en'));
  // CPU time beside wall time: on a shared machine the wall time says more about the neighbours.
  const cpu = async <T>(fn: () => Promise<T>) => {
    const before = process.cpuUsage();
    const timed = await timeIt(fn);
    const used = process.cpuUsage(before);
    return { ...timed, cpuMs: Math.round((used.user + used.system) / 1000) };
  };
  const start = await cpu(() => api.migration.start({ to: 'esco-v1.1.1' }));
  const queue = await timeIt(() => api.migration.queue({ limit: 50_000 }));
  const harmless = queue.value.rows
    .filter((r) => r.reasons.every((x) => x === 'moved' || x === 'relabelled' || x === 'type-changed'))
    .map((r) => r.id);
  const keep = await cpu(() => api.migration.resolve({ ids: harmless, action: 'keep' }));
  const undo = await timeIt(() => api.mappings.undo({}));
  const s = start.value;
  printTable(
    ['measure', 'value', 'target'],
    [
      ['suggestion index of v1.1.1 ready, load or build (ms)', Math.round(index.ms), ''],
      [`migration start, ${MAPPINGS.toLocaleString('en')} mappings (ms wall / CPU)`, `${Math.round(start.ms)} / ${start.cpuMs}`, '≤ 10 s'],
      ['moved without asking / queued', `${s.moved} / ${s.queued}`, ''],
      [
        'queued by reason',
        Object.entries(s.openByReason)
          .map(([k, n]) => `${k} ${n}`)
          .join(', '),
        '',
      ],
      ['queue, all rows (ms)', Math.round(queue.ms), ''],
      [`keep ${harmless.length} moved/relabelled rows in one step (ms wall / CPU)`, `${Math.round(keep.ms)} / ${keep.cpuMs}`, ''],
      ['undo that step (ms)', Math.round(undo.ms), ''],
    ],
  );
  await api.projects.close({});
}
