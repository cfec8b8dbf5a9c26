import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createProjectFile, openProject, type Project } from '../projects/project-service.js';
import { insertGroup } from '../sources/store/groups.js';
import { insertItem } from '../sources/store/item-rows.js';
import { insertScheme } from '../sources/store/schemes.js';

/**
 * Test fixtures for the mapping, review and check tests: a real project file in a temp dir and
 * source schemes / items written through the sources store's plain row writes (no import).
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

export function addScheme(
  db: Database.Database,
  options: { title?: string; uri?: string | null; kind?: 'learning-outcomes' | 'classification' } = {},
): number {
  return insertScheme(db, {
    uri: options.uri ?? null,
    title: options.title ?? 'Course catalogue',
    kind: options.kind ?? 'learning-outcomes',
    language: 'en',
  });
}

export function addGroup(db: Database.Database, schemeId: number, key: string, title = key): number {
  return insertGroup(db, schemeId, { key, title });
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
  return db.transaction(() => items.map((item, position) => insertItem(db, { ...item, schemeId, language: 'en', position }, now)))();
}

export const ESCO = 'esco-v1.1.1';
export const skill = (n: number | string) => `http://data.europa.eu/esco/skill/test-${n}`;
