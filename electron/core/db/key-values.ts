import type Database from 'better-sqlite3';

/**
 * The project's key/value table. Migration 0005 named it review_settings when it held the review
 * switches only; project settings live there too under "project." keys. Its one owner.
 */
export function readKeyValue(db: Database.Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM review_settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function readKeyValues(db: Database.Database, prefix: string): { key: string; value: string }[] {
  return db.prepare('SELECT key, value FROM review_settings WHERE substr(key, 1, length(?)) = ? ORDER BY key').all(prefix, prefix) as {
    key: string;
    value: string;
  }[];
}

export function writeKeyValue(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO review_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}
