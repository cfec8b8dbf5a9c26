import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchGraph, remoteRevision } from '../../electron/core/team/remote-graph.js';
import { readTeamGraph } from '../../electron/core/team/team-graph.js';
import { clientFor, pull, push } from '../../electron/core/team/team-sync.js';
import { addCatalogue, mapItems, teamMember, type TeamMember } from '../support/team-fixtures.js';
import { startVirtuoso, virtuosoMissing, type VirtuosoServer } from '../support/virtuoso.js';

const missing = virtuosoMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('two concurrent pushes against Virtuoso', () => {
  let virtuoso: VirtuosoServer;
  let ana: TeamMember;
  let ben: TeamMember;
  const graph = 'https://example.org/team/concurrent';
  const keys = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `LO${from + i}`);

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    ana = teamMember('ana', virtuoso, graph);
    ben = teamMember('ben', virtuoso, graph);
    addCatalogue(ana, 400);
    mapItems(ana, keys(1, 100));
    await push(ana.env());
    await pull(ben.env());
  });
  afterAll(async () => {
    ana?.cleanup();
    ben?.cleanup();
    await virtuoso?.dispose();
  });

  it('both land after one retry of the loser, and no update is lost', async () => {
    for (let round = 0; round < 3; round++) {
      mapItems(ana, keys(101 + round * 50, 125 + round * 50));
      mapItems(ben, keys(126 + round * 50, 150 + round * 50));
      const results = await Promise.allSettled([push(ana.env()), push(ben.env())]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.flatMap((r, i) =>
        r.status === 'rejected' ? [{ who: i === 0 ? ana : ben, error: r.reason as { code: string; message: string } }] : [],
      );
      expect(won, `round ${round}: exactly one push lands first`).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.error.code).toBe('conflict');
      expect(lost[0]!.error.message).toMatch(/pull, then push again/);
      // One retry: the loser pulls (merging the winner's mappings), then pushes.
      const loser = lost[0]!.who;
      const merged = await pull(loser.env());
      expect(merged.conflicts).toBe(0);
      expect(merged.created).toBe(25);
      await push(loser.env());
      const winner = loser === ana ? ben : ana;
      await pull(winner.env());
    }
    const expected = 100 + 3 * 50;
    expect(ana.store().list().total).toBe(expected);
    expect(ben.store().list().total).toBe(expected);
    const sorted = (m: TeamMember) =>
      m
        .store()
        .list()
        .rows.map((r) => `${r.sourceKey} ${r.target?.uri} ${r.status}`)
        .sort();
    expect(sorted(ana)).toEqual(sorted(ben));
    // The remote holds exactly that union, under one revision written by one push.
    const client = clientFor(ana.remote as never, ana.env());
    expect((await remoteRevision(client, graph))?.torn).toBe(false);
    const remote = await readTeamGraph(await fetchGraph(client, graph), graph);
    expect(remote.torn).toBe(false);
    expect(remote.records.map((r) => `${r.itemKey} ${r.targetUri} ${r.status}`).sort()).toEqual(sorted(ana));
  });

  it('two first pushes to an empty graph: exactly one lands, the other pulls, merges and lands', async () => {
    const empty = 'https://example.org/team/concurrent-first';
    const cara = teamMember('cara', virtuoso, empty);
    const dan = teamMember('dan', virtuoso, empty);
    try {
      for (const m of [cara, dan]) addCatalogue(m, 50);
      mapItems(cara, keys(1, 20));
      mapItems(dan, keys(21, 40));
      const results = await Promise.allSettled([push(cara.env()), push(dan.env())]);
      const reasons = results.map((r) => (r.status === 'fulfilled' ? 'landed' : String((r.reason as Error).message)));
      expect(
        results.filter((r) => r.status === 'fulfilled'),
        reasons.join(' | '),
      ).toHaveLength(1);
      const loser = results[0]!.status === 'rejected' ? cara : dan;
      const reason = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as { code: string };
      expect(reason.code, reasons.join(' | ')).toBe('conflict');
      const merged = await pull(loser.env());
      expect(merged).toMatchObject({ created: 20, conflicts: 0 });
      expect((await push(loser.env())).mappings).toBe(40);
      const remote = await readTeamGraph(await fetchGraph(clientFor(cara.remote as never, cara.env()), empty), empty);
      expect(remote).toMatchObject({ revision: '2', torn: false });
      expect(remote.records).toHaveLength(40);
    } finally {
      cara.cleanup();
      dan.cleanup();
    }
  });
});
