import m0001 from './migrations/0001_project.sql?raw';
import m0002 from './migrations/0002_sources.sql?raw';
import m0003 from './migrations/0003_mappings.sql?raw';
import m0004 from './migrations/0004_source_order.sql?raw';
import m0005 from './migrations/0005_review.sql?raw';
import m0006 from './migrations/0006_suggestions.sql?raw';
import m0007 from './migrations/0007_table_provenance.sql?raw';
import m0008 from './migrations/0008_project_revision.sql?raw';
import m0009 from './migrations/0009_vocabulary_migration.sql?raw';
import m0010 from './migrations/0010_team_remotes.sql?raw';
import m0011 from './migrations/0011_mapping_evidence.sql?raw';
import m0012 from './migrations/0012_proposal_relation.sql?raw';
import m0013 from './migrations/0013_proposal_spans.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Every schema version, in order. A shipped migration is never edited: the runner compares each
 * applied migration's hash and refuses a project whose recorded hash differs.
 * Add a new file `NNNN_name.sql` and one line here.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_project', sql: m0001 },
  { version: 2, name: '0002_sources', sql: m0002 },
  { version: 3, name: '0003_mappings', sql: m0003 },
  { version: 4, name: '0004_source_order', sql: m0004 },
  { version: 5, name: '0005_review', sql: m0005 },
  { version: 6, name: '0006_suggestions', sql: m0006 },
  { version: 7, name: '0007_table_provenance', sql: m0007 },
  { version: 8, name: '0008_project_revision', sql: m0008 },
  { version: 9, name: '0009_vocabulary_migration', sql: m0009 },
  { version: 10, name: '0010_team_remotes', sql: m0010 },
  { version: 11, name: '0011_mapping_evidence', sql: m0011 },
  { version: 12, name: '0012_proposal_relation', sql: m0012 },
  { version: 13, name: '0013_proposal_spans', sql: m0013 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
