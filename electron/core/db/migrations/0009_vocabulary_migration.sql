-- Moving a project's mappings to a newer version of a vocabulary (ESCO v1.1.0 → v1.1.1).
-- One row per move the user started; the mappings whose target is unchanged were moved by the
-- change batch `moved_batch`, the others wait in migration_queue until the user decides.
CREATE TABLE vocabulary_migrations (
  id INTEGER PRIMARY KEY,
  to_vocabulary TEXT NOT NULL,
  -- JSON array of the older versions whose mappings move (usually one).
  from_vocabularies TEXT NOT NULL CHECK (json_valid(from_vocabularies)),
  started TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  -- The change batch that moved the unaffected mappings (empty when there were none).
  moved_batch TEXT NOT NULL DEFAULT '',
  moved INTEGER NOT NULL DEFAULT 0
) STRICT;

-- One affected mapping: why (reasons, JSON array of change kinds) and what could replace its target
-- (suggestions, JSON array). A row is resolved while its resolution batch is done; undoing that
-- batch (Ctrl+Z) opens the row again, redoing it closes it again, so the queue follows undo/redo.
CREATE TABLE migration_queue (
  id INTEGER PRIMARY KEY,
  migration_id INTEGER NOT NULL REFERENCES vocabulary_migrations (id) ON DELETE CASCADE,
  -- Not a foreign key: the mapping may be deleted and restored by undo under the same id.
  mapping_id INTEGER NOT NULL,
  source_item_id INTEGER NOT NULL,
  -- The source item as it was when queued (shown in the queue and the CLI).
  source_key TEXT NOT NULL DEFAULT '',
  source_text TEXT NOT NULL DEFAULT '',
  relation TEXT,
  from_vocabulary TEXT NOT NULL,
  old_target TEXT NOT NULL,
  old_label TEXT NOT NULL DEFAULT '',
  -- The target's preferred label in the newer version (null when it is gone).
  new_label TEXT,
  reasons TEXT NOT NULL CHECK (json_valid(reasons) AND json_array_length(reasons) > 0),
  replacement TEXT CHECK (replacement IS NULL OR replacement IN ('one-to-one', 'split', 'merged')),
  suggestions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(suggestions)),
  resolution TEXT CHECK (resolution IS NULL OR resolution IN ('replace', 'keep', 'no-equivalent')),
  resolution_target TEXT,
  resolution_batch TEXT,
  UNIQUE (migration_id, mapping_id)
) STRICT;

CREATE INDEX migration_queue_migration ON migration_queue (migration_id, id);
CREATE INDEX migration_queue_batch ON migration_queue (resolution_batch);

CREATE TRIGGER vocabulary_migrations_revision_insert AFTER INSERT ON vocabulary_migrations BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER vocabulary_migrations_revision_update AFTER UPDATE ON vocabulary_migrations BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER vocabulary_migrations_revision_delete AFTER DELETE ON vocabulary_migrations BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
