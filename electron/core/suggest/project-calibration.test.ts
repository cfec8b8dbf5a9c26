import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.js';
import { MIGRATIONS } from '../db/migrations.js';
import { MIN_DECIDED, ProjectCalibration, readDecidedScores, type DecidedScore } from './project-calibration.js';

const decided = (score: number, accepted: number, rejected: number): DecidedScore[] => [
  ...Array.from({ length: accepted }, () => ({ score, accepted: true })),
  ...Array.from({ length: rejected }, () => ({ score, accepted: false })),
];

describe("the project's decisions refine calibrated scores", () => {
  it('leaves the fitted estimate alone below the minimum number of decisions', () => {
    const few = new ProjectCalibration(decided(0.65, 0, MIN_DECIDED - 1));
    expect(few.active).toBe(false);
    expect(few.refine(0.65)).toBe(0.65);
  });

  it('moves the estimate down where the experts rejected, up where they accepted, only in that score bin', () => {
    const rejecting = new ProjectCalibration(decided(0.62, 2, 28));
    expect(rejecting.refine(0.65)).toBeLessThan(0.65);
    expect(rejecting.refine(0.65)).toBeGreaterThan(2 / 30); // the prior still counts
    expect(rejecting.refine(0.25)).toBe(0.25); // no decisions in that bin
    const accepting = new ProjectCalibration(decided(0.31, 30, 0));
    expect(accepting.refine(0.35)).toBeGreaterThan(0.35);
    expect(accepting.refine(0.35)).toBeLessThanOrEqual(1);
    // More evidence moves it further.
    expect(new ProjectCalibration(decided(0.31, 300, 0)).refine(0.35)).toBeGreaterThan(accepting.refine(0.35));
  });

  it('reads accepted suggestions and rejections with their shown scores', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    db.prepare(`INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'classification', 'now', 'now')`).run();
    db.prepare(
      `INSERT INTO source_items (id, scheme_id, key, text, language, created, modified) VALUES (1, 1, 'a', 'bake bread', 'en', 'now', 'now')`,
    ).run();
    const mapping = db.prepare(
      `INSERT INTO mappings (content_id, source_item_id, kind, target_uri, relation, status, justification, score, created, modified) VALUES (?, 1, 'match', ?, 'exactMatch', ?, ?, ?, 'now', 'now')`,
    );
    mapping.run('m1', 'http://e/a', 'accepted', 'accepted-suggestion', 0.7);
    mapping.run('m2', 'http://e/b', 'rejected', 'accepted-suggestion', 0.4);
    mapping.run('m3', 'http://e/c', 'accepted', 'manual-curation', null);
    mapping.run('m4', 'http://e/d', 'proposed', 'accepted-suggestion', 0.9);
    expect(readDecidedScores(db).sort((a, b) => a.score - b.score)).toEqual([
      { score: 0.4, accepted: false },
      { score: 0.7, accepted: true },
    ]);
    db.close();
  });
});
