import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Imports write into `.staging-*` folders and replaced or removed vocabularies pass through
 * `.trash-<id>-<ms>` folders inside the library; a crash leaves them behind. When the library is
 * opened they are removed when clearly abandoned:
 * - a staging folder whose owner record (OWNER_FILE: pid + host) names a process on this host
 *   that no longer runs, or
 * - any such folder older than LEFTOVER_AGE_MS (age from the owner record, the trash name's
 *   timestamp, or else the folder's mtime) — no import runs that long, so another process (the CLI
 *   beside the app) cannot still be using it.
 * Nothing else in the library is touched.
 */
export const LEFTOVER_AGE_MS = 60 * 60 * 1000;
export const STAGING_PREFIX = '.staging-';
export const TRASH_PREFIX = '.trash-';
export const OWNER_FILE = '.owner.json';

interface OwnerRecord {
  pid: number;
  host: string;
  startedAt: number;
}

/** Marks a staging folder as this process's, so another process can tell whether it is abandoned. */
export function writeOwnerRecord(stagingDir: string): void {
  const record: OwnerRecord = { pid: process.pid, host: os.hostname(), startedAt: Date.now() };
  fs.writeFileSync(path.join(stagingDir, OWNER_FILE), JSON.stringify(record));
}

/** Removes abandoned staging and trash folders; returns the names removed. */
export function removeLeftovers(libraryDir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(libraryDir, { withFileTypes: true });
  } catch {
    return removed;
  }
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(libraryDir, entry.name);
    const abandoned = entry.name.startsWith(STAGING_PREFIX)
      ? stagingAbandoned(dir, now)
      : entry.name.startsWith(TRASH_PREFIX) && now - trashTime(dir, entry.name) >= LEFTOVER_AGE_MS;
    if (!abandoned) continue;
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      removed.push(entry.name);
    } catch {
      // Still in use (e.g. a file held open on Windows): try again next time the library opens.
    }
  }
  return removed;
}

function stagingAbandoned(dir: string, now: number): boolean {
  const owner = readOwner(dir);
  if (owner && owner.host === os.hostname() && !processRuns(owner.pid)) return true;
  return now - (owner?.startedAt ?? mtime(dir)) >= LEFTOVER_AGE_MS;
}

function readOwner(dir: string): OwnerRecord | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8')) as Partial<OwnerRecord>;
    if (typeof record.pid === 'number' && typeof record.host === 'string' && typeof record.startedAt === 'number')
      return record as OwnerRecord;
  } catch {
    // No record (crashed before writing it, or an older version): age decides.
  }
  return undefined;
}

/** `.trash-<id>-<ms>`: when it was moved aside; the folder's mtime otherwise. */
function trashTime(dir: string, name: string): number {
  const stamp = /-(\d{13})$/.exec(name)?.[1];
  return stamp ? Number(stamp) : mtime(dir);
}

function mtime(dir: string): number {
  try {
    return fs.statSync(dir).mtimeMs;
  } catch {
    return Date.now();
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
