import type { AppContext } from '../context.js';
import { currentPerson } from '../mappings/author.js';
import { effectiveUriBase, projectSettings } from '../projects/project-settings.js';
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
  const open = ctx.projects.current();
  const project = open ? projectSettings(open.db) : null;
  const person = currentPerson(ctx);
  return {
    workersDir: ctx.workers ?? undefined,
    uriBase: project ? effectiveUriBase(project, settings.uriBase) : settings.uriBase,
    // Exports name the person from the settings (possibly nobody); they never fall back to the OS account.
    user: { name: person.name, orcid: person.orcid },
    library: libraryView(ctx),
    ...(project ? { license: project.license, mappingSet: { id: project.mappingSetId, title: project.mappingSetTitle } } : {}),
  };
}

/** Mapping-table imports of one app instance, previews kept in the context's tablePreviews. */
export function importStaging(ctx: AppContext): ImportStaging {
  return new ImportStaging(ctx.tablePreviews);
}
