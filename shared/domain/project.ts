export const PROJECT_FILE_EXTENSION = '.crosswalk';

export interface ProjectMetadata {
  title: string;
  description: string;
  creator: string;
  /** BCP 47 language tag of the project's own texts, e.g. "en". */
  language: string;
  created: string;
  modified: string;
}

export interface ProjectInfo {
  path: string;
  metadata: ProjectMetadata;
  schemaVersion: number;
}

export interface RecentProject {
  path: string;
  title: string;
  openedAt: string;
  exists: boolean;
}
