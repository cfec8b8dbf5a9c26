import type { TextRange } from './suggestion.js';

/** One skill statement of a source item's text: data derived from the text, not an item of its own. */
export interface OutcomePart {
  /** The statement as read ("design a relational database"): its pieces joined with spaces. */
  text: string;
  /** The pieces of the item's text it is made of (a shared verb and object are two). */
  spans: TextRange[];
  /** Accepted mappings whose evidence reaches every piece of this part. */
  coveredBy: number[];
}

/** Which parts of an outcome the accepted mappings cover ("coverage of the outcome"). */
export interface OutcomeCoverage {
  sourceItemId: number;
  text: string;
  parts: OutcomePart[];
  /** Parts with at least one accepted mapping. */
  covered: number;
  /**
   * Accepted matches without evidence (added by search or imported) on an outcome of several parts:
   * they cannot be tied to a part, so they cover none. On a one-part outcome they cover it.
   */
  untied: number[];
}
