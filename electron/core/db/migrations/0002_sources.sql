-- Source schemes (learning-outcome catalogues, local classifications), their groups (courses,
-- micro-credentials, modules, broader concepts) and items (learning outcomes, concepts).
CREATE TABLE source_schemes (
  id INTEGER PRIMARY KEY,
  uri TEXT UNIQUE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('learning-outcomes', 'classification')),
  language TEXT NOT NULL DEFAULT 'en',
  origin TEXT CHECK (origin IS NULL OR json_valid(origin)),
  created TEXT NOT NULL,
  modified TEXT NOT NULL
) STRICT;

CREATE TABLE source_groups (
  id INTEGER PRIMARY KEY,
  scheme_id INTEGER NOT NULL REFERENCES source_schemes (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  parent_id INTEGER REFERENCES source_groups (id) ON DELETE SET NULL,
  metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
  UNIQUE (scheme_id, key)
) STRICT;

CREATE TABLE source_items (
  id INTEGER PRIMARY KEY,
  scheme_id INTEGER NOT NULL REFERENCES source_schemes (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  group_id INTEGER REFERENCES source_groups (id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  notation TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'en',
  uri TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'removed')),
  extra TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra)),
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  UNIQUE (scheme_id, key)
) STRICT;

CREATE INDEX source_items_group ON source_items (group_id);
