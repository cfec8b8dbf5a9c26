import type { CourseMetadata, ImportFormat, ImportProblem, SourceItemExtra, SourceScheme } from '../../../../shared/domain/source.js';

/** A parsed source, independent of its input format: what an import writes into the project. */
export interface SourceBundle {
  format: ImportFormat;
  fileName: string;
  sha256?: string;
  scheme: { title: string; description?: string; kind: SourceScheme['kind']; language: string; uri?: string | null };
  groups: BundleGroup[];
  items: BundleItem[];
  /** Warnings found while parsing (rows refer to item positions, 1-based). */
  problems: ImportProblem[];
}

export interface BundleGroup {
  key: string;
  title: string;
  description?: string;
  parentKey?: string | null;
  metadata: CourseMetadata;
}

export interface BundleItem {
  key: string;
  text: string;
  description?: string;
  notation?: string;
  language?: string;
  uri?: string | null;
  groupKey?: string | null;
  /** Where the item came from, for messages: a table row / line, or the item's position. */
  line?: number;
  /** The key was made by the importer (from the text), not given by the source. */
  generatedKey?: boolean;
  extra?: SourceItemExtra;
}
