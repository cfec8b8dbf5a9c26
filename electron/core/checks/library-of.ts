import type { AppContext } from '../context.js';
import type { ConceptLookup } from './concept-lookup.js';

/** The vocabulary library as the checks see it; null when it cannot be opened (checks degrade). */
export function libraryOf(ctx: AppContext): ConceptLookup | null {
  try {
    return (ctx as { library?: ConceptLookup }).library ?? null;
  } catch {
    return null;
  }
}
