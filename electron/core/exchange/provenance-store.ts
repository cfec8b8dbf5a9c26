import type Database from 'better-sqlite3';
import { TABLE_LAYOUTS, type TableProvenance } from '../../../shared/domain/correspondence.js';

/** The owner of table_provenance: what a published table said about itself, per source scheme. */

/** Keeps (or replaces) the provenance of the table a scheme was imported from. */
export function saveProvenance(db: Database.Database, schemeId: number, provenance: TableProvenance, file: string, at: string): void {
  const { layout, ...metadata } = provenance;
  db.prepare(
    `INSERT INTO table_provenance (scheme_id, layout, metadata, file, imported) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (scheme_id) DO UPDATE SET layout = excluded.layout, metadata = excluded.metadata, file = excluded.file, imported = excluded.imported`,
  ).run(schemeId, layout, JSON.stringify(metadata), file, at);
}

export function readProvenance(db: Database.Database, schemeId: number): TableProvenance | undefined {
  const row = db.prepare('SELECT layout, metadata FROM table_provenance WHERE scheme_id = ?').get(schemeId) as
    { layout: string; metadata: string } | undefined;
  if (!row || !(TABLE_LAYOUTS as readonly string[]).includes(row.layout)) return undefined;
  return { ...(JSON.parse(row.metadata) as Omit<TableProvenance, 'layout'>), layout: row.layout as TableProvenance['layout'] };
}
