import { z } from 'zod';
import type { ProjectInfo, RecentProject } from '../domain/project.js';
import { method } from './method.js';

const MetadataFields = z.object({
  title: z.string().trim().min(1, 'A project needs a title').max(300),
  description: z.string().max(20_000),
  creator: z.string().max(300),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as "en" or "de-AT"'),
});

export const projectsContract = {
  /** Creates a project file; without a path it goes into the projects directory, named after the title. */
  create: method(
    MetadataFields.partial()
      .required({ title: true })
      .extend({ path: z.string().min(1).optional() }),
  ).writes<ProjectInfo>(['projects']),
  open: method(z.object({ path: z.string().min(1) })).writes<ProjectInfo>(['projects']),
  /** The open project, or null. */
  current: method(z.object({})).reads<ProjectInfo | null>(),
  close: method(z.object({})).writes<null>(['projects']),
  /** Writes a consistent copy to a new path and continues working in the copy. */
  saveAs: method(z.object({ path: z.string().min(1), overwrite: z.boolean().optional() })).writes<ProjectInfo>(['projects']),
  updateMetadata: method(MetadataFields.partial()).writes<ProjectInfo>(['projects']),
  recent: method(z.object({})).reads<RecentProject[]>(),
  forgetRecent: method(z.object({ path: z.string() })).writes<RecentProject[]>(['projects']),
};
