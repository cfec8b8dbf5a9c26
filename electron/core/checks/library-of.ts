import type { AppContext } from '../context.js';
import type { ConceptLookup } from './concept-lookup.js';

/** The vocabulary library as the checks see it; null when it cannot be opened (checks degrade). */
export function libraryOf(ctx: AppContext): ConceptLookup | null {
  try {
    // Opening the library happens on first use and may fail (e.g. an unreadable library folder).
    return ctx.library;
  } catch {
    return null;
  }
}
