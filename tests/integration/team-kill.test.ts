import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLocalState } from '../../electron/core/team/project-records.js';
import { remoteRevision } from '../../electron/core/team/remote-graph.js';
import { teamQuads, toNTriples } from '../../electron/core/team/team-graph.js';
import { clientFor, pull, push, type TeamStage } from '../../electron/core/team/team-sync.js';
import { addCatalogue, mapItems, teamMember, type TeamMember } from '../support/team-fixtures.js';
import { startVirtuoso, virtuosoMissing, type VirtuosoServer } from '../support/virtuoso.js';

const missing = virtuosoMissing();
if (missing) console.warn(missing);

const MAPPINGS = 20_000;

describe.skipIf(missing !== null)('Virtuoso killed during a push', () => {
  let virtuoso: VirtuosoServer;
  let ana: TeamMember;
  const graph = 'https://example.org/team/kill';
  const keys = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `LO${from + i}`);

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    ana = teamMember('ana', virtuoso, graph);
    addCatalogue(ana, MAPPINGS);
    mapItems(ana, keys(1, 1000));
    await push(ana.env());
    mapItems(ana, keys(1001, MAPPINGS));
  }, 600_000);
  afterAll(async () => {
    ana?.cleanup();
    await virtuoso?.dispose();
  });

  /** The graph's revision, triple count and mapping count, as the (restarted) store has them. */
  async function remoteState() {
    const client = clientFor(ana.remote as never, ana.env());
    const count = await client.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
    const mappings = await client.select(
      `SELECT (COUNT(?a) AS ?n) WHERE { GRAPH <${graph}> { ?a <https://w3id.org/crosswalk/vocab#contentId> ?id } }`,
    );
    const revision = await remoteRevision(client, graph);
    return {
      revision: revision?.revision ?? null,
      torn: revision?.torn ?? false,
      triples: Number(count.results.bindings[0]!.n!.value),
      mappings: Number(mappings.results.bindings[0]!.n!.value),
    };
  }

  /** How many distinct triples a push of the project as it is now writes. */
  async function triplesOfProject(): Promise<number> {
    const local = readLocalState(ana.project, graph);
    const quads = teamQuads(local.table, local.records, graph, { revision: '0', pushId: 'x', pushedBy: 'ana', at: 'now' });
    return new Set((await toNTriples(quads)).split('\n').filter((l) => l.trim())).size;
  }

  /** The whole project file's content (database and WAL), as SQLite would write it out. */
  const projectBytes = () => createHash('sha256').update(ana.project.db.serialize()).digest('hex');

  /** Gives every mapping a new comment: the next push changes about 60,000 triples of the 440,000. */
  function editAll(comment: string) {
    const ids = (ana.project.db.prepare('SELECT id FROM mappings').all() as { id: number }[]).map((r) => r.id);
    ana.store().update(ids, { comment }, { author: 'ana' });
  }

  for (const [stage, delayMs, what] of [
    ['upload', 1500, 'killed 1.5 s into the upload (the remote still holds 1,000 mappings)'],
    ['swap', 2000, 'killed 2 s into the swap (every mapping commented anew)'],
    ['verify', 0, 'killed right after the swap committed, before any checkpoint (every mapping commented anew)'],
  ] as [TeamStage, number, string][]) {
    it(`${what}: the remote is at the old or the new revision with exactly its triples, the project unchanged, and the push can be retried`, async () => {
      if (stage !== 'upload') editAll(`comment before the push killed at ${stage}`);
      const before = await remoteState();
      const expectedNew = await triplesOfProject();
      const bytesBefore = projectBytes();
      let killed: Promise<void> | null = null;
      const stages: string[] = [];
      const started = performance.now();
      const outcome = await push(
        ana.env({
          timeoutMs: 30_000,
          onStage: (s) => {
            stages.push(`${s}@${Math.round(performance.now() - started)}ms`);
            // No delay: SIGKILL goes out before the push sends its next request.
            if (s === stage)
              killed = delayMs === 0 ? virtuoso.kill() : new Promise((r) => setTimeout(r, delayMs)).then(() => virtuoso.kill());
          },
        }),
      ).then(
        () => 'landed',
        (error: Error) => error.message,
      );
      await killed;
      console.log(`push killed during ${stage}: ${outcome} (stages ${stages.join(' ')}, ${Math.round(performance.now() - started)} ms)`);
      await virtuoso.restart();
      const after = await remoteState();
      console.log(
        `before ${JSON.stringify(before)}, after restart ${JSON.stringify(after)}, the new revision would hold ${expectedNew} triples`,
      );
      // Never between: either exactly the old graph or exactly the new one.
      expect(after.torn).toBe(false);
      if (after.revision === before.revision) expect(after).toEqual(before);
      else expect(after).toEqual({ revision: String(Number(before.revision) + 1), torn: false, triples: expectedNew, mappings: MAPPINGS });
      // A push that did not report success changed nothing in the project, not one byte.
      if (outcome !== 'landed') expect(projectBytes()).toBe(bytesBefore);
      // Retry: a push, after a pull when the killed push had landed after all.
      const retried = await push(ana.env()).catch(async (error: { code?: string }) => {
        expect(error.code).toBe('conflict');
        const merged = await pull(ana.env());
        expect(merged).toMatchObject({ created: 0, updated: 0, deleted: 0, conflicts: 0 });
        return push(ana.env());
      });
      expect(retried.mappings).toBe(MAPPINGS);
      expect(await remoteState()).toEqual({ revision: retried.revision, torn: false, triples: expectedNew, mappings: MAPPINGS });
    }, 900_000);
  }
});
