import type Database from 'better-sqlite3';
import type { SourceScheme } from '../../../../shared/domain/source.js';
import { badInput } from '../../errors.js';
import { mintSchemeUri } from '../../exchange/common.js';
import { findScheme, findSchemeByTitle, findSchemeByUri, listSchemesWithoutUri } from './schemes.js';

/** What an import says about its scheme. */
export type ImportedScheme = Pick<SourceScheme, 'title'> & { uri?: string | null };

export interface MatchOptions {
  /** The scheme the user chose to import into; unknown ids are an input error. */
  schemeId?: number;
  /** The base exports mint scheme URIs under; without it an unnamed scheme is found by title only. */
  uriBase?: string;
}

/**
 * The scheme an import merges into, for source imports and mapping-table imports alike: the one
 * chosen, else the one with the same URI, else a scheme without a URI that exports name with this
 * URI (minted from its title), else the oldest one with the same title. Null: create a new one.
 */
export function findMergeTarget(db: Database.Database, imported: ImportedScheme, options: MatchOptions = {}): SourceScheme | null {
  if (options.schemeId !== undefined) {
    const chosen = findScheme(db, options.schemeId);
    if (!chosen) throw badInput(`no source scheme ${options.schemeId} in this project`, { field: 'schemeId' });
    return chosen;
  }
  if (imported.uri) {
    const sameUri = findSchemeByUri(db, imported.uri);
    if (sameUri) return sameUri;
    const { uriBase } = options;
    const minted =
      uriBase === undefined ? undefined : listSchemesWithoutUri(db).find((s) => mintSchemeUri(uriBase, s.title) === imported.uri);
    if (minted) return minted;
  }
  return findSchemeByTitle(db, imported.title) ?? null;
}
