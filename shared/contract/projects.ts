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
  ).returns<ProjectInfo>(),
  open: method(z.object({ path: z.string().min(1) })).returns<ProjectInfo>(),
  /** The open project, or null. */
  current: method(z.object({})).returns<ProjectInfo | null>(),
  close: method(z.object({})).returns<null>(),
  /** Writes a consistent copy to a new path and continues working in the copy. */
  saveAs: method(z.object({ path: z.string().min(1), overwrite: z.boolean().optional() })).returns<ProjectInfo>(),
  updateMetadata: method(MetadataFields.partial()).returns<ProjectInfo>(),
  recent: method(z.object({})).returns<RecentProject[]>(),
  forgetRecent: method(z.object({ path: z.string() })).returns<RecentProject[]>(),
};
