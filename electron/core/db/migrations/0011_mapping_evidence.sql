-- The characters of the source item's text that support a mapping (issue 14): a JSON array of {"start", "end"}
-- ranges, kept when a suggestion carrying them is accepted, so the outcome's coverage survives reopening and undo.
ALTER TABLE mappings ADD COLUMN evidence TEXT CHECK (evidence IS NULL OR (json_valid(evidence) AND json_type(evidence) = 'array'));
