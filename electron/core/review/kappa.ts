import type { PairAgreement, ReviewDecision } from '../../../shared/domain/review.js';

export const CATEGORIES: readonly ReviewDecision[] = ['accept', 'reject', 'unsure'];

/** The numbers of a pair's agreement (table rows: rater A's category, columns: rater B's, in CATEGORIES order). */
export type KappaResult = Omit<PairAgreement, 'reviewerA' | 'reviewerB'>;

/**
 * Cohen's kappa for two raters over the same items: κ = (p_o − p_e) / (1 − p_e), where p_o is the
 * share of items they agree on and p_e the agreement expected from each rater's own category
 * frequencies. Null when undefined (no items, or both always gave one and the same answer).
 */
export function cohenKappa(pairs: readonly (readonly [ReviewDecision, ReviewDecision])[]): KappaResult {
  const table = CATEGORIES.map(() => CATEGORIES.map(() => 0));
  for (const [a, b] of pairs) table[CATEGORIES.indexOf(a)]![CATEGORIES.indexOf(b)]!++;
  const n = pairs.length;
  const agreed = CATEGORIES.reduce((sum, _, i) => sum + table[i]![i]!, 0);
  if (n === 0) return { n, agreed, observed: 0, expected: 0, kappa: null, table };
  const observed = agreed / n;
  let expected = 0;
  for (let i = 0; i < CATEGORIES.length; i++) {
    const rowTotal = table[i]!.reduce((s, v) => s + v, 0);
    const colTotal = table.reduce((s, row) => s + row[i]!, 0);
    expected += (rowTotal / n) * (colTotal / n);
  }
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { n, agreed, observed, expected, kappa, table };
}
