import type { AppContext } from '../context.js';
import { currentAuthor } from '../mappings/author.js';
import type { ExchangeEnv } from './exchange-service.js';
import { ImportStaging } from './exchange-service.js';
import type { LibraryView } from './project-table.js';

/** The library when it can be opened; exports and imports degrade without it (no descriptions, no ISCO check). */
function libraryView(ctx: AppContext): LibraryView | null {
  try {
    return ctx.library;
  } catch {
    return null;
  }
}

export function exchangeEnv(ctx: AppContext): ExchangeEnv {
  const settings = ctx.settings.settings;
  return { workersDir: ctx.workers ?? undefined, uriBase: settings.uriBase, user: { name: currentAuthor(ctx), orcid: settings.orcid }, library: libraryView(ctx) };
}

/** Mapping-table imports of one app instance, previews kept in the context's tablePreviews. */
export function importStaging(ctx: AppContext): ImportStaging {
  return new ImportStaging(ctx.tablePreviews);
}
