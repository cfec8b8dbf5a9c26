import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictsOf, resolveConflict } from '../../electron/core/team/conflict-resolution.js';
import { recordMap, sameRecord } from '../../electron/core/team/merge.js';
import { readLocalState } from '../../electron/core/team/project-records.js';
import { fetchGraph } from '../../electron/core/team/remote-graph.js';
import { readTeamGraph } from '../../electron/core/team/team-graph.js';
import { clientFor, pull, push, status } from '../../electron/core/team/team-sync.js';
import { addCatalogue, mapItems, mappingOf, teamMember, type TeamMember } from '../support/team-fixtures.js';
import { startVirtuoso, virtuosoMissing, type VirtuosoServer } from '../support/virtuoso.js';

const missing = virtuosoMissing();
if (missing) console.warn(missing);

const PER_PERSON = 1000;
const ROUNDS = 4;
const PER_ROUND = PER_PERSON / ROUNDS;

describe.skipIf(missing !== null)('two people, own project files, one Virtuoso graph', () => {
  let virtuoso: VirtuosoServer;
  let ana: TeamMember;
  let ben: TeamMember;
  const graph = 'https://example.org/team/converge';
  const keys = (from: number, count: number) => Array.from({ length: count }, (_, i) => `LO${from + i}`);
  const idsOf = (member: TeamMember, owner: string, itemKeys: string[]) => itemKeys.map((k) => mappingOf(member, k, owner)!.id);

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    ana = teamMember('ana', virtuoso, graph);
    ben = teamMember('ben', virtuoso, graph);
    addCatalogue(ana, 2 * PER_PERSON);
    await push(ana.env());
    expect(await pull(ben.env())).toMatchObject({ itemsAdded: 2 * PER_PERSON, created: 0 });
  }, 300_000);
  afterAll(async () => {
    ana?.cleanup();
    ben?.cleanup();
    await virtuoso?.dispose();
  });

  it('push and pull 1,000 mappings each in interleaved rounds: both files and the remote converge, same-mapping edits become conflicts, nothing is lost', async () => {
    let conflictsSeen = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Ana starts the round up to date with Ben's last push; then both work offline.
      if (round > 0) expect(await pull(ana.env())).toMatchObject({ created: PER_ROUND, conflicts: 0 });
      // Each maps their own half of the catalogue.
      expect(mapItems(ana, keys(1 + round * PER_ROUND, PER_ROUND))).toBe(PER_ROUND);
      expect(mapItems(ben, keys(PER_PERSON + 1 + round * PER_ROUND, PER_ROUND))).toBe(PER_ROUND);
      if (round >= 1) {
        // One-sided edits of the other's mappings from the last round.
        ana
          .store()
          .update(idsOf(ana, 'ben', keys(PER_PERSON + 1 + (round - 1) * PER_ROUND, 20)), { status: 'accepted' }, { author: 'ana' });
        ben
          .store()
          .update(
            idsOf(ben, 'ana', keys(101 + (round - 1) * PER_ROUND, 20)),
            { comment: `checked by ben in round ${round}` },
            { author: 'ben' },
          );
      }
      if (round === 2) {
        // The same five mappings changed on both sides.
        ana.store().update(idsOf(ana, 'ana', keys(1, 5)), { status: 'accepted' }, { author: 'ana' });
        ben.store().update(idsOf(ben, 'ana', keys(1, 5)), { status: 'rejected' }, { author: 'ben' });
      }
      await pull(ana.env());
      await push(ana.env());
      const merged = await pull(ben.env());
      conflictsSeen += merged.conflicts;
      if (round === 2) {
        expect(merged.conflicts).toBe(5);
        const conflicts = conflictsOf(ben.project, 'origin');
        expect(conflicts.map((c) => [c.itemKey, c.mine?.status, c.theirs?.status, c.base?.status])).toEqual(
          keys(1, 5).map((k) => [k, 'rejected', 'accepted', 'proposed']),
        );
        await expect(push(ben.env())).rejects.toMatchObject({ code: 'conflict' });
        conflicts.forEach((c, i) => resolveConflict(ben.project, { name: 'origin', key: c.key, choice: i < 3 ? 'theirs' : 'mine' }, 'ben'));
      } else expect(merged.conflicts).toBe(0);
      await push(ben.env());
    }
    await pull(ana.env());

    // Converged: the same records in both files and on the remote.
    const remote = await readTeamGraph(await fetchGraph(clientFor(ana.remote as never, ana.env()), graph), graph);
    const a = readLocalState(ana.project, graph).records;
    const b = readLocalState(ben.project, graph).records;
    expect(a).toHaveLength(2 * PER_PERSON);
    expect(b).toHaveLength(2 * PER_PERSON);
    expect(remote.records).toHaveLength(2 * PER_PERSON);
    const bMap = recordMap(b);
    const rMap = recordMap(remote.records);
    const differing = a.filter((r) => !sameRecord(r, bMap.get(r.key)) || !sameRecord(r, rMap.get(r.key)));
    expect(differing.map((r) => r.itemKey)).toEqual([]);
    // None lost, counted: every mapping made is there, with every edit that was meant to stay.
    const count = (predicate: (r: (typeof a)[number]) => boolean) => a.filter(predicate).length;
    expect(count((r) => r.author === 'ana' && r.targetUri!.includes('test-ana-'))).toBe(PER_PERSON);
    expect(count((r) => r.author === 'ben' && r.targetUri!.includes('test-ben-'))).toBe(PER_PERSON);
    expect(count((r) => r.status === 'accepted')).toBe(20 * (ROUNDS - 1) + 3);
    expect(count((r) => r.status === 'rejected')).toBe(2);
    expect(count((r) => r.comment.startsWith('checked by ben'))).toBe(20 * (ROUNDS - 1));
    expect(conflictsSeen).toBe(5);
    expect(await status(ana.env())).toMatchObject({ ahead: 0, behind: 0, conflicts: 0 });
    expect(await status(ben.env())).toMatchObject({ ahead: 0, behind: 0, conflicts: 0 });
  }, 1_800_000);
});
