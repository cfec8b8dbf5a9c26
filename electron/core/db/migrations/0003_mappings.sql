-- Mappings from source items to target concepts, negative statements, and the change history.
CREATE TABLE mappings (
  id INTEGER PRIMARY KEY,
  -- Hash of source item, kind, target and relation: the same statement is stored once.
  content_id TEXT NOT NULL UNIQUE,
  source_item_id INTEGER NOT NULL REFERENCES source_items (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('match', 'no-match', 'must-not-map')),
  target_uri TEXT,
  target_label TEXT NOT NULL DEFAULT '',
  target_vocabulary TEXT,
  relation TEXT CHECK (relation IS NULL OR relation IN ('exactMatch', 'closeMatch', 'broadMatch', 'narrowMatch', 'relatedMatch')),
  status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'unsure')),
  justification TEXT NOT NULL CHECK (justification IN ('manual-curation', 'accepted-suggestion', 'imported')),
  score REAL,
  confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
  comment TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  CHECK ((kind = 'match' AND target_uri IS NOT NULL AND relation IS NOT NULL)
      OR (kind = 'no-match' AND target_uri IS NULL AND relation IS NULL AND target_vocabulary IS NOT NULL)
      OR (kind = 'must-not-map' AND target_uri IS NOT NULL AND relation IS NULL))
) STRICT;

CREATE INDEX mappings_source_item ON mappings (source_item_id);
CREATE INDEX mappings_target ON mappings (target_uri);
CREATE INDEX mappings_status ON mappings (status);

-- Every change to a mapping: who, when, and the row before and after (JSON; null for create/delete).
CREATE TABLE mapping_history (
  id INTEGER PRIMARY KEY,
  mapping_id INTEGER NOT NULL,
  content_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  author TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  -- Changes made by one user action (a bulk accept, an undo) share a batch id.
  batch TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX mapping_history_mapping ON mapping_history (mapping_id);
CREATE INDEX mapping_history_at ON mapping_history (at);

-- One row per change batch: the undo / redo stack, kept in the project so it survives a restart.
-- A user action is an 'edit' batch (state done / undone; a new edit discards the undone ones).
-- Undo and redo write 'undo' / 'redo' batches into the history (reverts = the batch they replay).
CREATE TABLE mapping_batches (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo')),
  label TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  reverts TEXT,
  state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'discarded', 'applied'))
) STRICT;

CREATE INDEX mapping_batches_state ON mapping_batches (kind, state);
CREATE INDEX mapping_history_batch ON mapping_history (batch);
