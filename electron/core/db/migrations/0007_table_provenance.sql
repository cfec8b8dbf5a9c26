-- Correspondence tables as published: what a table says about itself (an ESCO layout's key/value
-- preamble, both classifications' names, versions, languages), the source side's own version,
-- concept type and landing page, and the language of a target label that came from a file.
ALTER TABLE source_schemes ADD COLUMN version TEXT NOT NULL DEFAULT '';
ALTER TABLE source_schemes ADD COLUMN concept_type TEXT NOT NULL DEFAULT '';
ALTER TABLE source_schemes ADD COLUMN landing_page TEXT NOT NULL DEFAULT '';

-- '' means the language of the target vocabulary (labels picked in the app).
ALTER TABLE mappings ADD COLUMN target_label_language TEXT NOT NULL DEFAULT '';

-- One row per source scheme that came from a published table: its layout and metadata as JSON
-- (TableProvenance in shared/domain/correspondence.ts), written back on export.
CREATE TABLE table_provenance (
  scheme_id INTEGER PRIMARY KEY REFERENCES source_schemes (id) ON DELETE CASCADE,
  layout TEXT NOT NULL CHECK (layout IN ('esco-mapping-tool', 'esco-crosswalk', 'mapping-table', 'sssom', 'skos', 'jskos')),
  metadata TEXT NOT NULL CHECK (json_valid(metadata)),
  file TEXT NOT NULL DEFAULT '',
  imported TEXT NOT NULL
) STRICT;

-- Relation direction. ESCO's published tables state the relation from the ESCO concept to the
-- other classification's concept; schema 6 and earlier stored broadMatch / narrowMatch of ESCO
-- layout imports (mapping imports of .csv / .xlsx files) as written, i.e. backwards. Turn those
-- whose relation nobody changed since, with a new content id, and record the repair in the history.
CREATE TEMP TABLE turned_relations AS
SELECT m.id AS id,
       m.relation AS old_relation,
       CASE m.relation WHEN 'broadMatch' THEN 'narrowMatch' ELSE 'broadMatch' END AS new_relation
FROM mappings m
JOIN mapping_history h ON h.mapping_id = m.id AND h.action = 'create'
JOIN mapping_batches b ON b.id = h.batch AND b.kind = 'edit'
WHERE m.kind = 'match'
  AND m.relation IN ('broadMatch', 'narrowMatch')
  AND m.justification = 'imported'
  AND b.label LIKE 'Import %'
  AND (lower(b.label) LIKE '%.csv' OR lower(b.label) LIKE '%.xlsx')
  AND json_extract(h.after, '$.relation') = m.relation
  AND NOT EXISTS (
    SELECT 1 FROM mapping_history u
    WHERE u.mapping_id = m.id AND u.action = 'update'
      AND json_extract(u.before, '$.relation') IS NOT json_extract(u.after, '$.relation')
  )
GROUP BY m.id;

-- The rows before the change, for the history (table rows as JSON, which the history reads too).
CREATE TEMP TABLE turned_before AS
SELECT m.id AS id, json_object('id', m.id, 'content_id', m.content_id, 'source_item_id', m.source_item_id, 'kind', m.kind,
  'target_uri', m.target_uri, 'target_label', m.target_label, 'target_vocabulary', m.target_vocabulary, 'relation', m.relation,
  'status', m.status, 'justification', m.justification, 'score', m.score, 'confidence', m.confidence, 'comment', m.comment,
  'author', m.author, 'created', m.created, 'modified', m.modified) AS row
FROM mappings m WHERE m.id IN (SELECT id FROM turned_relations);

-- Two steps, so a pair that swaps (broad and narrow to one target) never collides on content_id.
UPDATE mappings SET content_id = 'turning:' || id WHERE id IN (SELECT id FROM turned_relations);
UPDATE mappings
SET relation = (SELECT new_relation FROM turned_relations t WHERE t.id = mappings.id),
    content_id = crosswalk_content_id(
      (SELECT coalesce(s.uri, 'scheme:' || s.id) FROM source_items i JOIN source_schemes s ON s.id = i.scheme_id WHERE i.id = mappings.source_item_id),
      (SELECT i.key FROM source_items i WHERE i.id = mappings.source_item_id),
      kind, target_uri,
      (SELECT new_relation FROM turned_relations t WHERE t.id = mappings.id),
      target_vocabulary)
WHERE id IN (SELECT id FROM turned_relations);

-- Shown in History as one applied change, not on the undo stack.
INSERT INTO mapping_batches (id, kind, label, author, at, reverts, state)
SELECT 'migration-0007-relation-direction', 'redo', 'Relations of ESCO layout imports turned: ESCO states them from its own side', 'Crosswalk',
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 'applied'
WHERE EXISTS (SELECT 1 FROM turned_relations);

INSERT INTO mapping_history (mapping_id, content_id, action, before, after, author, at, batch)
SELECT m.id, m.content_id, 'update', b.row,
       json_set(b.row, '$.relation', m.relation, '$.content_id', m.content_id),
       'Crosswalk', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration-0007-relation-direction'
FROM turned_before b JOIN mappings m ON m.id = b.id;

DROP TABLE turned_before;
DROP TABLE turned_relations;
