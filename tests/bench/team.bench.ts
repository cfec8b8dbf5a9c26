import fs from 'node:fs';
import { pull, push } from '../../electron/core/team/team-sync.js';
import { addCatalogue, mapItems, teamMember } from '../support/team-fixtures.js';
import { startVirtuoso, virtuosoMissing } from '../support/virtuoso.js';
import { mib, peakRss, printTable, timeIt, type BenchSection } from './harness.js';

const MAPPINGS = 50_000;
const ITEMS = 25_000;

export const teamBench: BenchSection = {
  name: 'team',
  title: `teams: push and pull of ${MAPPINGS.toLocaleString('en')} mappings on ${ITEMS.toLocaleString('en')} items through a local Virtuoso`,
  async run() {
    const missing = virtuosoMissing();
    if (missing) {
      console.log(`  ${missing}`);
      return;
    }
    const virtuoso = await startVirtuoso();
    const graph = 'https://example.org/bench/team';
    const ana = teamMember('ana', virtuoso, graph);
    const ben = teamMember('ben', virtuoso, graph);
    try {
      addCatalogue(ana, ITEMS);
      const keys = Array.from({ length: ITEMS }, (_, i) => `LO${i + 1}`);
      mapItems(ana, keys, 'a');
      mapItems(ana, keys, 'b');
      const stagesOf = (list: string[]) => (s: string) => list.push(`${s}@${Math.round(performance.now())}`);
      const stages: string[] = [];
      const pushed = await peakRss(() => timeIt(() => push(ana.env({ onStage: stagesOf(stages) }))));
      const pulled = await peakRss(() => timeIt(() => pull(ben.env())));
      // A later push uploads the whole set again, but its swap changes only what differs.
      const changed = (ana.project.db.prepare('SELECT id FROM mappings LIMIT 1000').all() as { id: number }[]).map((r) => r.id);
      ana.store().update(changed, { comment: 'reviewed again' }, { author: 'ana' });
      const againStages: string[] = [];
      const again = await peakRss(() => timeIt(() => push(ana.env({ onStage: stagesOf(againStages) }))));
      printTable(
        ['step', 'seconds', 'peak RSS', 'result'],
        [
          [
            'push (empty remote)',
            pushed.value.ms / 1000,
            mib(pushed.peak),
            `${pushed.value.value.mappings} mappings, revision ${pushed.value.value.revision}`,
          ],
          [
            'pull (into an empty project)',
            pulled.value.ms / 1000,
            mib(pulled.peak),
            `${pulled.value.value.created} created, ${pulled.value.value.itemsAdded} items`,
          ],
          [
            'push (1,000 mappings changed)',
            again.value.ms / 1000,
            mib(again.peak),
            `${again.value.value.mappings} mappings, revision ${again.value.value.revision}`,
          ],
        ],
      );
      console.log(
        `  push stages (ms since process start): first ${stages.join(' ')}; later ${againStages.join(' ')} (every push uploads the whole set; the swap changes only what differs)`,
      );
      console.log(`  Virtuoso's own peak RSS (VmHWM): ${storePeak(virtuoso.pid)}`);
      console.log('  target: push and pull of 50,000 mappings in minutes, not hours, on a laptop; memory well under 2 GiB');
    } finally {
      ana.cleanup();
      ben.cleanup();
      await virtuoso.dispose();
    }
  },
};

/** The store process's peak resident set (Linux /proc), or why it is not known. */
function storePeak(pid: number): string {
  try {
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? `${Math.round(kb / 1024)} MiB` : 'unknown';
  } catch {
    return 'unknown (no /proc)';
  }
}
