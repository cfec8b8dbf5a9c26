import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The reference data folder (../shared/data beside the repository in CI), or the folder named by
 * CROSSWALK_SHARED_DATA. Never copied into the project.
 */
export function sharedDataDir(): string | null {
  const candidates = [process.env.CROSSWALK_SHARED_DATA, path.resolve(projectRoot, '../shared/data')].filter(Boolean) as string[];
  return candidates.find((dir) => fs.existsSync(dir)) ?? null;
}

const reported = new Set<string>();

/**
 * The path of a reference file, or null — after printing why the tests that need it are skipped.
 * Use with `describe.skipIf(!file)`.
 */
export function sharedFile(relative: string): string | null {
  const dir = sharedDataDir();
  const file = dir ? path.join(dir, relative) : null;
  if (file && fs.existsSync(file)) return file;
  if (!reported.has(relative)) {
    reported.add(relative);
    console.warn(
      `SKIPPED: tests needing ${relative} — not found ${dir ? `in ${dir}` : '(no ../shared/data and CROSSWALK_SHARED_DATA is not set)'}`,
    );
  }
  return null;
}

export const ESCO_V111_EN = 'esco/v1.1.1/ESCO dataset - v1.1.1 - classification - en - csv.zip';
export const ESCO_V111_RELATIONS = 'esco/v1.1.1/ESCO dataset - v1.1.1 - classification -  - csv.zip';
export const ESCO_V110_EN = 'esco/v1.1.0/ESCO dataset - v1.1.0 - classification - en - csv.zip';
export const ESCO_V110_RELATIONS = 'esco/v1.1.0/ESCO dataset - v1.1.0 - classification -  - csv.zip';
export const ISCED_F_SNB = 'vocabularies/isced-f-2013.snb.ttl';

export { projectRoot };
