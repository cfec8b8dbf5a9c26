-- Review (reviewers, decisions in up to two blind rounds, adjudication) and per-project settings
-- of the review workflow and of the check rules.
CREATE TABLE reviewers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  orcid TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL
) STRICT;

CREATE TABLE review_decisions (
  id INTEGER PRIMARY KEY,
  mapping_id INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
  reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
  round INTEGER NOT NULL CHECK (round IN (1, 2)),
  decision TEXT NOT NULL CHECK (decision IN ('accept', 'reject', 'unsure')),
  comment TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  UNIQUE (mapping_id, round),
  UNIQUE (mapping_id, reviewer_id)
) STRICT;

CREATE INDEX review_decisions_reviewer ON review_decisions (reviewer_id);

CREATE TABLE review_adjudications (
  mapping_id INTEGER PRIMARY KEY REFERENCES mappings (id) ON DELETE CASCADE,
  reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
  decision TEXT NOT NULL CHECK (decision IN ('accept', 'reject', 'unsure')),
  comment TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL
) STRICT;

-- Key/value settings of the review workflow (e.g. double_review = 'true').
CREATE TABLE review_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Check rules switched on or off for this project (absent = the rule's default).
CREATE TABLE check_rules (
  rule TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1))
) STRICT;
