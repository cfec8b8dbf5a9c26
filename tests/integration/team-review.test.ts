import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, reviewQueue, setReviewSettings, visibleDecisions } from '../../electron/core/review/review-service.js';
import { reviewerFor } from '../../electron/core/review/reviewers.js';
import { pull, push } from '../../electron/core/team/team-sync.js';
import { addCatalogue, mapItems, mappingOf, teamMember, type TeamMember } from '../support/team-fixtures.js';
import { startVirtuoso, virtuosoMissing, type VirtuosoServer } from '../support/virtuoso.js';

const missing = virtuosoMissing();
if (missing) console.warn(missing);

/**
 * An author and two reviewers on three machines, one Virtuoso graph, double (blind) review on
 * each machine: proposals reach the reviewers' queues by pull, and no reviewer sees another's
 * decision on a mapping before deciding it, however the decisions travel.
 */
describe.skipIf(missing !== null)('review across machines through a real Virtuoso', () => {
  let virtuoso: VirtuosoServer;
  let ana: TeamMember;
  let rita: TeamMember;
  let sam: TeamMember;
  const graph = 'https://example.org/team/review';
  const KEYS = ['LO1', 'LO2', 'LO3', 'LO4', 'LO5'];

  const reviewer = (member: TeamMember) => reviewerFor(member.project.db, member.name, '');
  const mapping = (member: TeamMember, key: string) => mappingOf(member, key, 'ana')!;
  // In the author's order on every machine (the items' order travels as cw:position).
  const queueOf = (member: TeamMember) =>
    reviewQueue(member.project.db, { reviewerId: reviewer(member).id }).items.map((i) => [i.sourceKey, i.round, i.decisions.length]);
  const decideOn = (member: TeamMember, key: string, decision: 'accept' | 'reject') =>
    decide(member.project.db, { reviewerId: reviewer(member).id, mappingId: mapping(member, key).id, decision }, member.name);
  const seenBy = (member: TeamMember, key: string) => visibleDecisions(member.project.db, mapping(member, key).id, reviewer(member).id);

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    ana = teamMember('ana', virtuoso, graph);
    rita = teamMember('rita', virtuoso, graph);
    sam = teamMember('sam', virtuoso, graph);
    for (const member of [ana, rita, sam]) setReviewSettings(member.project.db, { doubleReview: true });
  }, 300_000);
  afterAll(async () => {
    for (const member of [ana, rita, sam]) member?.cleanup();
    await virtuoso?.dispose();
  });

  it("proposals pushed by the author are in each reviewer's queue after pull", async () => {
    addCatalogue(ana, KEYS.length);
    expect(mapItems(ana, KEYS)).toBe(KEYS.length);
    await push(ana.env());
    for (const member of [rita, sam]) {
      expect(queueOf(member)).toEqual([]);
      expect(await pull(member.env())).toMatchObject({ created: KEYS.length, conflicts: 0 });
      expect(queueOf(member)).toEqual(KEYS.map((k) => [k, 1, 0]));
    }
  });

  it('a first decision pushed from one machine stays hidden from the second reviewer on another', async () => {
    decideOn(rita, 'LO1', 'accept');
    decideOn(rita, 'LO2', 'reject');
    await push(rita.env());
    // Two mappings changed: only their reviews, which is a change a pull counts.
    expect(await pull(sam.env())).toMatchObject({ created: 0, updated: 2, conflicts: 0 });
    // Still in Sam's queue, now as the second round, with nothing of Rita's decision in it.
    expect(queueOf(sam)).toEqual(KEYS.map((k) => [k, k === 'LO1' || k === 'LO2' ? 2 : 1, 0]));
    expect(seenBy(sam, 'LO1')).toMatchObject({ decisions: [], hidden: 1 });
    expect(seenBy(sam, 'LO2')).toMatchObject({ decisions: [], hidden: 1 });
    // The mapping itself does not give it away: it stays proposed until the second decision.
    expect([mapping(sam, 'LO1').status, mapping(sam, 'LO2').status]).toEqual(['proposed', 'proposed']);
  });

  it('after the second decision both are shown; agreement settles the mapping, disagreement goes to adjudication by a third person', async () => {
    decideOn(sam, 'LO1', 'accept');
    decideOn(sam, 'LO2', 'accept');
    decideOn(sam, 'LO3', 'reject');
    expect(seenBy(sam, 'LO1').decisions.map((d) => [d.reviewerName, d.round, d.decision])).toEqual([
      ['rita', 1, 'accept'],
      ['sam', 2, 'accept'],
    ]);
    await push(sam.env());
    for (const member of [ana, rita]) expect(await pull(member.env())).toMatchObject({ conflicts: 0 });
    expect(KEYS.map((k) => mapping(ana, k).status)).toEqual(['accepted', 'proposed', 'proposed', 'proposed', 'proposed']);
    const adjudication = reviewQueue(ana.project.db, { reviewerId: reviewer(ana).id, mode: 'adjudication' }).items;
    expect(adjudication.map((i) => [i.sourceKey, i.decisions.map((d) => `${d.reviewerName} ${d.decision}`)])).toEqual([
      ['LO2', ['rita reject', 'sam accept']],
    ]);
    // Sam decided LO3 first; on Rita's machine it waits for her, blind.
    expect(queueOf(rita)).toEqual([
      ['LO3', 2, 0],
      ['LO4', 1, 0],
      ['LO5', 1, 0],
    ]);
    expect(seenBy(rita, 'LO3')).toMatchObject({ decisions: [], hidden: 1 });
  });

  it('two reviewers deciding the same mapping offline, each blind, merge into a double review without a conflict', async () => {
    decideOn(rita, 'LO4', 'accept');
    decideOn(sam, 'LO4', 'accept');
    decideOn(rita, 'LO5', 'accept');
    decideOn(sam, 'LO5', 'reject');
    await push(rita.env());
    expect(await pull(sam.env())).toMatchObject({ conflicts: 0 });
    await push(sam.env());
    for (const member of [ana, rita]) expect(await pull(member.env())).toMatchObject({ conflicts: 0 });
    for (const member of [ana, rita, sam]) {
      // Two agreeing decisions settle LO4 as if made on one machine; LO5 waits for adjudication.
      expect([mapping(member, 'LO4').status, mapping(member, 'LO5').status], member.name).toEqual(['accepted', 'proposed']);
      expect(visibleDecisions(member.project.db, mapping(member, 'LO4').id).decisions.map((d) => d.round)).toEqual([1, 2]);
    }
    const adjudication = reviewQueue(ana.project.db, { reviewerId: reviewer(ana).id, mode: 'adjudication' }).items;
    expect(adjudication.map((i) => i.sourceKey).sort()).toEqual(['LO2', 'LO5']);
  });
});
