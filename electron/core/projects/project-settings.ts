import type Database from 'better-sqlite3';
import { ProjectSettingsSchema, type ProjectSettings } from '../../../shared/contract/projects.js';
import { readKeyValues, writeKeyValue } from '../db/key-values.js';
import { writeTransaction } from '../db/write-transaction.js';

/** CC BY 4.0: what exports state when the project names no licence of its own. */
export const DEFAULT_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export const DEFAULT_PROJECT_SETTINGS: ProjectSettings = {
  uriBase: '',
  license: DEFAULT_LICENSE,
  mappingSetId: '',
  mappingSetTitle: '',
  defaultStatus: 'accepted',
};

/**
 * The project's key/value table (db/key-values.ts) also holds these settings under "project." keys: they belong in the file, so a
 * copy of the project exports alike, and need no schema change.
 */
const KEY_PREFIX = 'project.';

export function projectSettings(db: Database.Database): ProjectSettings {
  const rows = readKeyValues(db, KEY_PREFIX);
  const settings = { ...DEFAULT_PROJECT_SETTINGS };
  for (const { key, value } of rows) {
    const field = key.slice(KEY_PREFIX.length) as keyof ProjectSettings;
    if (!(field in settings)) continue;
    // A value the schema refuses (written by hand, or by an older rule) falls back to its default alone.
    const parsed = ProjectSettingsSchema.shape[field].safeParse(value);
    if (parsed.success) (settings as Record<string, string>)[field] = parsed.data;
  }
  return settings;
}

export function updateProjectSettings(db: Database.Database, patch: Partial<ProjectSettings>): ProjectSettings {
  const next = ProjectSettingsSchema.parse({ ...projectSettings(db), ...patch });
  writeTransaction(db, () => {
    for (const field of Object.keys(patch) as (keyof ProjectSettings)[]) writeKeyValue(db, KEY_PREFIX + field, next[field]);
  });
  return projectSettings(db);
}

/** The URI base minted URIs use: the project's own, else the person's default. */
export function effectiveUriBase(project: ProjectSettings, personDefault: string): string {
  return project.uriBase || personDefault;
}
