import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_FILE_EXTENSION, type ProjectFileEntry, type RecentProject } from '../../../shared/domain/project.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { fileNameForTitle } from './project-service.js';

/**
 * The project files of the data folder's projects directory: what a served client lists, creates,
 * opens and saves as, by name only. Only regular files directly in the folder count; names with
 * separators, `..`, a leading dot or a symlink leading out of the folder are refused.
 */
export function listProjectFiles(dir: string, recent: RecentProject[] = []): ProjectFileEntry[] {
  if (!fs.existsSync(dir)) return [];
  const titles = new Map(recent.map((r) => [path.resolve(r.path), r.title]));
  const entries: ProjectFileEntry[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(PROJECT_FILE_EXTENSION) || entry.name.startsWith('.')) continue;
    const file = path.join(dir, entry.name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) continue;
    entries.push({ name: entry.name, title: titles.get(path.resolve(file)) ?? null, bytes: stat.size, modified: stat.mtime.toISOString() });
  }
  return entries.sort((a, b) => b.modified.localeCompare(a.modified) || a.name.localeCompare(b.name));
}

/** The path of `name` in `dir`, or an invalid-arguments error saying why the name is not one. */
export function projectFileInFolder(dir: string, name: string): string {
  const refuse = (why: string) =>
    new CrosswalkError(ErrorCodes.invalidArguments, `"${printable(name)}" is not a project in the data folder: ${why}.`, { field: 'name' });
  // eslint-disable-next-line no-control-regex -- NUL and other control characters are exactly what is refused
  if (/[/\\\u0000-\u001f]/.test(name) || path.isAbsolute(name) || /^[a-zA-Z]:/.test(name))
    throw refuse('give a file name from the list, not a path');
  if (name.startsWith('.')) throw refuse('names starting with "." are not projects');
  const fileName = name.endsWith(PROJECT_FILE_EXTENSION) ? name : `${name}${PROJECT_FILE_EXTENSION}`;
  if (fileName.length > 255) throw refuse('the name is too long');
  const file = path.join(dir, fileName);
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) {
    const target = fs.realpathSync.native(file);
    if (path.dirname(target) !== fs.realpathSync.native(dir)) throw refuse('it links to a file outside the data folder');
  } else if (stat && !stat.isFile()) {
    throw refuse('it is not a file');
  }
  return file;
}

/** A file name for a new project titled `title` that no file in `dir` has yet ("title.crosswalk", "title-2.crosswalk", …). */
export function freeProjectFileName(dir: string, title: string): string {
  const base = fileNameForTitle(title).slice(0, -PROJECT_FILE_EXTENSION.length);
  for (let n = 1; ; n++) {
    const name = `${n === 1 ? base : `${base}-${n}`}${PROJECT_FILE_EXTENSION}`;
    if (!fs.lstatSync(path.join(dir, name), { throwIfNoEntry: false })) return name;
  }
}

function printable(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are shown escaped, never sent to a terminal or page raw
  return name.slice(0, 100).replace(/[\u0000-\u001f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
