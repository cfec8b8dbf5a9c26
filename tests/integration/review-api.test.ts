import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addItems, addScheme, ESCO, skill } from '../../electron/core/mappings/testing.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

let app: TestApp;
let mappingIds: number[];

beforeEach(async () => {
  app = createTestApp();
  await app.api.app.settingsUpdate({ userName: 'Ann', orcid: '0000-0002-1825-0097' });
  await app.api.projects.create({ title: 'Review' });
  const db = app.ctx.projects.require().db;
  const items = addItems(db, addScheme(db), [
    { key: 'LO1', text: 'Analyse data' },
    { key: 'LO2', text: 'Explain GDPR' },
  ]);
  const created = await app.api.mappings.create({
    mappings: [
      { sourceItemId: items[0]!, target: { uri: skill(1), label: 's1', vocabularyId: ESCO }, relation: 'exactMatch' },
      { sourceItemId: items[1]!, target: { uri: skill(2), label: 's2', vocabularyId: ESCO }, relation: 'exactMatch' },
      { sourceItemId: items[1]!, target: { uri: skill(2), label: 's2', vocabularyId: ESCO }, relation: 'broadMatch' },
    ],
  });
  mappingIds = created.mappings.map((m) => m.id);
});
afterEach(() => app.cleanup());

describe('review API', () => {
  it('runs a blind double review with adjudication, kappa and a CSV report', async () => {
    // Each reviewer is the person in Settings at the time: the API records no decision in another's name.
    const as = async (userName: string, orcid = '') => {
      await app.api.app.settingsUpdate({ userName, orcid });
      return app.api.review.me({});
    };
    const me = await app.api.review.me({});
    expect(me).toMatchObject({ name: 'Ann', orcid: '0000-0002-1825-0097' });
    const bob = await as('Bob');
    await as('Ann', '0000-0002-1825-0097');
    await app.api.review.settingsSet({ doubleReview: true });
    for (const [i, decision] of (['accept', 'accept', 'reject'] as const).entries()) {
      await app.api.review.decide({ reviewerId: me.id, mappingId: mappingIds[i]!, decision });
    }
    await expect(app.api.review.decide({ reviewerId: bob.id, mappingId: mappingIds[0]!, decision: 'accept' })).rejects.toThrow(
      /not for "Bob"/,
    );
    await as('Bob');
    const blind = await app.api.review.queue({ reviewerId: bob.id });
    expect(blind.items.map((i) => i.decisions)).toEqual([[], [], []]);
    for (const [i, decision] of (['accept', 'reject', 'reject'] as const).entries()) {
      await app.api.review.decide({ reviewerId: bob.id, mappingId: mappingIds[i]!, decision, comment: 'second' });
    }
    await as('Ann', '0000-0002-1825-0097');
    expect((await app.api.review.queue({ reviewerId: me.id, mode: 'adjudication' })).total).toBe(0);
    await expect(app.api.review.adjudicate({ reviewerId: me.id, mappingId: mappingIds[1]!, decision: 'accept' })).rejects.toThrow(
      'Ann made one of the two decisions on this mapping, so another reviewer must adjudicate it.',
    );
    const cleo = await as('Cleo');
    const disputes = await app.api.review.queue({ reviewerId: cleo.id, mode: 'adjudication' });
    expect(disputes.total).toBe(1);
    await app.api.review.adjudicate({ reviewerId: cleo.id, mappingId: mappingIds[1]!, decision: 'accept' });
    const [pair] = await app.api.review.agreement({});
    expect(pair!.kappa).toBeCloseTo(0.4, 10);
    const out = path.join(app.dir, 'report.csv');
    const written = await app.api.review.reportCsv({ output: { path: out } });
    expect(written.bytes).toBeGreaterThan(0);
    const csv = fs.readFileSync(out, 'utf8');
    expect(csv).toContain('Ann,Bob,3,2,0.6667,0.4444,0.4000');
    expect(csv.split('\r\n')[2]).toContain('Ann,0000-0002-1825-0097,accept,');
    expect(csv.split('\r\n')[2]).toContain('disagree,Cleo,,accept');
  });

  it('lists live problems, switches rules per project, and reports coverage', async () => {
    const problems = await app.api.review.problems({});
    expect(problems.counts['exact-with-other-relation']).toBe(1);
    expect(problems.problems[0]).toMatchObject({
      rule: 'exact-with-other-relation',
      severity: 'error',
      source: 'LO2',
      targets: [skill(2)],
    });
    const rules = await app.api.review.rulesSet({ rules: { 'exact-with-other-relation': false } });
    expect(rules.find((r) => r.id === 'exact-with-other-relation')?.enabled).toBe(false);
    expect((await app.api.review.problems({ severities: ['error'] })).total).toBe(0);
    const coverage = await app.api.review.coverage({});
    expect(coverage.total).toMatchObject({ items: 2, mapped: 0, proposed: 2 });
  });
});
