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
  /** In the Electron shell: what projects.open takes for this entry (the page never sends a path of its own). */
  handle?: string;
}

/** A project file in the data folder's projects directory: what a served client lists and opens by name. */
export interface ProjectFileEntry {
  /** The file name ("data-literacy.crosswalk"): what projects.open and projects.saveAs take as `name`. */
  name: string;
  /** The title the project had when last opened here, when known. */
  title: string | null;
  bytes: number;
  /** ISO time of the file's last change. */
  modified: string;
}
