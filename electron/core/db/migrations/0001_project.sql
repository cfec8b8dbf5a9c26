-- Project metadata: exactly one row.
CREATE TABLE project (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  description TEXT NOT NULL DEFAULT '',
  creator TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'en',
  created TEXT NOT NULL,
  modified TEXT NOT NULL
) STRICT;
