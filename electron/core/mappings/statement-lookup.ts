import type Database from 'better-sqlite3';

/** Whether the project already holds a statement with this content id (one prepared query, reused). */
export function statementLookup(db: Database.Database): (contentId: string) => boolean {
  const exists = db.prepare('SELECT 1 FROM mappings WHERE content_id = ?');
  return (contentId) => exists.get(contentId) !== undefined;
}
