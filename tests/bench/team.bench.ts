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
      const stages: string[] = [];
      const pushed = await peakRss(() =>
        timeIt(() => push(ana.env({ onStage: (s) => stages.push(`${s}@${Math.round(performance.now())}`) }))),
      );
      const pulled = await peakRss(() => timeIt(() => pull(ben.env())));
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
        ],
      );
      console.log(
        `  push stages (ms since process start): ${stages.join(' ')} (a push rewrites the whole graph, so a later push costs the same)`,
      );
      console.log('  target: push and pull of 50,000 mappings in minutes, not hours, on a laptop; memory well under 2 GiB');
    } finally {
      ana.cleanup();
      ben.cleanup();
      await virtuoso.dispose();
    }
  },
};
