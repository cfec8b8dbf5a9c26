import os from 'node:os';
import { runChecks } from '../../electron/core/checks/run-checks.js';
import { itemSummaries } from '../../electron/core/mappings/item-summaries.js';
import { MappingStore } from '../../electron/core/mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../../electron/core/mappings/testing.js';
import { EMPTY_QUERY, queryRows } from '../../renderer/src/features/workbench/item-query.js';
import { buildItemRows, filterRows, type ItemRowView } from '../../renderer/src/features/workbench/item-rows.js';
import { paneEntries } from '../../renderer/src/features/workbench/pane-entries.js';
import { percentile, printTable, timeIt, type BenchSection } from './harness.js';
import { measureItemSwitch, type Spread } from './workbench-switch.js';

/** Median of five runs: the UI steps are short and noisy (JIT, GC). */
async function median<T>(fn: () => T): Promise<{ ms: number; value: T }> {
  const runs: { ms: number; value: T }[] = [];
  for (let i = 0; i < 5; i++) runs.push(await timeIt(fn));
  runs.sort((a, b) => a.ms - b.ms);
  return runs[2]!;
}

const ITEMS = 20_000;

/** Two table rows for one measured step: wall p50, and wall p95 with CPU p95. */
function switchRows(step: string, times: Spread, note: string): (string | number)[][] {
  return [
    [`core: ${step}, p50`, times.p50, `${times.samples} samples${note ? `; ${note}` : ''}`],
    [`core: ${step}, p95`, times.p95, `CPU p95 ${times.cpuP95.toFixed(1)} ms`],
  ];
}
const MAPPINGS = 50_000;

/**
 * What the workbench does per refresh at full size: the core's item summaries (with checks), the
 * JSON that crosses to the UI, and the UI's row building — which must reuse unchanged rows.
 */
export const workbenchBench: BenchSection = {
  name: 'workbench',
  title: `workbench refresh (${ITEMS.toLocaleString('en')} items, ${MAPPINGS.toLocaleString('en')} mappings)`,
  async run() {
    const handle = tempProject();
    try {
      const db = handle.project.db;
      const scheme = addScheme(db);
      const items = addItems(
        db,
        scheme,
        Array.from({ length: ITEMS }, (_, i) => ({ key: `LO${i}`, text: `Learning outcome ${i} about data and budgets` })),
      );
      const store = new MappingStore(db);
      for (let start = 0; start < MAPPINGS; start += 5000) {
        store.create(
          Array.from({ length: 5000 }, (_, k) => ({
            sourceItemId: items[(start + k) % ITEMS]!,
            target: { uri: skill(start + k), label: `skill ${start + k}`, vocabularyId: ESCO },
            relation: 'closeMatch' as const,
            status: (start + k) % 3 ? ('accepted' as const) : ('proposed' as const),
          })),
          { author: 'bench' },
        );
      }
      const withChecks = await timeIt(() => {
        const problems = new Map<number, number>();
        for (const p of runChecks(db, null).problems)
          if (p.sourceItemId !== null) problems.set(p.sourceItemId, (problems.get(p.sourceItemId) ?? 0) + 1);
        return itemSummaries(db, { schemeId: scheme, problems });
      });
      const summaries = withChecks.value;
      const json = await median(() => JSON.parse(JSON.stringify(summaries)) as typeof summaries);
      const titles = new Map<number, string>();
      const first = await median(() => buildItemRows(summaries, titles));
      // One edit: one summary changes, the rest must keep their row objects.
      const edited = summaries.map((s, i) => (i === 77 ? { ...s, accepted: s.accepted + 1, mappingCount: s.mappingCount + 1 } : s));
      const index = new Map<number, ItemRowView>(first.value.map((r) => [r.id, r]));
      const again = await median(() => buildItemRows(edited, titles, index));
      const reused = again.value.filter((r, i) => r === first.value[i]).length;
      const filterTimes: number[] = [];
      for (const f of ['unmapped', 'proposed', 'unsure', 'problems'] as const)
        filterTimes.push((await timeIt(() => filterRows(again.value, f))).ms);
      // The filter box: each keystroke is one queryRows over all rows (budget: 100 ms to the updated list).
      const keystrokes: number[] = [];
      const typed = 'outcome 1234 budgets';
      for (let n = 1; n <= typed.length; n++)
        keystrokes.push((await timeIt(() => queryRows(again.value, { ...EMPTY_QUERY, text: typed.slice(0, n) }))).ms);
      const sorted = await median(() =>
        queryRows(again.value, { ...EMPTY_QUERY, status: 'accepted', sort: { column: 'text', descending: true } }),
      );
      const forItem = store.listForItem(items[5]!);
      const entries = await timeIt(() => paneEntries(forItem, []));
      const itemSwitch = await measureItemSwitch(ITEMS, MAPPINGS / ITEMS);
      console.log(
        `  load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} on ${os.cpus().length} cores`,
      );
      printTable(
        ['step', 'ms', 'note'],
        [
          ['core: checks + itemSummaries for one scheme', withChecks.ms, `${summaries.length} rows`],
          [
            'JSON round trip of the summaries (the wire, median)',
            json.ms,
            `${(JSON.stringify(summaries).length / 1024 / 1024).toFixed(1)} MiB`,
          ],
          ['UI: build all rows (first load, median)', first.ms, ''],
          ['UI: rebuild after one edit (median)', again.ms, `${reused} of ${ITEMS} rows reused`],
          ['UI: filter (p95 of 4 filters)', percentile(filterTimes, 95), ''],
          ['UI: filter box keystroke (p95, budget 100 ms)', percentile(keystrokes, 95), `${keystrokes.length} keystrokes of "${typed}"`],
          ['UI: status filter + sort by text (median)', sorted.ms, `${sorted.value.length} rows`],
          ['UI: pane entries for one item', entries.ms, `${forItem.length} mappings`],
          [
            'core: item table through the API on opening (summaries + checks)',
            itemSwitch.tableLoad.ms,
            `CPU ${itemSwitch.tableLoad.cpuMs.toFixed(0)} ms`,
          ],
          [
            'core: first suggestions after opening the project',
            itemSwitch.firstAfterOpen.ms,
            `CPU ${itemSwitch.firstAfterOpen.cpuMs.toFixed(0)} ms (reads the decisions, builds their memory)`,
          ],
          ...switchRows(
            'item switch, cold (what the user waits for: mappings + suggestions + problems)',
            itemSwitch.cold,
            'budget 100 ms p95',
          ),
          ...switchRows('item switch, warm (the same items again)', itemSwitch.warm, 'the core keeps no results'),
          ...switchRows(
            'item switch onto a prefetched neighbour (j/k)',
            itemSwitch.prefetched,
            'mappings + problems; suggestions in the UI cache',
          ),
          ...switchRows("  the item's mappings alone", itemSwitch.parts.mappings, ''),
          ...switchRows('  its suggestions alone', itemSwitch.parts.suggestions, ''),
          ...switchRows('  its problems alone', itemSwitch.parts.problems, ''),
          ...switchRows(
            'after accepting a candidate: its mappings + suggestions again',
            itemSwitch.afterDecision,
            `${itemSwitch.decisions} decisions; rebuilds the decision memory`,
          ),
          ...switchRows('  then the item table again', itemSwitch.tableRefresh, 'a switch in that moment waits behind it'),
          ...switchRows('  then a switch to a cold item', itemSwitch.switchAfterDecision, ''),
        ],
      );
    } finally {
      handle.cleanup();
    }
  },
};
