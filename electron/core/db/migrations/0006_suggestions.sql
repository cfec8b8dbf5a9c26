-- Batch suggestion runs and their proposals: candidates for review, kept apart from the decided
-- mappings (table mappings). Re-running a scheme replaces the proposals of the items it covers.
CREATE TABLE suggestion_runs (
  id INTEGER PRIMARY KEY,
  scheme_id INTEGER NOT NULL REFERENCES source_schemes (id) ON DELETE CASCADE,
  filters TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filters)),
  top INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('running', 'succeeded', 'failed', 'cancelled')),
  items INTEGER NOT NULL DEFAULT 0,
  started TEXT NOT NULL,
  finished TEXT
) STRICT;

CREATE TABLE suggestion_proposals (
  run_id INTEGER NOT NULL REFERENCES suggestion_runs (id) ON DELETE CASCADE,
  source_item_id INTEGER NOT NULL REFERENCES source_items (id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  target_uri TEXT NOT NULL,
  target_label TEXT NOT NULL,
  target_vocabulary TEXT NOT NULL,
  target_type TEXT NOT NULL,
  score REAL NOT NULL,
  from_decisions INTEGER NOT NULL DEFAULT 0 CHECK (from_decisions IN (0, 1)),
  -- The "why" of the suggestion (matched labels, terms, highlight ranges) as JSON.
  why TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(why)),
  PRIMARY KEY (source_item_id, rank)
) STRICT;

CREATE INDEX suggestion_proposals_run ON suggestion_proposals (run_id);
CREATE INDEX suggestion_proposals_target ON suggestion_proposals (target_uri);
