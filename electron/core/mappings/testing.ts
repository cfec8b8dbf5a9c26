import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createProjectFile, openProject, type Project } from '../projects/project-service.js';

/**
 * Test fixtures for the mapping, review and check tests: a real project file in a temp dir and
 * source schemes / items written straight into their tables (the sources domain owns the import).
 */
export function tempProject(): { project: Project; file: string; dir: string; reopen(): Project; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-mappings-'));
  const file = path.join(dir, 'test.crosswalk');
  createProjectFile(file, { title: 'Mapping test' });
  const handle = {
    project: openProject(file),
    file,
    dir,
    reopen() {
      handle.project.close();
      handle.project = openProject(file);
      return handle.project;
    },
    cleanup() {
      handle.project.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return handle;
}

export function addScheme(db: Database.Database, options: { title?: string; uri?: string | null; kind?: 'learning-outcomes' | 'classification' } = {}): number {
  const now = new Date().toISOString();
  const info = db
    .prepare('INSERT INTO source_schemes (uri, title, kind, created, modified) VALUES (?, ?, ?, ?, ?)')
    .run(options.uri ?? null, options.title ?? 'Course catalogue', options.kind ?? 'learning-outcomes', now, now);
  return Number(info.lastInsertRowid);
}

export function addGroup(db: Database.Database, schemeId: number, key: string, title = key): number {
  return Number(db.prepare('INSERT INTO source_groups (scheme_id, key, title) VALUES (?, ?, ?)').run(schemeId, key, title).lastInsertRowid);
}

export interface TestItem {
  key: string;
  text: string;
  uri?: string;
  groupId?: number;
  extra?: Record<string, unknown>;
}

/** Inserts items in one transaction; returns their row ids in order. */
export function addItems(db: Database.Database, schemeId: number, items: readonly TestItem[]): number[] {
  const now = new Date().toISOString();
  const insert = db.prepare(
    'INSERT INTO source_items (scheme_id, key, group_id, text, uri, position, extra, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return db.transaction(() =>
    items.map((item, position) =>
      Number(insert.run(schemeId, item.key, item.groupId ?? null, item.text, item.uri ?? null, position, JSON.stringify(item.extra ?? {}), now, now).lastInsertRowid),
    ),
  )();
}

export const ESCO = 'esco-v1.1.1';
export const skill = (n: number | string) => `http://data.europa.eu/esco/skill/test-${n}`;
