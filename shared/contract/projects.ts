import { z } from 'zod';
import type { ProjectFileEntry, ProjectInfo, RecentProject } from '../domain/project.js';
import { serverPath } from '../domain/files.js';
import { method } from './method.js';
import { webUrlSetting } from './setting-urls.js';

const MetadataFields = z.object({
  title: z.string().trim().min(1, 'A project needs a title').max(300),
  description: z.string().max(20_000),
  creator: z.string().max(300),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as "en" or "de-AT"'),
});

/** A project file in the data folder's projects directory, by its name from `list` (no path). */
const ProjectFileName = z.string().min(1).max(255);

/** A URL setting of the project that may stay empty (then the documented default applies). */
const optionalWebUrl = z.union([z.literal(''), webUrlSetting]);

/** Settings stored in the project file, so every copy of the project exports alike. */
export const ProjectSettingsSchema = z.object({
  /** Base for minted URIs (sources without URIs, the mapping set); empty: the person's default URI base. */
  uriBase: optionalWebUrl,
  /** Licence URL of exported mapping sets. */
  license: optionalWebUrl,
  /** URI of the mapping set (SSSOM mapping_set_id, JSKOS concordance uri); empty: minted under the URI base. */
  mappingSetId: optionalWebUrl,
  /** Title of exported mapping sets; empty: the project title. */
  mappingSetTitle: z.string().max(300),
  /** Status the workbench gives a mapping the person makes. */
  defaultStatus: z.enum(['proposed', 'accepted', 'unsure']),
});
export type ProjectSettings = z.infer<typeof ProjectSettingsSchema>;

export const projectsContract = {
  /**
   * Creates a project file; without a path it goes into the projects directory, named after the
   * title (a served client gives no path: its projects live in the data folder).
   */
  create: method(MetadataFields.partial().required({ title: true }).extend({ path: serverPath().optional() })).writes<ProjectInfo>([
    'projects',
  ]),
  /** By path (Electron's dialogs, the CLI) or by name in the data folder (a served client, which may not give paths). */
  open: method(z.union([z.object({ path: serverPath() }), z.object({ name: ProjectFileName })])).writes<ProjectInfo>(['projects']),
  /** The project files in the data folder's projects directory, newest first. */
  list: method(z.object({})).reads<ProjectFileEntry[]>(),
  /** The open project, or null. */
  current: method(z.object({})).reads<ProjectInfo | null>(),
  close: method(z.object({})).writes<null>(['projects']),
  /** Writes a consistent copy to a new path and continues working in the copy. */
  saveAs: method(
    z.union([
      z.object({ path: serverPath(), overwrite: z.boolean().optional() }),
      z.object({ name: ProjectFileName, overwrite: z.boolean().optional() }),
    ]),
  ).writes<ProjectInfo>(['projects']),
  updateMetadata: method(MetadataFields.partial()).writes<ProjectInfo>(['projects']),
  /** The open project's own settings (URI base, licence, mapping set, default status). */
  settingsGet: method(z.object({})).reads<ProjectSettings>(),
  settingsUpdate: method(ProjectSettingsSchema.partial()).writes<ProjectSettings>(['projects']),
  recent: method(z.object({})).reads<RecentProject[]>(),
  forgetRecent: method(z.object({ path: z.string() })).writes<RecentProject[]>(['projects']),
};
