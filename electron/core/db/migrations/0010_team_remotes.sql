-- Teams: SPARQL stores the project's mapping set is shared through. No secrets here: passwords
-- live in the user's credentials (keychain or a 0600 file), never in the project file.
CREATE TABLE team_remotes (
  name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),
  query_endpoint TEXT NOT NULL,
  update_endpoint TEXT NOT NULL,
  graph_store_endpoint TEXT,
  graph TEXT NOT NULL,
  auth TEXT NOT NULL CHECK (auth IN ('none', 'basic', 'digest')),
  user_name TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL,
  -- The last state both sides agreed on (after a successful push or pull): the remote's revision
  -- and its mapping records as JSON, the base of the three-way merge.
  base_revision TEXT,
  base_records TEXT,
  synced_at TEXT
) STRICT;

-- Mappings changed on both sides since the base: kept until the user keeps theirs or mine.
-- remote is a remote's name, or 'merge' for a merge of project files.
CREATE TABLE team_conflicts (
  remote TEXT NOT NULL,
  key TEXT NOT NULL,
  item_key TEXT NOT NULL,
  base TEXT,
  mine TEXT,
  theirs TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (remote, key)
) STRICT;
