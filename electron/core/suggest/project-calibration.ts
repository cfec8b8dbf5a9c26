import type { Database } from 'better-sqlite3';
import { decidedSuggestionScores } from '../mappings/decided-scores.js';

/** A suggestion the project decided on: the score shown when it was decided, and the outcome. */
export interface DecidedScore {
  score: number;
  accepted: boolean;
}

/** Accepted suggestions and rejected ones, with the score they were shown with. */
export function readDecidedScores(db: Database): DecidedScore[] {
  return decidedSuggestionScores(db).map((r) => ({ score: r.score, accepted: r.status === 'accepted' }));
}

/** Below this many decided suggestions the gold-fitted estimate is used as it is. */
export const MIN_DECIDED = 20;
/** Weight of the fitted estimate as a Beta prior, in pseudo-decisions per score bin. */
export const PRIOR_STRENGTH = 10;
const BINS = 10;

/**
 * The project's own acceptance rate per score bin refines the fitted estimate: in each bin the
 * fitted probability p is a Beta(k·p, k·(1−p)) prior, updated with that bin's accept / reject
 * counts. A project whose experts accept more (or less) than the gold sets did moves its scores.
 */
export class ProjectCalibration {
  private readonly accepted = new Array<number>(BINS).fill(0);
  private readonly rejected = new Array<number>(BINS).fill(0);
  readonly decided: number;

  constructor(
    decided: readonly DecidedScore[],
    private readonly options: { minDecided?: number; priorStrength?: number } = {},
  ) {
    for (const d of decided) {
      const bin = binOf(d.score);
      if (d.accepted) this.accepted[bin]!++;
      else this.rejected[bin]!++;
    }
    this.decided = decided.length;
  }

  get active(): boolean {
    return this.decided >= (this.options.minDecided ?? MIN_DECIDED);
  }

  /** The posterior mean for a candidate whose fitted estimate is p (p itself while too few decisions). */
  refine(p: number): number {
    if (!this.active) return p;
    const bin = binOf(p);
    const k = this.options.priorStrength ?? PRIOR_STRENGTH;
    const a = this.accepted[bin]!;
    const r = this.rejected[bin]!;
    return (k * p + a) / (k + a + r);
  }
}

function binOf(p: number): number {
  return Math.min(BINS - 1, Math.max(0, Math.floor(p * BINS)));
}
