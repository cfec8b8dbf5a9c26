-- One project revision, bumped by every write to the project's tables, so the caches of the core
-- (checks, the suggestion decision memory) ask one number whether anything changed instead of
-- fingerprinting tables themselves. Triggers bump it inside the writing transaction, whichever
-- connection or process writes (the app, the CLI, the HTTP server on the same file).
-- sources and mappings hold the revision of the last change to the source tables and to the
-- mappings, for caches that depend on only one of them. mapping_history and mapping_batches are
-- written with the mappings they describe and bump nothing of their own.
-- A later migration that rebuilds one of these tables must create its triggers again.
CREATE TABLE project_revision (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  revision INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  mappings INTEGER NOT NULL
) STRICT;
INSERT INTO project_revision (id, revision, sources, mappings) VALUES (1, 0, 0, 0);

-- Source schemes, groups, items and their provenance.
CREATE TRIGGER source_schemes_revision_insert AFTER INSERT ON source_schemes BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER source_schemes_revision_update AFTER UPDATE ON source_schemes BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER source_schemes_revision_delete AFTER DELETE ON source_schemes BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER source_groups_revision_insert AFTER INSERT ON source_groups BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER source_groups_revision_update AFTER UPDATE ON source_groups BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER source_groups_revision_delete AFTER DELETE ON source_groups BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER source_items_revision_insert AFTER INSERT ON source_items BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER source_items_revision_update AFTER UPDATE ON source_items BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER source_items_revision_delete AFTER DELETE ON source_items BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER table_provenance_revision_insert AFTER INSERT ON table_provenance BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER table_provenance_revision_update AFTER UPDATE ON table_provenance BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;
CREATE TRIGGER table_provenance_revision_delete AFTER DELETE ON table_provenance BEGIN UPDATE project_revision SET revision = revision + 1, sources = revision + 1 WHERE id = 1; END;

-- Mappings.
CREATE TRIGGER mappings_revision_insert AFTER INSERT ON mappings BEGIN UPDATE project_revision SET revision = revision + 1, mappings = revision + 1 WHERE id = 1; END;
CREATE TRIGGER mappings_revision_update AFTER UPDATE ON mappings BEGIN UPDATE project_revision SET revision = revision + 1, mappings = revision + 1 WHERE id = 1; END;
CREATE TRIGGER mappings_revision_delete AFTER DELETE ON mappings BEGIN UPDATE project_revision SET revision = revision + 1, mappings = revision + 1 WHERE id = 1; END;

-- The project metadata (its modified time is touched by every change batch), review, check rules
-- and suggestion proposals.
CREATE TRIGGER project_revision_insert AFTER INSERT ON project BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER project_revision_update AFTER UPDATE ON project BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER project_revision_delete AFTER DELETE ON project BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER reviewers_revision_insert AFTER INSERT ON reviewers BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER reviewers_revision_update AFTER UPDATE ON reviewers BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER reviewers_revision_delete AFTER DELETE ON reviewers BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER review_decisions_revision_insert AFTER INSERT ON review_decisions BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER review_decisions_revision_update AFTER UPDATE ON review_decisions BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER review_decisions_revision_delete AFTER DELETE ON review_decisions BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER review_adjudications_revision_insert AFTER INSERT ON review_adjudications BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER review_adjudications_revision_update AFTER UPDATE ON review_adjudications BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER review_adjudications_revision_delete AFTER DELETE ON review_adjudications BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER review_settings_revision_insert AFTER INSERT ON review_settings BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER review_settings_revision_update AFTER UPDATE ON review_settings BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER review_settings_revision_delete AFTER DELETE ON review_settings BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER check_rules_revision_insert AFTER INSERT ON check_rules BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER check_rules_revision_update AFTER UPDATE ON check_rules BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER check_rules_revision_delete AFTER DELETE ON check_rules BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER suggestion_runs_revision_insert AFTER INSERT ON suggestion_runs BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER suggestion_runs_revision_update AFTER UPDATE ON suggestion_runs BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER suggestion_runs_revision_delete AFTER DELETE ON suggestion_runs BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER suggestion_proposals_revision_insert AFTER INSERT ON suggestion_proposals BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER suggestion_proposals_revision_update AFTER UPDATE ON suggestion_proposals BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
CREATE TRIGGER suggestion_proposals_revision_delete AFTER DELETE ON suggestion_proposals BEGIN UPDATE project_revision SET revision = revision + 1 WHERE id = 1; END;
