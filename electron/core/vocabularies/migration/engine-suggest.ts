import type { AppContext } from '../../context.js';
import { SuggestEngine } from '../../suggest/engine.js';
import type { EngineSuggest } from './migration-suggestions.js';

/**
 * The suggestion engine over one vocabulary version in English (ESCO's base language). The index
 * is loaded (or built) on the first question only, so a migration without gone or deprecated
 * targets never waits for it; a version without English labels suggests nothing.
 */
export function engineFor(ctx: AppContext, vocabularyId: string, top = 5): EngineSuggest {
  let engine: SuggestEngine | null | undefined;
  return (text, type) => {
    if (engine === undefined) {
      const indexes = ctx.suggest.indexes.forLanguage('en', [vocabularyId]);
      engine = indexes.length ? new SuggestEngine(indexes) : null;
    }
    if (!engine) return [];
    return engine
      .search({ text, top, filters: { vocabularyIds: [vocabularyId], ...(type ? { types: [type] } : {}) } })
      .map((c) => ({ uri: c.uri, label: c.label, score: c.score }));
  };
}
